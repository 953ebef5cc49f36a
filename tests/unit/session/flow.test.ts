import { describe, expect, it } from 'vitest';
import {
  canVisit,
  firstPendingStepId,
  nextAfterChange,
  nextStepId,
  pathFor,
  previousStepId,
  RESULTS,
  SUPPORT,
  unreachableAnswers,
} from '../../../src/session/flow';
import { SUBSTANCE_CONSENT_ID, SUBSTANCE_INTRO } from '../../../src/instruments/taps-instrument';
import type { Answers } from '../../../src/instruments/types';

// Nine "Not at all" answers, and "no" to the optional anxiety questions offered after them.
const ANXIETY_OFFER = 'anxiety';
const zeros: Answers = { ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 0])), 'anxiety-consent': 0 };
const with9 = (value: number, base: Answers = zeros): Answers => ({ ...base, 'phq9-9': value });
const ids = (answers: Answers) => pathFor(answers).map((s) => s.id);
const MOOD = ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'];
const MOOD_PART = [...MOOD, ANXIETY_OFFER];
const TAPS1 = ['taps1-tobacco', 'taps-alcohol-amount', 'taps1-alcohol', 'taps1-drugs', 'taps1-rx'];
const SAFETY = ['safety-alone', 'safety-mixing', 'safety-break', 'safety-naloxone', 'safety-fentanyl'];
const substance = (taps: Answers): Answers => ({ ...zeros, [SUBSTANCE_CONSENT_ID]: 1, ...taps });

describe('check-in flow: mood', () => {
  it('asks items 1–9 in order, then offers the anxiety questions, then the substance intro; no question 10 when all are 0', () => {
    expect(ids(zeros)).toEqual([...MOOD_PART, SUBSTANCE_INTRO]);
    expect(nextStepId(zeros, 'phq9-9')).toBe(ANXIETY_OFFER);
    expect(nextStepId(zeros, ANXIETY_OFFER)).toBe(SUBSTANCE_INTRO);
  });

  it('adds question 10 when any item is above 0', () => {
    const answers = { ...zeros, 'phq9-4': 2 };
    expect(nextStepId(answers, 'phq9-9')).toBe('phq9-10');
    expect(nextStepId({ ...answers, 'phq9-10': 1 }, 'phq9-10')).toBe(ANXIETY_OFFER);
  });

  it('shows crisis support straight after item 9 above 0, before question 10 [H1]', () => {
    const answers = with9(1);
    expect(nextStepId(answers, 'phq9-9')).toBe(SUPPORT);
    expect(nextStepId(answers, SUPPORT)).toBe('phq9-10');
    expect(previousStepId(answers, 'phq9-10')).toBe(SUPPORT);
  });

  it('has no support step when item 9 is 0', () => {
    expect(ids(with9(0))).not.toContain(SUPPORT);
    expect(canVisit(with9(0), SUPPORT)).toBe(false);
  });

  it('starts with the first mood question', () => {
    expect(firstPendingStepId({})).toBe('phq9-1');
  });

  it('goes back to the start from question 1', () => {
    expect(previousStepId({}, 'phq9-1')).toBeNull();
    expect(previousStepId({}, 'phq9-2')).toBe('phq9-1');
  });

  it('ends after mood when a link asks about mood only', () => {
    expect(pathFor(zeros, { off: ['taps'] }).map((s) => s.id)).toEqual(MOOD_PART);
    expect(firstPendingStepId(zeros, { off: ['taps'] })).toBe(RESULTS);
  });
});

