/**
 * The edges of scoring that the main tests pass over: PHQ-2 with an answer missing, the messages of the
 * range errors, TAPS-2 levels beyond their range, blocks not asked, and the highest level across blocks.
 * Written to kill the mutants `npm run mutation` found surviving.
 */
import { describe, expect, it } from 'vitest';
import { namespaceStrings } from '../../support/locales';

const en = namespaceStrings('en', 'instruments');
const es = namespaceStrings('es', 'instruments');
import { phq9Band, scorePhq9 } from '../../../src/instruments/phq9-score';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../../../src/instruments/safety';
import { highestOpioidLevel, opioidLevel, scoreOpioidBlocks, type OpioidBlockResult } from '../../../src/instruments/taps-score';
import { OPIOID_BLOCKS, TAPS1_ITEMS } from '../../../src/instruments/taps';

describe('PHQ-9 edges [H5]', () => {
  it('gives PHQ-2 only when items 1 and 2 are both answered [H5]', () => {
    expect(scorePhq9({ 'phq9-1': 3 })).toMatchObject({ phq2: null, phq2Positive: null });
    expect(scorePhq9({ 'phq9-2': 3 })).toMatchObject({ phq2: null, phq2Positive: null });
    expect(scorePhq9({ 'phq9-1': 1, 'phq9-2': 1 })).toMatchObject({ phq2: 2, phq2Positive: false });
    expect(scorePhq9({ 'phq9-1': 2, 'phq9-2': 1 })).toMatchObject({ phq2: 3, phq2Positive: true });
  });

  it('says which total was out of range [H5]', () => {
    expect(() => phq9Band(28)).toThrow('PHQ-9 total out of range: 28');
    expect(() => phq9Band(-1)).toThrow('PHQ-9 total out of range: -1');
  });
});

describe('TAPS-2 edges [H5]', () => {
  it('has a level for 0 to 3 only, and says which score was out of range [H5]', () => {
    expect([0, 1, 2, 3].map(opioidLevel)).toEqual(['none', 'use', 'higherRisk', 'higherRisk']);
    expect(() => opioidLevel(4)).toThrow('TAPS-2 block score out of range: 4');
    expect(() => opioidLevel(-1)).toThrow('TAPS-2 block score out of range: -1');
  });

  it('gives no score to a block that was not asked, whatever answers are left over [H5] [H6]', () => {
    const stale = { 'taps1-drugs': 0, 'taps2-heroin-1': 1, 'taps2-heroin-2': 1, 'taps2-heroin-3': 1 };
    expect(scoreOpioidBlocks(stale).find((b) => b.block === 'heroin')).toEqual({ block: 'heroin', asked: false, score: null, level: null, used: false });
    expect(scoreOpioidBlocks({}).map((b) => b.score)).toEqual([null, null]);
    expect(scoreOpioidBlocks({ 'taps1-drugs': 2 }).find((b) => b.block === 'heroin')).toMatchObject({ asked: true, score: null, used: false });
    // Questions 2–3 answered, question 1 not: no score.
    expect(scoreOpioidBlocks({ 'taps1-drugs': 2, 'taps2-heroin-2': 1, 'taps2-heroin-3': 1 }).find((b) => b.block === 'heroin')).toMatchObject({ score: null, level: null });
  });

  it('takes the highest level across the blocks that have one [H5]', () => {
    const block = (level: OpioidBlockResult['level']): OpioidBlockResult => ({ block: 'heroin', asked: level !== null, score: null, level, used: false });
    expect(highestOpioidLevel([])).toBeNull();
    expect(highestOpioidLevel([block(null), block(null)])).toBeNull();
    expect(highestOpioidLevel([block('none')])).toBe('none');
    expect(highestOpioidLevel([block(null), block('use')])).toBe('use');
    expect(highestOpioidLevel([block('use'), block('none')])).toBe('use');
    expect(highestOpioidLevel([block('none'), block('higherRisk'), block('use')])).toBe('higherRisk');
    expect(highestOpioidLevel([block('higherRisk'), block(null)])).toBe('higherRisk');
  });
});

describe('every question’s wording exists in both languages [H15]', () => {
  const lookup = (strings: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  const items = [...TAPS1_ITEMS, ...OPIOID_BLOCKS.flatMap((b) => b.items), STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS];

  it('TAPS, the street-opioids question and the safety questions [H15]', () => {
    expect(items).toHaveLength(4 + 6 + 1 + 5);
    for (const item of items) {
      // The alcohol item's wording depends on the amount chosen (alcohol4 / alcohol5).
      const key = item.id === 'taps1-alcohol' ? 'taps.taps1.alcohol4' : item.textKey;
      expect(typeof lookup(en, key), `${item.id} en ${key}`).toBe('string');
      expect(typeof lookup(es, key), `${item.id} es ${key}`).toBe('string');
      for (const option of item.options) {
        expect(typeof lookup(en, option.labelKey), `${item.id} ${option.labelKey}`).toBe('string');
      }
    }
    expect(items.map((item) => item.textKey)).toEqual([
      'taps.taps1.tobacco', 'taps.taps1.alcohol4', 'taps.taps1.drugs', 'taps.taps1.rx',
      'taps.taps2.heroin.1', 'taps.taps2.heroin.2', 'taps.taps2.heroin.3',
      'taps.taps2.rxOpioid.1', 'taps.taps2.rxOpioid.2', 'taps.taps2.rxOpioid.3',
      'safety.streetOpioids',
      'safety.items.alone', 'safety.items.mixing', 'safety.items.break', 'safety.items.naloxone', 'safety.items.fentanyl',
    ]);
  });
});
