import { describe, expect, it } from 'vitest';
import { NEXT_STEP_RULES, nextSteps, type NextStepContext } from '../../../src/results/next-steps';
import { RESULTS_REFERENCES } from '../../../src/results/references';
import { namespaceStrings } from '../../support/locales';

const en = namespaceStrings('en', 'results') as Record<string, unknown> & { notDiagnosis: string };

const base: NextStepContext = { bands: { phq9: 'minimal' }, opioid: 'notAnswered', substancePositive: false, safety: {}, concerns: [], region: 'us', item9: false, streetOpioids: false, anyOpioidUse: false, drugUse: false };
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
    ['minimal', true, []],
    ['mild', false, []],
    ['mild', true, ['linked.both', 'linked.together', 'linked.medicines']],
    ['severe', true, ['linked.both', 'linked.together', 'linked.medicines']],
    [null, true, []],
  ] as const)('mood %s, opioid use %s: linked messages', (moodBand, anyOpioidUse, expected) => {
    expect(nextSteps(ctx({ bands: { phq9: moodBand }, anyOpioidUse, drugUse: anyOpioidUse }), 'linked')).toEqual(expected);
  });

  const opioidUser = (over: Partial<NextStepContext>) => ctx({ anyOpioidUse: true, drugUse: true, opioid: 'use', ...over });
  it.each([
    [{ naloxone: 0 }, ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUs', 'safetyTips.alone', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1, mixing: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.mixing', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1, break: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.break', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1, fentanyl: 1 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.fentanylMaybe', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1, fentanyl: 2 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.fentanylMaybe', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    [{ naloxone: 1, fentanyl: 0 }, ['safetyTips.naloxoneHave', 'safetyTips.alone', 'safetyTips.fentanylNo', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
    // Not answered (the person left before): naloxone is still offered.
    [{}, ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUs', 'safetyTips.alone', 'safetyTips.overdose', 'safetyTips.xylazineUs']],
  ] as const)('opioid use in the US, safety answers %j: their tips', (safety, expected) => {
    expect(nextSteps(opioidUser({ safety }), 'safety')).toEqual(expected);
  });

  it('no substance use: no safety tips', () => {
    expect(nextSteps(ctx({}), 'safety')).toEqual([]);
  });

  it.each([
    ['us', ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUs']],
    ['ca', ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereCa']],
    ['uk', ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereUk']],
    ['es', ['safetyTips.naloxoneGet', 'safetyTips.naloxoneWhereOther']],
    // Mexico: naloxone is a controlled medicine (hospitals and ambulances): say so, not "get naloxone".
    ['mx', ['safetyTips.naloxoneMx']],
  ] as const)('%s: where to get naloxone is said for that country only [H27]', (region, expected) => {
    const tips = nextSteps(opioidUser({ region, safety: { naloxone: 0 } }), 'safety');
    expect(tips.filter((tip) => tip.startsWith('safetyTips.naloxone'))).toEqual(expected);
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
    expect(nextSteps(opioidUser({ region: 'ca', safety: { alone: 1 } }), 'safety')).toContain('safetyTips.aloneCa');
    expect(nextSteps(opioidUser({ region: 'us', safety: { alone: 1 } }), 'safety')).not.toContain('safetyTips.aloneCa');
  });

  it('xylazine is a US tip only [H20]', () => {
    expect(nextSteps(opioidUser({ region: 'uk', safety: { naloxone: 1 } }), 'safety')).toEqual(['safetyTips.naloxoneHave', 'safetyTips.nitazenesUk', 'safetyTips.alone', 'safetyTips.overdose']);
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
    const street = { opioid: 'none', streetOpioids: true, anyOpioidUse: true, drugUse: true } as const;
    expect(nextSteps(ctx({ bands: { phq9: 'mild' }, ...street }), 'linked')).toEqual(['linked.both', 'linked.together', 'linked.medicines']);
    expect(nextSteps(ctx(street))).toContain('nextSteps.streetOpioids');
    expect(nextSteps(ctx({ ...street, region: 'uk' }))).toEqual(expect.arrayContaining(['nextSteps.streetOpioidsOther', 'nextSteps.startMedicine.uk']));
    expect(nextSteps(ctx({ ...street, region: 'uk' }))).not.toContain('nextSteps.streetOpioids');
    expect(nextSteps(ctx({ streetOpioids: false }))).not.toContain('nextSteps.streetOpioids');
  });

  it('always ends the next steps with the crisis line, for everyone [H1]', () => {
    for (const moodBand of ['minimal', 'mild', 'moderate', 'moderatelySevere', 'severe', null] as const) {
      for (const opioid of ['notAnswered', 'none', 'use', 'higherRisk'] as const) {
        expect(nextSteps(ctx({ bands: { phq9: moodBand }, opioid })).at(-1)).toBe('nextSteps.crisisAlways');
      }
    }
  });

  it('a rule whose message cites one country’s source (the CDC on the US supply, the FDA, SAMHSA…) shows in that country only [H27]', () => {
    const problems = NEXT_STEP_RULES.flatMap((rule) =>
      [...String(lookup(rule.message)).matchAll(/\[(\d+)\]/g)].flatMap(([, n]) => {
        const countries = RESULTS_REFERENCES.find((ref) => ref.id === Number(n))?.countries;
        return countries && !(rule.regions && rule.regions.every((region) => countries.includes(region))) ? [`${rule.message} cites [${n}] (${countries.join(', ')})`] : [];
      }),
    );
    expect(problems).toEqual([]);
    // The check can fail: a US-only fact shown everywhere.
    expect(RESULTS_REFERENCES.find((ref) => ref.id === 10)?.countries).toEqual(['us']);
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

  it('says "not a diagnosis", and no result, band or next step names one, in either language [H14]', () => {
    const es: unknown = namespaceStrings('es', 'results');
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
