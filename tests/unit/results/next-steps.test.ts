import { describe, expect, it } from 'vitest';
import { NEXT_STEP_RULES, nextSteps, type NextStepContext } from '../../../src/results/next-steps';
import en from '../../../src/locales/en/results.json';

const base: NextStepContext = { moodBand: 'minimal', opioid: 'notAnswered', substancePositive: false, safety: {}, region: 'us' };
const ctx = (over: Partial<NextStepContext>): NextStepContext => ({ ...base, ...over });

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('next-steps rules table, row by row', () => {
  it.each([
    ['minimal', ['nextSteps.belowThreshold', 'nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
    ['mild', ['nextSteps.belowThreshold', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
    ['moderate', ['nextSteps.clinicianSoon', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    ['moderatelySevere', ['nextSteps.clinicianNow', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    ['severe', ['nextSteps.clinicianNow', 'nextSteps.treatable', 'nextSteps.talkSomeone', 'nextSteps.crisisAlways']],
    [null, ['nextSteps.talkSomeone', 'nextSteps.recheck', 'nextSteps.crisisAlways']],
  ] as const)('mood band %s, no substance answers', (moodBand, expected) => {
    expect(nextSteps(ctx({ moodBand }))).toEqual(expected);
  });

  it('opioid use level 1 adds "talk with a clinician"; 2–3 adds medicines and the helpline', () => {
    expect(nextSteps(ctx({ opioid: 'use' }))).toContain('nextSteps.opioidUse');
    expect(nextSteps(ctx({ opioid: 'use' }))).not.toContain('nextSteps.opioidHigherRisk');
    expect(nextSteps(ctx({ opioid: 'higherRisk' }))).toContain('nextSteps.opioidHigherRisk');
    expect(nextSteps(ctx({ opioid: 'none' }))).not.toContain('nextSteps.opioidUse');
  });

  it('a positive TAPS-1 screen adds "bring your answers to a clinician"', () => {
    expect(nextSteps(ctx({ substancePositive: true }))).toContain('nextSteps.substanceTalk');
    expect(nextSteps(ctx({ substancePositive: false }))).not.toContain('nextSteps.substanceTalk');
  });

  it.each([
    ['minimal', 'use', []],
    ['mild', 'none', []],
    ['mild', 'notAnswered', []],
    ['mild', 'use', ['linked.both', 'linked.together', 'linked.medicines']],
    ['severe', 'higherRisk', ['linked.both', 'linked.together', 'linked.medicines']],
    [null, 'higherRisk', []],
  ] as const)('mood %s with opioid %s: linked messages', (moodBand, opioid, expected) => {
    expect(nextSteps(ctx({ moodBand, opioid }), 'linked')).toEqual(expected);
  });

  it.each([
    [{ naloxone: 0 }, ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUs', 'safetyTips.overdose']],
    [{ naloxone: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.overdose']],
    [{ alone: 1 }, ['safetyTips.alone', 'safetyTips.overdose']],
    [{ alone: 0 }, ['safetyTips.overdose']],
    [{ mixing: 1 }, ['safetyTips.mixing', 'safetyTips.overdose']],
    [{ break: 1 }, ['safetyTips.break', 'safetyTips.overdose']],
    [{ fentanyl: 1 }, ['safetyTips.fentanylMaybe', 'safetyTips.overdose']],
    [{ fentanyl: 2 }, ['safetyTips.fentanylMaybe', 'safetyTips.overdose']],
    [{ fentanyl: 0 }, ['safetyTips.fentanylNo', 'safetyTips.overdose']],
    [{}, []],
  ] as const)('safety answers %j give their tips', (safety, expected) => {
    expect(nextSteps(ctx({ safety }), 'safety')).toEqual(expected);
  });

  it.each([
    ['us', 'safetyTips.naloxoneWhereUs'],
    ['ca', 'safetyTips.naloxoneWhereCa'],
    ['uk', 'safetyTips.naloxoneWhereUk'],
    ['mx', 'safetyTips.naloxoneWhereOther'],
    ['es', 'safetyTips.naloxoneWhereOther'],
  ] as const)('%s: where to get naloxone is said for that country only', (region, expected) => {
    const tips = nextSteps(ctx({ region, safety: { naloxone: 0 } }), 'safety');
    expect(tips.filter((tip) => tip.startsWith('safetyTips.naloxoneWhere'))).toEqual([expected]);
  });

  it.each([
    ['us', ['nextSteps.helplineUs']],
    ['uk', ['nextSteps.helplineUk']],
    ['mx', ['nextSteps.helplineMx']],
    ['ca', []],
    ['es', []],
  ] as const)('%s: a substance-use service only where the country has one', (region, expected) => {
    expect(nextSteps(ctx({ region, substancePositive: true })).filter((m) => m.startsWith('nextSteps.helpline'))).toEqual(expected);
  });

  it('offers Canada’s overdose response line to people who use alone in Canada only', () => {
    expect(nextSteps(ctx({ region: 'ca', safety: { alone: 1 } }), 'safety')).toContain('safetyTips.aloneCa');
    expect(nextSteps(ctx({ region: 'us', safety: { alone: 1 } }), 'safety')).not.toContain('safetyTips.aloneCa');
  });

  it('always ends the next steps with the crisis line, for everyone', () => {
    for (const moodBand of ['minimal', 'mild', 'moderate', 'moderatelySevere', 'severe', null] as const) {
      for (const opioid of ['notAnswered', 'none', 'use', 'higherRisk'] as const) {
        expect(nextSteps(ctx({ moodBand, opioid })).at(-1)).toBe('nextSteps.crisisAlways');
      }
    }
  });

  it('has an English message for every rule', () => {
    for (const rule of NEXT_STEP_RULES) expect(lookup(rule.message), rule.message).toBeTypeOf('string');
  });
});
