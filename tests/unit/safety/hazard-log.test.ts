import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHazardLog, MIN_HAZARDS, parseHazardLog, testTitles } from '../../../scripts/hazard-log.mjs';

const root = join(__dirname, '../../..');
const readFile = (file: string) => (existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : null);

describe('the clinical hazard log (docs/safety/hazard-log.md)', () => {
  const rows = parseHazardLog(readFileSync(join(root, 'docs/safety/hazard-log.md'), 'utf8'));

  it('has at least 12 hazards, each with a cause, an effect, a rating, controls and tests', () => {
    expect(rows.length).toBeGreaterThanOrEqual(MIN_HAZARDS);
    expect(rows.map((row) => row.id)).toEqual(rows.map((_, i) => `H${i + 1}`));
    for (const row of rows) expect(row.cells.filter(Boolean).length, row.id).toBeGreaterThanOrEqual(8);
  });

  it('names, for every hazard, test files that exist and have a test whose title carries its id', () => {
    const { problems, evidence } = checkHazardLog(rows, readFile);
    expect(problems).toEqual([]);
    expect(evidence.length).toBeGreaterThanOrEqual(rows.length);
  });

  it('fails for a hazard with no test file, a missing file, or a file with no test carrying the id', () => {
    const log = parseHazardLog(
      [
        '| H1 | a | b | c | d | e | 1 | f | `tests/unit/safety/hazard-log.test.ts` |',
        '| H2 | a | b | c | d | e | 1 | f | none |',
        '| H3 | a | b | c | d | e | 1 | f | `tests/unit/nowhere.test.ts` |',
      ].join('\n'),
    );
    const { problems } = checkHazardLog(log, (file) => (file.includes('nowhere') ? null : "it('checks something [H4]', () => {});"));
    expect(problems).toEqual([
      `only 3 hazards (at least ${MIN_HAZARDS})`,
      'H1: tests/unit/safety/hazard-log.test.ts has no test whose title carries [H1]',
      'H2: names no test file',
      'H3: tests/unit/nowhere.test.ts does not exist',
    ]);
  });

  it('reads test titles in every form: quotes, template literals, it.each, test.skip', () => {
    const source = "it('one [H1]', f); test(\"two\", f); it.each([1, 2])(`three ${x} [H2]`, f); test.skip('four', f);";
    expect(testTitles(source)).toEqual(['one [H1]', 'two', 'three ${x} [H2]', 'four']);
  });
});
