import { describe, expect, it } from 'vitest';
import { NEXT_STEP_RULES, nextSteps } from '../../../src/results/next-steps';
import en from '../../../src/locales/en/results.json';

describe('next-steps rules', () => {
  it.each([
    ['minimal', ['nextSteps.belowThreshold', 'nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
    ['mild', ['nextSteps.belowThreshold', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
    ['moderate', ['nextSteps.clinicianSoon', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    ['moderatelySevere', ['nextSteps.clinicianNow', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    ['severe', ['nextSteps.clinicianNow', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    [null, ['nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
  ] as const)('mood band %s gives the expected messages', (moodBand, expected) => {
    expect(nextSteps({ moodBand })).toEqual(expected);
  });

  it('always ends with the crisis line, for everyone', () => {
    for (const band of ['minimal', 'mild', 'moderate', 'moderatelySevere', 'severe', null] as const) {
      expect(nextSteps({ moodBand: band }).at(-1)).toBe('nextSteps.crisisAlways');
    }
  });

  it('has a message in the locale for every rule', () => {
    for (const rule of NEXT_STEP_RULES) {
      const key = rule.message.split('.')[1] as keyof typeof en.nextSteps;
      expect(en.nextSteps[key], rule.message).toBeTypeOf('string');
    }
  });
});
