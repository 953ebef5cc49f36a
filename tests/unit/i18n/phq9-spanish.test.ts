import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import esPhq9 from '../../../src/locales/es/instruments/phq9.json';

const es = esPhq9.instruments;

// shared/instruments/instruments.md §1, kept in the repo as a fixture so the test runs from any clone.
const reference = readFileSync(resolve(process.cwd(), 'tests/fixtures/instruments.md'), 'utf8');

/**
 * The Spanish (last) column of the markdown table row whose first cell is `first`, in the table with
 * `columns` columns (options: value | en | es; items: # | LOINC | en | es).
 */
function spanishCell(first: string, columns: number): string {
  const row = reference
    .split('\n')
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .find((cells) => cells.length === columns && cells[0] === first);
  if (!row) throw new Error(`row ${first} not found`);
  return row[columns - 1] ?? '';
}

describe('PHQ-9 in Spanish', () => {
  it('uses the US-Spanish items of instruments.md verbatim [H15]', () => {
    for (let n = 1; n <= 9; n++) expect(es.phq9.items[String(n) as '1'], `item ${n}`).toBe(spanishCell(String(n), 4));
  });

  it('uses the US-Spanish answer options verbatim [H15]', () => {
    for (let v = 0; v <= 3; v++) expect(es.phq9.options[String(v) as '0'], `option ${v}`).toBe(spanishCell(String(v), 3));
  });

  it('uses the US-Spanish stem and question 10 verbatim', () => {
    expect(reference).toContain(`**${es.phq9.stem}**`);
    expect(reference).toContain(`**${es.phq9.difficulty.text}**`);
    expect(reference).toContain(Object.values(es.phq9.difficulty.options).join(' / '));
  });
});
