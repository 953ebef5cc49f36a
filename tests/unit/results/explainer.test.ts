import { describe, expect, it } from 'vitest';
import { explainerFor } from '../../../src/results/explainer';

describe('the explainer that fits a result', () => {
  it.each([
    ['mild', 'use', 'opioids-and-mood'],
    ['severe', 'higherRisk', 'opioids-and-mood'],
    ['minimal', 'use', 'treatment-and-safety'],
    [null, 'higherRisk', 'treatment-and-safety'],
    ['moderate', 'none', 'what-is-depression'],
    ['moderate', 'notAnswered', 'what-is-depression'],
    ['minimal', 'none', 'what-is-depression'],
  ] as const)('mood %s with opioid %s → %s', (moodBand, opioid, slug) => {
    expect(explainerFor({ bands: { phq9: moodBand }, opioid })).toBe(slug);
  });
});