describe('check-in flow: substance use', () => {
  it('skipping the part goes straight to the results', () => {
    const answers = { ...zeros, [SUBSTANCE_CONSENT_ID]: 0 };
    expect(ids(answers)).toEqual([...MOOD_PART, SUBSTANCE_INTRO]);
    expect(firstPendingStepId(answers)).toBe(RESULTS);
  });

  it('asks TAPS-1 (with the optional alcohol amount) and nothing more when all are Never', () => {
    const answers = substance({ 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 0, 'taps1-rx': 0 });
    expect(ids(answers)).toEqual([...MOOD_PART, SUBSTANCE_INTRO, ...TAPS1]);
    expect(firstPendingStepId(answers)).toBe(RESULTS);
  });

  it('never asks about heroin after "Never" to drugs', () => {
    const answers = substance({ 'taps1-tobacco': 3, 'taps1-alcohol': 3, 'taps1-drugs': 0, 'taps1-rx': 0 });
    expect(ids(answers).some((id) => id.startsWith('taps2-heroin'))).toBe(false);
  });

  it('drugs not Never opens the heroin block; a No to its first question skips the other two; then the fentanyl question', () => {
    const answers = substance({ 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 1, 'taps1-rx': 0, 'taps2-heroin-1': 0 });
    expect(ids(answers).slice(-2)).toEqual(['taps2-heroin-1', 'street-opioids']);
    expect(firstPendingStepId(answers)).toBe('street-opioids');
    expect(firstPendingStepId({ ...answers, 'street-opioids': 0 })).toBe(RESULTS);
  });

  it('fentanyl gap: no heroin, but fentanyl or pills not from a pharmacy, opens the safety questions [H7]', () => {
    const answers = substance({ 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 3, 'taps1-rx': 0, 'taps2-heroin-1': 0, 'street-opioids': 1 });
    expect(ids(answers).slice(-7)).toEqual(['taps2-heroin-1', 'street-opioids', ...SAFETY]);
    expect(firstPendingStepId(answers)).toBe('safety-alone');
  });

  it('the fentanyl question is asked after any drug use or prescription misuse, once, and never after two Nevers', () => {
    // Prescription misuse alone (pills that may not be what they seem): asked after the prescription-opioid block.
    expect(ids(substance({ 'taps1-drugs': 0, 'taps1-rx': 2, 'taps2-rxOpioid-1': 0 })).slice(-2)).toEqual(['taps2-rxOpioid-1', 'street-opioids']);
    // Both: asked once, after the heroin block.
    const both = ids(substance({ 'taps1-drugs': 1, 'taps1-rx': 1, 'taps2-heroin-1': 0, 'taps2-rxOpioid-1': 0 }));
    expect(both.filter((id) => id === 'street-opioids')).toHaveLength(1);
    expect(both.slice(-3)).toEqual(['taps2-heroin-1', 'street-opioids', 'taps2-rxOpioid-1']);
    expect(ids(substance({ 'taps1-drugs': 0, 'taps1-rx': 0 }))).not.toContain('street-opioids');
  });

  it('heroin yes brings questions 2–3, the fentanyl question, and then the safety questions', () => {
    const answers = substance({ 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 4, 'taps1-rx': 0, 'taps2-heroin-1': 1 });
    expect(ids(answers).slice(-9)).toEqual(['taps2-heroin-1', 'taps2-heroin-2', 'taps2-heroin-3', 'street-opioids', ...SAFETY]);
    expect(firstPendingStepId(answers)).toBe('taps2-heroin-2');
  });

  it('prescription medicines not Never opens the prescription-opioid block', () => {
    const answers = substance({ 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 0, 'taps1-rx': 2, 'taps2-rxOpioid-1': 1 });
    expect(ids(answers).slice(-9)).toEqual(['taps2-rxOpioid-1', 'taps2-rxOpioid-2', 'taps2-rxOpioid-3', 'street-opioids', ...SAFETY]);
  });

  it('asks the safety questions once when both blocks are yes', () => {
    const answers = substance({ 'taps1-drugs': 4, 'taps1-rx': 2, 'taps2-heroin-1': 1, 'taps2-rxOpioid-1': 1 });
    expect(ids(answers).filter((id) => id === 'safety-alone')).toHaveLength(1);
  });

  it('the alcohol amount may be left unanswered', () => {
    const answers = substance({ 'taps1-tobacco': 0 });
    expect(firstPendingStepId(answers)).toBe('taps1-alcohol');
    expect(canVisit(answers, 'taps1-alcohol')).toBe(true);
  });
});

describe('check-in flow: visiting, changing, pruning', () => {
  it('finds the first step still waiting for an answer', () => {
    expect(firstPendingStepId({})).toBe('phq9-1');
    expect(firstPendingStepId({ 'phq9-1': 1, 'phq9-2': 0 })).toBe('phq9-3');
    expect(firstPendingStepId(zeros)).toBe(SUBSTANCE_INTRO);
    expect(firstPendingStepId({ ...zeros, 'phq9-1': 1 })).toBe('phq9-10');
  });

  it('lets a step be visited only when every question before it is answered', () => {
    expect(canVisit({}, 'phq9-1')).toBe(true);
    expect(canVisit({}, 'phq9-5')).toBe(false);
    expect(canVisit({ 'phq9-1': 0, 'phq9-2': 0, 'phq9-3': 0, 'phq9-4': 0 }, 'phq9-5')).toBe(true);
    expect(canVisit({}, 'not-a-step')).toBe(false);
    expect(canVisit(zeros, 'phq9-10')).toBe(false);
    expect(canVisit(zeros, 'taps1-tobacco')).toBe(false);
  });

  it('after a change from the review list, shows support if the change brought it, else the next pending step [H1] [H6]', () => {
    const complete = { ...zeros, 'phq9-1': 1, 'phq9-10': 0, [SUBSTANCE_CONSENT_ID]: 0 };
    expect(nextAfterChange(complete, 'phq9-3')).toBe(RESULTS);
    expect(nextAfterChange(with9(2, complete), 'phq9-9')).toBe(SUPPORT);
    expect(nextAfterChange({ ...zeros, 'phq9-2': 1, [SUBSTANCE_CONSENT_ID]: 0 }, 'phq9-2')).toBe('phq9-10');
  });

  it('drops the answers of follow-ups a changed answer no longer opens [H6]', () => {
    const answers = substance({
      'taps1-tobacco': 0,
      'taps1-alcohol': 0,
      'taps1-drugs': 0, // changed from Weekly to Never
      'taps1-rx': 0,
      'taps2-heroin-1': 1,
      'taps2-heroin-2': 1,
      'taps2-heroin-3': 0,
      'safety-alone': 1,
      'safety-naloxone': 0,
    });
    expect(unreachableAnswers(answers).sort()).toEqual(
      ['safety-alone', 'safety-naloxone', 'taps2-heroin-1', 'taps2-heroin-2', 'taps2-heroin-3'].sort(),
    );
  });

  it('drops question 10 when every mood answer becomes 0, and all substance answers when the part is skipped', () => {
    expect(unreachableAnswers({ ...zeros, 'phq9-10': 2 })).toEqual(['phq9-10']);
    expect(unreachableAnswers({ ...zeros, [SUBSTANCE_CONSENT_ID]: 0, 'taps1-tobacco': 3 })).toEqual(['taps1-tobacco']);
  });
});
