// @vitest-environment node
/**
 * The check-in flow over random answer sequences and random edits from the review list, driven the way the
 * screens drive it (question-step.tsx, support-step.tsx, substance-intro-step.tsx): answer, drop the
 * answers the path no longer reaches, move on (in review, `nextAfterChange`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findStep,
  firstPendingStepId,
  nextAfterChange,
  nextStepId,
  pathFor,
  RESULTS,
  SUPPORT,
  unreachableAnswers,
  type FlowOptions,
} from '../../src/session/flow';
import { scorePhq9 } from '../../src/instruments/phq9-score';
import { SUBSTANCE_CONSENT_ID } from '../../src/instruments/taps-instrument';
import type { IntroStep } from '../../src/instruments/steps';

const ANXIETY_CONSENT_ID = 'anxiety-consent';
import type { Answers } from '../../src/instruments/types';
import { RUNS } from './runs';

/** More screens than any path has: a walk that needs more has looped. */
const MAX_SCREENS = 60;

type Choice = number;

interface Walk {
  answers: Record<string, number | undefined>;
  /** Every screen shown, in order, with the answers at the time it was left. */
  shown: { id: string; item9Before: boolean; item9After: boolean }[];
}

/** Answers the screen `id` with `choice` (an index into its options, or "leave it empty" for an optional question). */
function answerScreen(walk: Walk, id: string, choice: Choice, review: boolean, options: FlowOptions): string {
  const item9Before = scorePhq9(walk.answers).item9Flag;
  let next: string;
  if (id === SUPPORT) {
    next = review ? firstPendingStepId(walk.answers, options) : nextStepId(walk.answers, SUPPORT, options);
  } else if (findStep(id)?.kind === 'intro') {
    // An intro (substance use, the optional anxiety questions): answer them (1) or skip them (0).
    const intro = findStep(id) as IntroStep;
    walk.answers[intro.consentId] = choice % 2;
    for (const gone of unreachableAnswers(walk.answers, options)) delete walk.answers[gone];
    next = review ? firstPendingStepId(walk.answers, options) : nextStepId(walk.answers, id, options);
  } else {
    const step = findStep(id);
    if (!step || step.kind !== 'question') throw new Error(`no question ${id}`);
    const count = step.item.options.length + (step.optional ? 1 : 0);
    const index = choice % count;
    if (index === step.item.options.length) delete walk.answers[id];
    else walk.answers[id] = step.item.options[index]!.value;
    for (const gone of unreachableAnswers(walk.answers, options)) delete walk.answers[gone];
    next = review ? nextAfterChange(walk.answers, id, options) : nextStepId(walk.answers, id, options);
  }
  walk.shown.push({ id, item9Before, item9After: scorePhq9(walk.answers).item9Flag });
  return next;
}

/** From `start`, answers screen after screen until the results; throws if it takes more than MAX_SCREENS. */
function walkToResults(walk: Walk, start: string, choices: () => Choice, review: boolean, options: FlowOptions) {
  const first = walk.shown.length;
  let id = start;
  while (id !== RESULTS) {
    if (walk.shown.length - first > MAX_SCREENS) throw new Error(`no results after ${MAX_SCREENS} screens: ${walk.shown.map((s) => s.id).join(' → ')}`);
    id = answerScreen(walk, id, choices(), review, options);
  }
  return walk.shown.slice(first);
}

const choicesFrom = (list: readonly number[]) => {
  let i = 0;
  return () => list[i++ % list.length]!;
};

const editable = (answers: Answers, options: FlowOptions) =>
  pathFor(answers, options).filter((step) => step.kind !== 'support' && (step.kind === 'intro' || answers[step.id] !== undefined));

