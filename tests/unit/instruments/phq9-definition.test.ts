import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHQ9, PHQ9_DIFFICULTY, PHQ9_ITEMS } from '../../../src/instruments/phq9';
import phq9File from '../../../src/locales/en/instruments/phq9.json';

const en = phq9File.instruments;

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

// The reference the wording must match, verbatim: a copy of shared/instruments/instruments.md, kept in the
// repo so the tests run from any clone.
const REFERENCE = readFileSync(resolve(process.cwd(), 'tests/fixtures/instruments.md'), 'utf8');

describe('PHQ-9 definition', () => {
  it('has 9 items numbered 1–9 with unique ids', () => {
    expect(PHQ9_ITEMS).toHaveLength(9);
    expect(PHQ9_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(new Set(PHQ9_ITEMS.map((item) => item.id)).size).toBe(9);
  });

  it('has the LOINC codes of instruments.md', () => {
    expect(PHQ9_ITEMS.map((item) => item.loinc)).toEqual([
      '44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8',
    ]);
    expect(PHQ9_DIFFICULTY.loinc).toBe('69722-7');
    expect(PHQ9.loinc).toEqual({ panel: '44249-1', total: '44261-6', phq2Panel: '55757-9', phq2Total: '55758-7' });
    expect(PHQ9_ITEMS[0]?.options.map((o) => o.loinc)).toEqual(['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9']);
    expect(PHQ9_DIFFICULTY.options.map((o) => o.loinc)).toEqual(['LA6572-7', 'LA6573-5', 'LA6575-0', 'LA6574-3']);
  });

  it('has well-formed LOINC codes (check digit included)', () => {
    const codes = [...PHQ9_ITEMS, PHQ9_DIFFICULTY].flatMap((item) => [item.loinc ?? '', ...item.options.map((o) => o.loinc)]);
    for (const code of codes) expect(code).toMatch(/^(LA)?\d{1,5}-\d$/);
  });

  it('offers values 0–3 in order for every item and question 10', () => {
    for (const item of [...PHQ9_ITEMS, PHQ9_DIFFICULTY]) {
      expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3]);
    }
  });

  it('has every text key in the English locale', () => {
    const keys = [
      PHQ9.stemKey,
      PHQ9.licenceKey,
      PHQ9.name,
      ...[...PHQ9_ITEMS, PHQ9_DIFFICULTY].flatMap((item) => [item.textKey, ...item.options.map((o) => o.labelKey)]),
    ];
    for (const key of keys) expect(typeof lookup(en, key), key).toBe('string');
  });

  it('uses the wording of instruments.md verbatim [H15]', () => {
    const normalise = (s: string) => s.replace(/\s+/g, ' ');
    const ref = normalise(REFERENCE);
    const strings = [
      en.phq9.stem,
      en.phq9.licence,
      en.phq9.difficulty.text,
      ...Object.values(en.phq9.items),
      ...Object.values(en.phq9.options),
      ...Object.values(en.phq9.difficulty.options),
    ];
    for (const text of strings) expect(ref, text).toContain(normalise(text));
  });
});
