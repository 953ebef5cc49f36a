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
 * A validated questionnaire's wording (`instruments.<id>.stem`, `instruments.<id>.items.*` in its strings
 * file, `instruments/<id>.json`) exists only in the
 * languages it is verified in (its registration's `languages`): an unverified translation is never shown,
 * so it must not even be in the other languages' files.
 */
const unverifiedWording = (code: string) => (key: string) => {
  const wording = key.replace(/^instruments\./, '');
  return INSTRUMENTS.some((instrument) => !instrument.languages.includes(code) && (wording === `${instrument.id}.stem` || wording.startsWith(`${instrument.id}.items.`)));
};

const markers = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]).sort().join(' ');

/**
 * What is wrong with a translation of one file: keys missing or extra (an instrument's wording in a
 * language it is not verified in counts as extra), an empty value, or variables, tags or citations that
 * differ from the English. Empty when it matches. The test below and its controls use this one function.
 */
export function parityProblems(english: unknown, translated: unknown, notHere: (key: string) => boolean = () => false): string[] {
  const en = leaves(english);
  const other = leaves(translated);
  const problems: string[] = [];
  for (const key of en.keys()) if (!notHere(key) && !other.has(key)) problems.push(`${key}: missing`);
  for (const key of other.keys()) if (!en.has(key) || notHere(key)) problems.push(`${key}: not in English, or not verified in this language`);
  for (const [key, value] of other) {
    const source = en.get(key);
    if (source === undefined) continue;
    if (typeof value !== 'string' || typeof source !== 'string') {
      if (value !== source) problems.push(`${key}: ${JSON.stringify(value)} is not ${JSON.stringify(source)}`);
      continue;
    }
    if (value.trim() === '') problems.push(`${key}: empty`);
    for (const [what, pattern] of [['variables', /\{\{\s*\w+\s*\}\}/g], ['tags', /<\/?\w+>/g], ['citations', /\[\d+\]/g]] as const) {
      if (markers(value, pattern) !== markers(source, pattern)) problems.push(`${key}: ${what} differ (${markers(value, pattern) || 'none'} for ${markers(source, pattern) || 'none'})`);
    }
  }
  return problems;
}

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
        const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as unknown;
        expect(parityProblems(read('en'), read(code), file.startsWith('instruments/') ? unverifiedWording(code) : undefined)).toEqual([]);
      });
    }
  }

  // Controls: the same check, given a translation with one fault each, names that fault (so a pass above
  // means the files really match).
  describe('the parity check finds', () => {
    const english = { a: { b: 'Call {{crisis}} now [3]', c_one: 'one', c_other: 'many', d: 'Go <strong>here</strong>' }, phq9: { stem: 'x', items: { 1: 'y' } } };
    const good = { a: { b: 'Llame al {{crisis}} ahora [3]', c_one: 'uno', c_many: 'muchos', c_other: 'muchos', d: 'Vaya <strong>aquí</strong>' }, phq9: { stem: 'x', items: { 1: 'y' } } };
    const edit = (change: (copy: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return copy;
    };
    it('nothing in a good translation (plural forms may differ)', () => expect(parityProblems(english, good)).toEqual([]));
    it('a missing key', () => expect(parityProblems(english, edit((c) => delete (c.a as Partial<typeof c.a>).d))).toEqual(['a.d: missing']));
    it('an extra key', () => expect(parityProblems(english, edit((c) => Object.assign(c.a, { e: 'z' })))).toEqual(['a.e: not in English, or not verified in this language']));
    it('an empty value', () => expect(parityProblems(english, edit((c) => (c.a.d = ' ')))).toEqual(['a.d: empty', 'a.d: tags differ (none for </strong> <strong>)']));
    it('a changed variable', () => expect(parityProblems(english, edit((c) => (c.a.b = 'Llame al {{crisisLine}} ahora [3]')))).toEqual(['a.b: variables differ ({{crisisLine}} for {{crisis}})']));
    it('a lost citation', () => expect(parityProblems(english, edit((c) => (c.a.b = 'Llame al {{crisis}} ahora')))).toEqual(['a.b: citations differ (none for [3])']));
    it('an instrument’s wording in a language it is not verified in', () => {
      expect(parityProblems(english, good, (key) => key.startsWith('phq9.'))).toEqual(['phq9.stem: not in English, or not verified in this language', 'phq9.items.1: not in English, or not verified in this language']);
    });
  });
});

/** Keys defined by more than one of the files that make up a namespace (its own file, each instrument's section). */
export function clashes(parts: readonly { readonly name: string; readonly strings: unknown }[]): string[] {
  const owner = new Map<string, string>();
  const found: string[] = [];
  for (const { name, strings } of parts) {
    for (const key of leaves(strings).keys()) {
      const first = owner.get(key);
      if (first) found.push(`${key}: in ${first} and ${name}`);
      else owner.set(key, name);
    }
  }
  return found;
}

describe('an instrument’s strings file', () => {
  const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  for (const code of LANGUAGES.map((l) => l.code)) {
    it(`${code}: no key is defined both by a namespace's file and an instrument's section of it, or by two instruments`, () => {
      const dir = join(LOCALES, code, 'instruments');
      const instruments = readdirSync(dir).map((file) => ({ name: `instruments/${file}`, strings: read(join(dir, file)) }));
      const namespaces = new Set(instruments.flatMap((i) => Object.keys(i.strings)));
      const found = [...namespaces].flatMap((ns) => {
        const own = readdirSync(join(LOCALES, code)).includes(`${ns}.json`) ? [{ name: `${ns}.json`, strings: read(join(LOCALES, code, `${ns}.json`)) }] : [];
        return clashes([...own, ...instruments.map((i) => ({ name: i.name, strings: i.strings[ns] ?? {} }))]);
      });
      expect(found).toEqual([]);
    });
  }

  it('the check finds a key two files define (control)', () => {
    expect(clashes([{ name: 'results.json', strings: { a: { b: 'x' } } }, { name: 'instruments/gad7.json', strings: { a: { b: 'y', c: 'z' } } }])).toEqual(['a.b: in results.json and instruments/gad7.json']);
  });
});
