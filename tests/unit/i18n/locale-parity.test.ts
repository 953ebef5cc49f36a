import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { INSTRUMENTS } from '../../../src/instruments/registry';

const LOCALES = resolve(process.cwd(), 'src/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** Every leaf as path → value; plural suffixes folded (languages have different plural categories). */
function leaves(node: unknown, prefix = ''): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  if (Array.isArray(node)) node.forEach((v, i) => leaves(v, `${prefix}[${i}]`).forEach((value, key) => out.set(key, value)));
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k).forEach((value, key) => out.set(key, value));
  else out.set(prefix.replace(PLURAL, '_PLURAL'), node as string);
  return out;
}

/**
 * A validated questionnaire's wording (`<id>.stem`, `<id>.items.*` in instruments.json) exists only in the
 * languages it is verified in (its registration's `languages`): an unverified translation is never shown,
 * so it must not even be in the other languages' files.
 */
const unverifiedWording = (code: string) => (key: string) =>
  INSTRUMENTS.some((instrument) => instrument.languages && !instrument.languages.includes(code) && (key === `${instrument.id}.stem` || key.startsWith(`${instrument.id}.items.`)));

const markers = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]).sort();
const englishFiles = files(join(LOCALES, 'en')).map((path) => relative(join(LOCALES, 'en'), path));
const others = LANGUAGES.map((l) => l.code).filter((code) => code !== 'en');

describe('locale parity', () => {
  it('has every language folder', () => {
    for (const code of others) expect(statSync(join(LOCALES, code)).isDirectory()).toBe(true);
  });

  for (const code of others) {
    it(`${code} has exactly the English files`, () => {
      expect(files(join(LOCALES, code)).map((path) => relative(join(LOCALES, code), path)).sort()).toEqual([...englishFiles].sort());
    });

    for (const file of englishFiles) {
      it(`${code}/${file}: same keys, no empty values, same variables, tags and citations`, () => {
        const en = leaves(JSON.parse(readFileSync(join(LOCALES, 'en', file), 'utf8')));
        const other = leaves(JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')));
        const notHere = file === 'instruments.json' ? unverifiedWording(code) : () => false;
        expect([...other.keys()].sort()).toEqual([...en.keys()].filter((key) => !notHere(key)).sort());
        for (const [key, value] of other) {
          const source = en.get(key);
          if (typeof value !== 'string' || typeof source !== 'string') {
            expect(value, key).toEqual(source);
            continue;
          }
          expect(value.trim(), `${key} is empty`).not.toBe('');
          expect(markers(value, /\{\{\s*\w+\s*\}\}/g), `${key} variables`).toEqual(markers(source, /\{\{\s*\w+\s*\}\}/g));
          expect(markers(value, /<\/?\w+>/g), `${key} tags`).toEqual(markers(source, /<\/?\w+>/g));
          expect(markers(value, /\[\d+\]/g), `${key} citations`).toEqual(markers(source, /\[\d+\]/g));
        }
      });
    }
  }

  it('the parity check can fail (a missing key is found)', () => {
    const en = leaves({ a: { b: 'x', c_one: '1', c_other: 'n' } });
    const es = leaves({ a: { c_one: '1', c_many: 'n', c_other: 'n' } });
    expect([...es.keys()].sort()).not.toEqual([...en.keys()].sort());
  });
});
