import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import frPhq9 from '../../../src/locales/fr/instruments/phq9.json';

const fr = frPhq9.instruments.phq9;

// shared/instruments/instruments.md, kept in the repo as a fixture so the test runs from any clone: its
// section "PHQ-9 in French for Canada (fr-CA)" (the INSPQ's reproduction).
const whole = readFileSync(resolve(process.cwd(), 'tests/fixtures/instruments.md'), 'utf8');
const section = whole.slice(whole.indexOf('### PHQ-9 in French for Canada'), whole.indexOf('### GAD-7 in Spanish'));

/** The second cell of the two-column table row whose first cell is `first` (items 1–9, then options 0–3), its note in *(…)* dropped. */
function cell(first: string, table: 'items' | 'options'): string {
  const rows = section
    .split('\n')
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .filter((cells) => cells.length === 2 && /^\d$/.test(cells[0] ?? ''));
  const inTable = table === 'items' ? rows.slice(0, 9) : rows.slice(9);
  const row = inTable.find((cells) => cells[0] === first);
  if (!row) throw new Error(`${table} row ${first} not found`);
  return (row[1] ?? '').replace(/\s*\*\(.*\)\*$/, '');
}

describe('PHQ-9 in French for Canada', () => {
  it('uses the INSPQ items of instruments.md verbatim [H15]', () => {
    expect(section).toContain('un perdant'); // the Québec version, not France's
    for (let n = 1; n <= 9; n++) expect(fr.items[String(n) as '1'], `item ${n}`).toBe(cell(String(n), 'items'));
  });

  it('uses the INSPQ answer options verbatim, with « Plus de sept jours » [H15]', () => {
    for (let v = 0; v <= 3; v++) expect(fr.options[String(v) as '0'], `option ${v}`).toBe(cell(String(v), 'options'));
    expect(fr.options['2']).toBe('Plus de sept jours');
  });

  it('uses the stem, question 10, its options and the licence line verbatim', () => {
    const flat = section.replace(/\s*\n\s*/g, ' ');
    expect(flat).toContain(`**${fr.stem}**`);
    expect(flat).toContain(`**${fr.difficulty.text}**`);
    expect(flat).toContain(`Options: ${Object.values(fr.difficulty.options).join(' / ')}.`);
    expect(flat).toContain(`« ${fr.licence} »`);
  });
});
