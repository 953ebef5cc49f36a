import { describe, expect, it } from 'vitest';
import { phq9Band, phq9NeedsDifficulty, scorePhq9, type Phq9Band } from '../../../src/instruments/phq9-score';
import type { Answers } from '../../../src/instruments/types';

/** Answers for items 1–9 from a list of values. */
function answersOf(values: readonly number[], extra: Record<string, number> = {}): Answers {
  return { ...Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v])), ...extra };
}

/** Nine item values (0–3) that add up to `total`, spread from item 1 onwards. */
function spread(total: number): number[] {
  return Array.from({ length: 9 }, (_, i) => Math.max(0, Math.min(3, total - 3 * i)));
}

// The oracle, written independently of the code under test: the published band edges (Kroenke 2001).
const GOLDEN: ReadonlyArray<[number, Phq9Band]> = Array.from({ length: 28 }, (_, total) => [
  total,
  total <= 4 ? 'minimal' : total <= 9 ? 'mild' : total <= 14 ? 'moderate' : total <= 19 ? 'moderatelySevere' : 'severe',
]);

describe('PHQ-9 scoring', () => {
  it.each(GOLDEN)('total %i is %s', (total, band) => {
    const result = scorePhq9(answersOf(spread(total)));
    expect(result.complete).toBe(true);
    expect(result.total).toBe(total);
    expect(result.band).toBe(band);
  });

  it.each([
    [4, 'minimal', 5, 'mild'],
    [9, 'mild', 10, 'moderate'],
    [14, 'moderate', 15, 'moderatelySevere'],
    [19, 'moderatelySevere', 20, 'severe'],
  ] as const)('band edge %i (%s) / %i (%s)', (below, belowBand, above, aboveBand) => {
    expect(phq9Band(below)).toBe(belowBand);
    expect(phq9Band(above)).toBe(aboveBand);
  });

  it('rejects totals outside 0–27', () => {
    expect(() => phq9Band(-1)).toThrow(RangeError);
    expect(() => phq9Band(28)).toThrow(RangeError);
  });

  it('gives the same total whatever the order of the answers [H5]', () => {
    const values = [3, 0, 2, 1, 3, 0, 1, 2, 0];
    expect(scorePhq9(answersOf(values)).total).toBe(12);
    expect(scorePhq9(answersOf([...values].reverse())).total).toBe(12);
  });

  it.each([
    [[0, 0], 0, false],
    [[1, 1], 2, false],
    [[2, 1], 3, true],
    [[0, 3], 3, true],
    [[3, 3], 6, true],
  ] as const)('PHQ-2 of items 1–2 = %j is %i (positive: %s)', ([a, b], phq2, positive) => {
    const result = scorePhq9(answersOf([a, b, 0, 0, 0, 0, 0, 0, 0]));
    expect(result.phq2).toBe(phq2);
    expect(result.phq2Positive).toBe(positive);
  });

  it('flags item 9 above 0 whatever the total [H5] [H1]', () => {
    const low = scorePhq9(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 1]));
    expect(low.total).toBe(1);
    expect(low.band).toBe('minimal');
    expect(low.item9Flag).toBe(true);

    const high = scorePhq9(answersOf([3, 3, 3, 3, 3, 3, 3, 3, 0]));
    expect(high.band).toBe('severe');
    expect(high.item9Flag).toBe(false);
  });

  it('flags item 9 even when other items are missing', () => {
    const result = scorePhq9({ 'phq9-9': 2 });
    expect(result.item9Flag).toBe(true);
    expect(result.item9Answer).toBe(2);
    expect(result.total).toBeNull();
  });

  it('gives no total and names the missing items; never imputes [H5]', () => {
    const result = scorePhq9({ 'phq9-1': 3, 'phq9-2': 3, 'phq9-4': 1, 'phq9-5': 1, 'phq9-6': 1, 'phq9-7': 1, 'phq9-8': 1 });
    expect(result.complete).toBe(false);
    expect(result.total).toBeNull();
    expect(result.band).toBeNull();
    expect(result.missing).toEqual([3, 9]);
    expect(result.phq2).toBe(6);
  });

  it('treats out-of-range or non-integer answers as missing', () => {
    const result = scorePhq9(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0], { 'phq9-4': 4, 'phq9-5': 1.5, 'phq9-6': -1 }));
    expect(result.total).toBeNull();
    expect(result.missing).toEqual([4, 5, 6]);
  });

  it('does not add question 10 to the total', () => {
    const result = scorePhq9(answersOf([1, 1, 1, 1, 1, 1, 1, 1, 1], { 'phq9-10': 3 }));
    expect(result.total).toBe(9);
    expect(result.difficulty).toBe(3);
  });

  it('asks question 10 only when an item 1–9 is above 0', () => {
    expect(phq9NeedsDifficulty(answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(false);
    expect(phq9NeedsDifficulty(answersOf([0, 0, 0, 0, 0, 0, 0, 1, 0]))).toBe(true);
    expect(phq9NeedsDifficulty({})).toBe(false);
  });
});
