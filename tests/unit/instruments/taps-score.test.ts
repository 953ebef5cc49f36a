import { describe, expect, it } from 'vitest';
import { alcoholAmount, alcoholTextKey, OPIOID_BLOCKS, TAPS1_ITEMS, TAPS1_OPTIONS } from '../../../src/instruments/taps';
import { highestOpioidLevel, opioidLevel, scoreOpioidBlocks, scoreTaps1 } from '../../../src/instruments/taps-score';
import type { Answers } from '../../../src/instruments/types';

describe('TAPS-1', () => {
  it('lists the five published options in order, Never last', () => {
    expect(TAPS1_OPTIONS.map((o) => o.labelKey)).toEqual([
      'taps.options.daily', 'taps.options.weekly', 'taps.options.monthly', 'taps.options.lessThanMonthly', 'taps.options.never',
    ]);
  });

  it.each([
    ['Daily or almost daily', 4, true],
    ['Weekly', 3, true],
    ['Monthly', 2, true],
    ['Less than monthly', 1, true],
    ['Never', 0, false],
  ] as const)('%s is %s positive', (_label, value, positive) => {
    for (const item of TAPS1_ITEMS) {
      const result = scoreTaps1({ [item.id]: value }).find((r) => r.substance === item.substance);
      expect(result?.positive).toBe(positive);
    }
  });

  it('gives no verdict for an unanswered or invalid item', () => {
    const results = scoreTaps1({ 'taps1-tobacco': 7 });
    expect(results.every((r) => r.positive === null)).toBe(true);
  });

  it('has the LOINC codes of instruments.md', () => {
    expect(TAPS1_ITEMS.map((i) => i.loinc)).toEqual(['96842-0', '75889-6', '96843-8', '96844-6']);
  });

  it('uses the lower alcohol threshold unless 5 was chosen', () => {
    expect(alcoholAmount(undefined)).toBe(4);
    expect(alcoholAmount(4)).toBe(4);
    expect(alcoholAmount(5)).toBe(5);
    expect(alcoholAmount(9)).toBe(4);
    expect(alcoholTextKey(undefined)).toBe('taps.taps1.alcohol4');
    expect(alcoholTextKey(5)).toBe('taps.taps1.alcohol5');
  });
});

describe('TAPS-2 opioid blocks', () => {
  const heroin = (opener: number, ...yesNo: number[]): Answers => ({
    'taps1-drugs': opener,
    ...Object.fromEntries(yesNo.map((v, i) => [`taps2-heroin-${i + 1}`, v])),
  });
  const heroinResult = (answers: Answers) => scoreOpioidBlocks(answers).find((b) => b.block === 'heroin');

  it('opens each block from its TAPS-1 item', () => {
    expect(OPIOID_BLOCKS.map((b) => [b.block, b.openedBy])).toEqual([
      ['heroin', 'taps1-drugs'],
      ['rxOpioid', 'taps1-rx'],
    ]);
  });

  it.each([
    // [q1, q2, q3] → score, level
    [[0], 0, 'none'],
    [[1, 0, 0], 1, 'use'],
    [[1, 1, 0], 2, 'higherRisk'],
    [[1, 0, 1], 2, 'higherRisk'],
    [[1, 1, 1], 3, 'higherRisk'],
  ] as const)('answers %j score %i (%s)', (yesNo, score, level) => {
    const result = heroinResult(heroin(3, ...yesNo));
    expect(result?.asked).toBe(true);
    expect(result?.score).toBe(score);
    expect(result?.level).toBe(level);
    expect(result?.used).toBe(yesNo[0] === 1);
  });

  it('skip rule: a No to question 1 scores 0 even if stale answers to 2–3 remain [H5] [H6]', () => {
    expect(heroinResult(heroin(3, 0, 1, 1))?.score).toBe(0);
  });

  it('is not asked, and has no score, when the opening item is Never', () => {
    const result = heroinResult(heroin(0, 1, 1, 1));
    expect(result?.asked).toBe(false);
    expect(result?.score).toBeNull();
    expect(result?.used).toBe(false);
  });

  it('has no score while a follow-up is unanswered', () => {
    expect(heroinResult(heroin(2, 1, 1))?.score).toBeNull();
  });

  it('scores the prescription-opioid block the same way', () => {
    const result = scoreOpioidBlocks({ 'taps1-rx': 1, 'taps2-rxOpioid-1': 1, 'taps2-rxOpioid-2': 0, 'taps2-rxOpioid-3': 0 }).find(
      (b) => b.block === 'rxOpioid',
    );
    expect(result?.level).toBe('use');
  });

  it('maps scores to levels and takes the highest across blocks [H5]', () => {
    expect([0, 1, 2, 3].map(opioidLevel)).toEqual(['none', 'use', 'higherRisk', 'higherRisk']);
    expect(() => opioidLevel(4)).toThrow(RangeError);
    const blocks = scoreOpioidBlocks({ 'taps1-drugs': 1, 'taps2-heroin-1': 0, 'taps1-rx': 1, 'taps2-rxOpioid-1': 1, 'taps2-rxOpioid-2': 1, 'taps2-rxOpioid-3': 0 });
    expect(highestOpioidLevel(blocks)).toBe('higherRisk');
    expect(highestOpioidLevel(scoreOpioidBlocks({}))).toBeNull();
  });
});