describe('the check-in flow, over random answers and edits', () => {
  const property = fc.property(
    fc.array(fc.nat(1000), { minLength: 1, maxLength: 80 }),
    fc.array(fc.tuple(fc.nat(1000), fc.array(fc.nat(1000), { minLength: 1, maxLength: 20 })), { maxLength: 6 }),
    fc.constantFrom<FlowOptions>({}, { off: ['taps'] }, { asked: ['gad7'] }, { language: 'es', asked: ['gad7'] }),
    (firstChoices, edits, options) => {
      const walk: Walk = { answers: {}, shown: [] };

      // A first pass: from the first question to the results.
      const firstPass = walkToResults(walk, firstPendingStepId({}, options), choicesFrom(firstChoices), false, options);
      // Never loops: no screen twice in one pass.
      expect(new Set(firstPass.map((s) => s.id)).size).toBe(firstPass.length);

      // Then edits from the review list, each followed to the results again.
      for (const [pick, choices] of edits) {
        const list = editable(walk.answers, options);
        const target = list[pick % list.length]!;
        const pass = walkToResults(walk, target.id, choicesFrom(choices), true, options);
        expect(new Set(pass.map((s) => s.id)).size).toBe(pass.length);
      }

      // Item 9 above 0 is always followed by the support step: on the first pass, and after an edit of item
      // 9 (or any answer) that leaves it above 0 having been 0 before.
      walk.shown.forEach((screen, i) => {
        if (screen.id === 'phq9-9' && screen.item9After) expect(walk.shown[i + 1]?.id).toBe(SUPPORT);
      });
      // The results are reached with nothing pending, and no answer the path no longer reaches.
      expect(firstPendingStepId(walk.answers, options)).toBe(RESULTS);
      expect(unreachableAnswers(walk.answers, options)).toEqual([]);
      // The path the results are computed from holds every answer given.
      const onPath = new Set(pathFor(walk.answers, options).map((s) => (s.kind === 'intro' ? s.consentId : s.id)));
      expect(Object.keys(walk.answers).filter((id) => !onPath.has(id))).toEqual([]);
    },
  );

  it('always reaches the results, never loops, and item 9 above 0 is followed by the support step [H1] [H6]', () => {
    RUNS.assert('flow: random answers and up to 6 review edits', property, 3_000);
  });

  it('drops every answer the path no longer reaches, in one pass, from any set of answers [H6]', () => {
    const ids = ['phq9-1', 'phq9-9', 'phq9-10', ANXIETY_CONSENT_ID, 'gad7-1', 'gad7-7', SUBSTANCE_CONSENT_ID, 'taps1-tobacco', 'taps1-alcohol', 'taps-alcohol-amount', 'taps1-drugs', 'taps1-rx',
      'taps2-heroin-1', 'taps2-heroin-2', 'taps2-heroin-3', 'street-opioids', 'taps2-rxOpioid-1', 'taps2-rxOpioid-2', 'taps2-rxOpioid-3',
      'safety-alone', 'safety-mixing', 'safety-break', 'safety-naloxone', 'safety-fentanyl', 'unknown-question'];
    const known = ids.filter((id) => id === 'unknown-question' || findStep(id) || id === SUBSTANCE_CONSENT_ID || id === ANXIETY_CONSENT_ID);
    expect(known).toEqual(ids);
    const property = fc.property(
      fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 4 })),
      fc.boolean(),
      (raw, moodOnly) => {
        const options: FlowOptions = moodOnly ? { off: ['taps'] } : {};
        const answers: Record<string, number> = { ...raw };
        const pathBefore = pathFor(answers, options).map((s) => s.id);
        for (const gone of unreachableAnswers(answers, options)) delete answers[gone];
        // Dropping them does not change the path, so nothing else becomes unreachable.
        expect(pathFor(answers, options).map((s) => s.id)).toEqual(pathBefore);
        expect(unreachableAnswers(answers, options)).toEqual([]);
        // A follow-up's answer survives only when its opening answer does.
        if (answers['taps2-heroin-2'] !== undefined) expect(answers['taps2-heroin-1']).toBe(1);
        if (answers['safety-alone'] !== undefined) {
          expect(answers['taps2-heroin-1'] === 1 || answers['taps2-rxOpioid-1'] === 1 || answers['street-opioids'] === 1).toBe(true);
        }
        // The fentanyl question follows any drug use or prescription misuse (TAPS-1 items 3 or 4 other than Never).
        if (answers['street-opioids'] !== undefined) expect((answers['taps1-drugs'] ?? 0) + (answers['taps1-rx'] ?? 0)).toBeGreaterThan(0);
        if (moodOnly) expect(Object.keys(answers).every((id) => /^(phq9|gad7)-/.test(id) || id === SUBSTANCE_CONSENT_ID || id === ANXIETY_CONSENT_ID)).toBe(true);
        // The anxiety answers survive only when the offer was taken.
        if (answers['gad7-1'] !== undefined) expect(answers[ANXIETY_CONSENT_ID]).toBe(1);
      },
    );
    RUNS.assert('flow: unreachable answers dropped from random answer sets', property, 10_000);
  });
});
