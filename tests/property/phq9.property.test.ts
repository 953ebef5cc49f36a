// @vitest-environment node
/**
 * PHQ-9 scoring over every one of the 4⁹ = 262,144 complete answer vectors, against an oracle written
 * independently of the code (the published band edges, Kroenke 2001), then fast-check over incomplete and
 * malformed answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scorePhq9, type Phq9Band } from '../../src/instruments/phq9-score';
import type { Answers } from '../../src/instruments/types';
import { RUNS } from './runs';

const ITEMS = Array.from({ length: 9 }, (_, i) => `phq9-${i + 1}`);
const oracleBand = (total: number): Phq9Band =>
  total <= 4 ? 'minimal' : total <= 9 ? 'mild' : total <= 14 ? 'moderate' : total <= 19 ? 'moderatelySevere' : 'severe';

describe('PHQ-9 scoring, all 4⁹ answer vectors [H5]', () => {
  it('gives the total, the band, PHQ-2 and the item-9 flag of every complete vector [H5] [H1]', () => {
    let checked = 0;
    const wrong: string[] = [];
    const values = new Array<number>(9).fill(0);
    for (let code = 0; code < 4 ** 9; code++) {
      let rest = code;
      for (let i = 0; i < 9; i++) {
        values[i] = rest % 4;
        rest = Math.floor(rest / 4);
      }
      const answers: Answers = Object.fromEntries(ITEMS.map((id, i) => [id, values[i]]));
      const result = scorePhq9(answers);
      const total = values.reduce((sum, v) => sum + v, 0);
      const ok =
        result.complete &&
        result.missing.length === 0 &&
        result.total === total &&
        result.band === oracleBand(total) &&
        result.phq2 === values[0]! + values[1]! &&
        result.phq2Positive === values[0]! + values[1]! >= 3 &&
        result.item9Flag === values[8]! > 0 &&
        result.item9Answer === values[8];
      if (!ok && wrong.length < 5) wrong.push(values.join(','));
      checked++;
    }
    RUNS.record('PHQ-9 all complete vectors (exhaustive)', checked);
    expect(checked).toBe(262_144);
    expect(wrong).toEqual([]);
  });

  it('with any item missing or malformed: no total, no band, the missing items named, item 9 still flagged [H5] [H1]', () => {
    const answer = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
      { weight: 1, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(Number.NaN), fc.constant(-0.5)) },
    );
    const property = fc.property(fc.array(answer, { minLength: 9, maxLength: 9 }), (values) => {
      const answers: Answers = Object.fromEntries(ITEMS.map((id, i) => [id, values[i]]));
      const valid = values.map((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3 ? v : null));
      const missing = valid.flatMap((v, i) => (v === null ? [i + 1] : []));
      const result = scorePhq9(answers);
      expect(result.missing).toEqual(missing);
      expect(result.complete).toBe(missing.length === 0);
      if (missing.length) {
        expect(result.total).toBeNull();
        expect(result.band).toBeNull();
      } else {
        expect(result.total).toBe(valid.reduce<number>((s, v) => s + (v ?? 0), 0));
      }
      expect(result.item9Flag).toBe(valid[8] !== null && valid[8]! > 0);
    });
    RUNS.assert('PHQ-9 incomplete or malformed answers', property, 20_000);
  });
});
