// @vitest-environment node
/**
 * Languages are declared, not assumed: every instrument names the languages its wording was checked in,
 * and is offered in no other, whatever the locale files hold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { activeInstruments, INSTRUMENTS, unavailableInLanguage } from '../../../src/instruments/registry';

describe('instrument languages', () => {
  it('every instrument declares at least one language, each one the app has', () => {
    const codes = LANGUAGES.map((language) => language.code as string);
    for (const instrument of INSTRUMENTS) {
      expect(instrument.languages.length, instrument.id).toBeGreaterThan(0);
      for (const language of instrument.languages) expect(codes, `${instrument.id}: ${language}`).toContain(language);
    }
  });

  it('offers an instrument only in the languages it declares: none in a language no registration names', () => {
    for (const language of [...LANGUAGES.map((l) => l.code as string), 'fr', 'de']) {
      const offered = activeInstruments({ language }).map((instrument) => instrument.id);
      const declared = INSTRUMENTS.filter((instrument) => instrument.languages.includes(language)).map((instrument) => instrument.id);
      expect(offered, language).toEqual(declared);
    }
    // No instrument declares German: nothing would be asked.
    expect(activeInstruments({ language: 'de' })).toEqual([]);
    // A link that adds the GAD-7 to a Spanish visit gets the note, not the questions.
    expect(unavailableInLanguage({ asked: ['gad7'], language: 'es' }).map((i) => i.id)).toEqual(['gad7']);
    expect(activeInstruments({ asked: ['gad7'], language: 'es' }).map((i) => i.id)).not.toContain('gad7');
  });
});

const LOCALES = resolve(process.cwd(), 'src/locales');

/** An instrument's wording: every leaf under `instruments.<id>` but its name and its offer line (which say, in any language, that it is not offered). */
function wording(strings: unknown, id: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    else if (typeof node === 'string') out.set(path, node);
  };
  const own = (strings as { instruments?: Record<string, Record<string, unknown>> } | undefined)?.instruments?.[id] ?? {};
  for (const [key, value] of Object.entries(own)) if (key !== 'name' && key !== 'offerLabel') walk(value, key);
  return out;
}

/**
 * What is wrong with one instrument's wording in one language: a key English has that a declared language
 * lacks (or leaves empty), or any wording at all in a language the instrument does not declare.
 */
export function wordingProblems(id: string, language: string, declared: readonly string[], english: unknown, translated: unknown): string[] {
  const theirs = wording(translated, id);
  if (!declared.includes(language)) return [...theirs.keys()].map((key) => `${language}: ${id}.${key} is there, but ${id} does not declare ${language}`);
  return [...wording(english, id).keys()].filter((key) => !theirs.get(key)?.trim()).map((key) => `${language}: ${id}.${key} is missing, but ${id} declares ${language}`);
}

describe('an instrument’s wording exists in exactly the languages it declares', () => {
  const read = (language: string, id: string): unknown => {
    const path = join(LOCALES, language, 'instruments', `${id}.json`);
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as unknown) : undefined;
  };
  const folders = readdirSync(LOCALES);
  for (const instrument of INSTRUMENTS) {
    it(`${instrument.id} (declares ${instrument.languages.join(', ')}), in every locale folder (${folders.join(', ')}) [H15]`, () => {
      const english = read('en', instrument.id);
      expect(wording(english, instrument.id).size, 'English wording').toBeGreaterThan(0);
      expect(folders.flatMap((language) => wordingProblems(instrument.id, language, instrument.languages, english, read(language, instrument.id)))).toEqual([]);
    });
  }

  it('finds wording in a language not declared, and a key missing in a declared one (controls) [H15]', () => {
    const english = { instruments: { q: { name: 'Q', stem: 'How often?', items: { 1: 'One' } } } };
    expect(wordingProblems('q', 'fr', ['en'], english, { instruments: { q: { name: 'Q', offerLabel: 'Q (en anglais seulement)' } } })).toEqual([]);
    expect(wordingProblems('q', 'fr', ['en'], english, { instruments: { q: { name: 'Q', items: { 1: 'Un' } } } })).toEqual(['fr: q.items.1 is there, but q does not declare fr']);
    expect(wordingProblems('q', 'fr', ['en', 'fr'], english, { instruments: { q: { stem: 'À quelle fréquence?', items: { 1: ' ' } } } })).toEqual(['fr: q.items.1 is missing, but q declares fr']);
    expect(wordingProblems('q', 'fr', ['en', 'fr'], english, undefined)).toEqual(['fr: q.stem is missing, but q declares fr', 'fr: q.items.1 is missing, but q declares fr']);
  });
});
