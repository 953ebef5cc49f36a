import { describe, expect, it } from 'vitest';
import { NEXT_STEP_RULES, nextSteps, type NextStepContext } from '../../../src/results/next-steps';
import en from '../../../src/locales/en/results.json';

const base: NextStepContext = { bands: { phq9: 'minimal' }, opioid: 'notAnswered', substancePositive: false, safety: {}, region: 'us', item9: false, streetOpioids: false };
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
    expect(nextSteps(ctx({ bands: { phq9: moodBand } }))).toEqual(expected);
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
    expect(nextSteps(ctx({ bands: { phq9: moodBand }, opioid }), 'linked')).toEqual(expected);
  });

  it.each([
    [{ naloxone: 0 }, ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUs', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ alone: 1 }, ['safetyTips.alone', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ alone: 0 }, ['safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ mixing: 1 }, ['safetyTips.mixing', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ break: 1 }, ['safetyTips.break', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ fentanyl: 1 }, ['safetyTips.fentanylMaybe', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ fentanyl: 2 }, ['safetyTips.fentanylMaybe', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ fentanyl: 0 }, ['safetyTips.fentanylNo', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
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

  it('offers Canada’s overdose response line to people who use alone in Canada only [H20]', () => {
    expect(nextSteps(ctx({ region: 'ca', safety: { alone: 1 } }), 'safety')).toContain('safetyTips.aloneCa');
    expect(nextSteps(ctx({ region: 'us', safety: { alone: 1 } }), 'safety')).not.toContain('safetyTips.aloneCa');
  });

  it('xylazine is a US tip only [H20]', () => {
    expect(nextSteps(ctx({ region: 'uk', safety: { alone: 0 } }), 'safety')).toEqual(['safetyTips.overdose']);
  });

  it('item 9 above 0 with a low total: talk with someone today comes first, no 2-week recheck, and the mood text says so [H2]', () => {
    for (const moodBand of ['minimal', 'mild'] as const) {
      const next = nextSteps(ctx({ bands: { phq9: moodBand }, item9: true }));
      expect(next[0]).toBe('nextSteps.talkToday');
      expect(next).not.toContain('nextSteps.recheck');
      expect(nextSteps(ctx({ bands: { phq9: moodBand }, item9: true }), 'mood')).toContain('mood.item9');
    }
    expect(nextSteps(ctx({ bands: { phq9: 'minimal' }, item9: true }), 'mood')).toEqual(['mood.bandText.minimalItem9', 'mood.item9']);
    expect(nextSteps(ctx({ bands: { phq9: 'minimal' }, item9: false }), 'mood')).toEqual(['mood.bandText.minimal']);
    expect(nextSteps(ctx({ bands: { phq9: 'minimal' }, item9: false }))).toContain('nextSteps.recheck');
    expect(nextSteps(ctx({ bands: { phq9: 'severe' }, item9: true }))[0]).toBe('nextSteps.talkToday');
  });

  it('fentanyl or pills not from a pharmacy count as opioid use for the linked messages, and bring their own next step [H7]', () => {
    expect(nextSteps(ctx({ bands: { phq9: 'mild' }, opioid: 'none', streetOpioids: true }), 'linked')).toEqual(['linked.both', 'linked.together', 'linked.medicines']);
    expect(nextSteps(ctx({ streetOpioids: true }))).toContain('nextSteps.streetOpioids');
    expect(nextSteps(ctx({ streetOpioids: false }))).not.toContain('nextSteps.streetOpioids');
  });

  it('always ends the next steps with the crisis line, for everyone [H1]', () => {
    for (const moodBand of ['minimal', 'mild', 'moderate', 'moderatelySevere', 'severe', null] as const) {
      for (const opioid of ['notAnswered', 'none', 'use', 'higherRisk'] as const) {
        expect(nextSteps(ctx({ bands: { phq9: moodBand }, opioid })).at(-1)).toBe('nextSteps.crisisAlways');
      }
    }
  });

  it('has an English message for every rule', () => {
    for (const rule of NEXT_STEP_RULES) expect(lookup(rule.message), rule.message).toBeTypeOf('string');
  });
});

describe('the results never read as a diagnosis', () => {
  /** Every string of a strings file, with its key. */
  const strings = (node: unknown, key = ''): [string, string][] =>
    typeof node === 'string'
      ? [[key, node]]
      : node && typeof node === 'object'
        ? Object.entries(node).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k))
        : [];
  const DIAGNOSIS = [
    /\byou (have|are suffering from|suffer from) (depression|major depression|an? (opioid|substance) use disorder|addiction|a mental illness)/i,
    /\byou are (depressed|addicted|an addict)\b/i,
    /\b(diagnosed|diagnoses you)\b/i,
    /\busted (tiene|padece) (depresión|un trastorno|una adicción)/i,
    /\busted (está deprimid|es adict)/i,
    /\b(le diagnostica|diagnosticado|diagnosticada)\b/i,
  ];
  const found = (file: unknown) =>
    strings(file)
      .filter(([, text]) => DIAGNOSIS.some((pattern) => pattern.test(text)))
      .map(([key]) => key);

  it('says "not a diagnosis", and no result, band or next step names one, in either language [H14]', async () => {
    const es: unknown = (await import('../../../src/locales/es/results.json')).default;
    expect(found(en)).toEqual([]);
    expect(found(es)).toEqual([]);
    expect(en.notDiagnosis).toMatch(/not a diagnosis/);
    expect((es as { notDiagnosis: string }).notDiagnosis).toMatch(/no son un diagnóstico/);
    // The check can fail.
    expect(found({ mood: { severe: 'Your answers mean you have depression.' } })).toEqual(['mood.severe']);
  });
});

describe('what the mood answers show (the mood group)', () => {
  it.each(['minimal', 'mild', 'moderate', 'moderatelySevere', 'severe'] as const)('band %s has its own text [H2] [H14]', (moodBand) => {
    expect(nextSteps(ctx({ bands: { phq9: moodBand } }), 'mood')).toEqual([`mood.bandText.${moodBand}`]);
    expect(typeof lookup(`mood.bandText.${moodBand}`)).toBe('string');
  });

  it('a safety rule needs its answer: a question not answered brings no tip', () => {
    expect(nextSteps(ctx({ safety: { naloxone: 0 } }), 'safety')).not.toContain('safetyTips.mixing');
    expect(nextSteps(ctx({ safety: { mixing: 1 } }), 'safety')).toContain('safetyTips.mixing');
  });
});
