/**
 * What each step of the check-in tells its screen (section, numbering, stem, error message), and the
 * edges of moving through them. The screens read these: "Substance use: question 2 of 4", the error
 * message a missed answer shows. Written to kill the mutants `npm run mutation` found surviving.
 */
import { describe, expect, it } from 'vitest';
import {
  findStep,
  firstPendingStepId,
  nextStepId,
  pathFor,
  previousStepId,
  RESULTS,
  SUPPORT,
} from '../../../src/session/flow';
import { SUBSTANCE_CONSENT_ID, SUBSTANCE_INTRO } from '../../../src/instruments/taps-instrument';
import type { Answers } from '../../../src/instruments/types';

/** Every question answered so that every step is on the path: item 9 above 0, every block open. */
const everything: Answers = {
  ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 1])),
  'phq9-10': 1,
  'anxiety-consent': 1,
  ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`gad7-${i + 1}`, 1])),
  [SUBSTANCE_CONSENT_ID]: 1,
  'taps1-tobacco': 0,
  'taps-alcohol-amount': 5,
  'taps1-alcohol': 0,
  'taps1-drugs': 1,
  'taps1-rx': 1,
  'taps2-heroin-1': 1,
  'taps2-heroin-2': 0,
  'taps2-heroin-3': 0,
  'street-opioids': 1,
  'taps2-rxOpioid-1': 1,
  'taps2-rxOpioid-2': 0,
  'taps2-rxOpioid-3': 0,
  'safety-alone': 0,
  'safety-mixing': 0,
  'safety-break': 0,
  'safety-naloxone': 0,
  'safety-fentanyl': 0,
};

const describeStep = (id: string) => {
  const step = findStep(id);
  if (!step) return 'missing';
  if (step.kind !== 'question') return step.kind;
  return [step.part, step.progressKey, step.position ?? '-', step.sectionTotal, step.errorKey, step.stemKey ?? '-', step.optional ? 'optional' : 'required', step.translationNote ? 'ours' : '-'].join(' ');
};

describe('the steps of the check-in [H6]', () => {
  it('tell their screens the section, the number in it, the stem and the error message [H6]', () => {
    expect(pathFor(everything).map((step) => `${step.id}: ${describeStep(step.id)}`)).toEqual([
      'phq9-1: mood progress.mood 1 9 error.required phq9.stem required -',
      'phq9-2: mood progress.mood 2 9 error.required phq9.stem required -',
      'phq9-3: mood progress.mood 3 9 error.required phq9.stem required -',
      'phq9-4: mood progress.mood 4 9 error.required phq9.stem required -',
      'phq9-5: mood progress.mood 5 9 error.required phq9.stem required -',
      'phq9-6: mood progress.mood 6 9 error.required phq9.stem required -',
      'phq9-7: mood progress.mood 7 9 error.required phq9.stem required -',
      'phq9-8: mood progress.mood 8 9 error.required phq9.stem required -',
      'phq9-9: mood progress.mood 9 9 error.required phq9.stem required -',
      'support: support',
      'phq9-10: mood progress.moodExtra - 9 error.requiredDifficulty - required -',
      'anxiety: intro',
      'gad7-1: anxiety progress.anxiety 1 7 error.required gad7.stem required -',
      'gad7-2: anxiety progress.anxiety 2 7 error.required gad7.stem required -',
      'gad7-3: anxiety progress.anxiety 3 7 error.required gad7.stem required -',
      'gad7-4: anxiety progress.anxiety 4 7 error.required gad7.stem required -',
      'gad7-5: anxiety progress.anxiety 5 7 error.required gad7.stem required -',
      'gad7-6: anxiety progress.anxiety 6 7 error.required gad7.stem required -',
      'gad7-7: anxiety progress.anxiety 7 7 error.required gad7.stem required -',
      'substance: intro',
      'taps1-tobacco: substance progress.substance 1 4 error.requiredFrequency taps.taps1.stem required ours',
      'taps-alcohol-amount: substance progress.substanceExtra - 4 error.requiredAnswer - optional -',
      'taps1-alcohol: substance progress.substance 2 4 error.requiredFrequency taps.taps1.stem required ours',
      'taps1-drugs: substance progress.substance 3 4 error.requiredFrequency taps.taps1.stem required ours',
      'taps1-rx: substance progress.substance 4 4 error.requiredFrequency taps.taps1.stem required ours',
      'taps2-heroin-1: substance progress.heroin 1 3 error.requiredYesNo - required ours',
      'taps2-heroin-2: substance progress.heroin 2 3 error.requiredYesNo - required ours',
      'taps2-heroin-3: substance progress.heroin 3 3 error.requiredYesNo - required ours',
      'street-opioids: safety progress.streetOpioids - 1 error.requiredYesNo - required -',
      'taps2-rxOpioid-1: substance progress.rxOpioid 1 3 error.requiredYesNo - required ours',
      'taps2-rxOpioid-2: substance progress.rxOpioid 2 3 error.requiredYesNo - required ours',
      'taps2-rxOpioid-3: substance progress.rxOpioid 3 3 error.requiredYesNo - required ours',
      'safety-alone: safety progress.safety 1 5 error.requiredAnswer - required -',
      'safety-mixing: safety progress.safety 2 5 error.requiredAnswer - required -',
      'safety-break: safety progress.safety 3 5 error.requiredAnswer - required -',
      'safety-naloxone: safety progress.safety 4 5 error.requiredAnswer - required -',
      'safety-fentanyl: safety progress.safety 5 5 error.requiredAnswer - required -',
    ]);
    expect(findStep('phq9-11')).toBeUndefined();
    expect(findStep('')).toBeUndefined();
    expect(findStep('taps-alcohol-amount')).toMatchObject({ item: { textKey: 'taps.alcoholAmount.question', number: 0 } });
  });

  it('ends at the results after the last step, and Back from the first step leaves the check-in [H6]', () => {
    const path = pathFor(everything);
    expect(nextStepId(everything, path[path.length - 1]!.id)).toBe(RESULTS);
    expect(previousStepId(everything, 'phq9-1')).toBeNull();
    expect(previousStepId(everything, 'not-a-step')).toBeNull();
    expect(previousStepId(everything, SUPPORT)).toBe('phq9-9');
    expect(firstPendingStepId(everything)).toBe(RESULTS);
  });

  it('counts only a valid answer as an answer; the support step needs none [H6]', () => {
    expect(firstPendingStepId({ ...everything, 'phq9-4': 7 })).toBe('phq9-4');
    expect(firstPendingStepId({ ...everything, 'taps1-drugs': 9 })).toBe('taps1-drugs');
    expect(firstPendingStepId({ ...everything, 'safety-fentanyl': -1 })).toBe('safety-fentanyl');
    expect(firstPendingStepId({ ...everything, [SUBSTANCE_CONSENT_ID]: 2 })).toBe(SUBSTANCE_INTRO);
    expect(firstPendingStepId({ ...everything, 'gad7-3': 4 })).toBe('gad7-3');
    expect(firstPendingStepId({ ...everything, 'anxiety-consent': undefined })).toBe('anxiety');
  });

  it('opens no opioid questions while the drugs or medicines question is unanswered [H6]', () => {
    const open = Object.fromEntries(Object.entries(everything).filter(([id]) => id !== 'taps1-drugs' && id !== 'taps1-rx'));
    const ids = pathFor(open).map((step) => step.id);
    expect(ids.filter((id) => id.startsWith('taps2-') || id === 'street-opioids' || id.startsWith('safety-'))).toEqual([]);
  });
});
