/**
 * Which screen comes next: a pure function of the answers so far, tested without React.
 * The path is recomputed from the answers every time, so changing an answer (item 9 from "Not at all" to
 * "Several days", drugs from "Weekly" to "Never") changes the path at once; a step the answers no longer
 * lead to cannot be visited, and its answer is dropped (see `unreachableAnswers`).
 *
 * Order: mood (PHQ-9) first, then substance use. Mood first because it is the gentler start, and because
 * item 9 brings crisis support before anything else is asked.
 */
import { PHQ9, PHQ9_DIFFICULTY } from '../instruments/phq9';
import { phq9NeedsDifficulty, scorePhq9 } from '../instruments/phq9-score';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../instruments/safety';
import {
  ALCOHOL_AMOUNT_ID,
  ALCOHOL_AMOUNT_OPTIONS,
  NEVER,
  OPIOID_BLOCKS,
  TAPS1_ITEMS,
  type OpioidBlock,
} from '../instruments/taps';
import type { Answers, QuestionItem } from '../instruments/types';

export const RESULTS = 'results';
export const SUPPORT = 'support';
export const SUBSTANCE_INTRO = 'substance';
/** The answer the substance intro records: 1 = answer the questions, 0 = skip this part. */
export const SUBSTANCE_CONSENT_ID = 'substance-consent';

export type Section = 'mood' | 'substance' | OpioidBlock | 'streetOpioids' | 'safety';

export type ErrorKey =
  | 'error.required'
  | 'error.requiredDifficulty'
  | 'error.requiredFrequency'
  | 'error.requiredYesNo'
  | 'error.requiredAnswer';

export interface QuestionStep {
  readonly kind: 'question';
  readonly id: string;
  readonly item: QuestionItem;
  readonly section: Section;
  /** Locale key (instruments namespace) of the stem shown above the question, if any. */
  readonly stemKey?: string;
  /** 1-based position among the section's numbered questions; null for an extra question (PHQ-9 Q10). */
  readonly position: number | null;
  readonly sectionTotal: number;
  readonly errorKey: ErrorKey;
  /** An optional step may be passed with no answer (the alcohol amount: the lower threshold applies). */
  readonly optional?: boolean;
}

export interface SupportStep {
  readonly kind: 'support';
  readonly id: typeof SUPPORT;
}

export interface IntroStep {
  readonly kind: 'intro';
  readonly id: typeof SUBSTANCE_INTRO;
}

export type Step = QuestionStep | SupportStep | IntroStep;

const MOOD_STEPS: readonly QuestionStep[] = PHQ9.items.map((item, index) => ({
  kind: 'question',
  id: item.id,
  item,
  section: 'mood',
  stemKey: PHQ9.stemKey,
  position: index + 1,
  sectionTotal: PHQ9.items.length,
  errorKey: 'error.required',
}));

const DIFFICULTY_STEP: QuestionStep = {
  kind: 'question',
  id: PHQ9_DIFFICULTY.id,
  item: PHQ9_DIFFICULTY,
  section: 'mood',
  position: null,
  sectionTotal: PHQ9.items.length,
  errorKey: 'error.requiredDifficulty',
};

const SUPPORT_STEP: SupportStep = { kind: 'support', id: SUPPORT };
const INTRO_STEP: IntroStep = { kind: 'intro', id: SUBSTANCE_INTRO };

const TAPS1_STEPS: readonly QuestionStep[] = TAPS1_ITEMS.map((item, index) => ({
  kind: 'question',
  id: item.id,
  item,
  section: 'substance',
  stemKey: 'taps.taps1.stem',
  position: index + 1,
  sectionTotal: TAPS1_ITEMS.length,
  errorKey: 'error.requiredFrequency',
}));

const ALCOHOL_AMOUNT_STEP: QuestionStep = {
  kind: 'question',
  id: ALCOHOL_AMOUNT_ID,
  item: { id: ALCOHOL_AMOUNT_ID, number: 0, textKey: 'taps.alcoholAmount.question', options: ALCOHOL_AMOUNT_OPTIONS },
  section: 'substance',
  position: null,
  sectionTotal: TAPS1_ITEMS.length,
  errorKey: 'error.requiredAnswer',
  optional: true,
};

function blockSteps(block: OpioidBlock, items: readonly QuestionItem[]): QuestionStep[] {
  return items.map((item, index) => ({
    kind: 'question',
    id: item.id,
    item,
    section: block,
    position: index + 1,
    sectionTotal: items.length,
    errorKey: 'error.requiredYesNo',
  }));
}

const BLOCK_STEPS = new Map(OPIOID_BLOCKS.map(({ block, items }) => [block, blockSteps(block, items)]));

const STREET_OPIOIDS_STEP: QuestionStep = {
  kind: 'question',
  id: STREET_OPIOIDS_ITEM.id,
  item: STREET_OPIOIDS_ITEM,
  section: 'streetOpioids',
  position: null,
  sectionTotal: 1,
  errorKey: 'error.requiredYesNo',
};

const SAFETY_STEPS: readonly QuestionStep[] = SAFETY_ITEMS.map((item, index) => ({
  kind: 'question',
  id: item.id,
  item,
  section: 'safety',
  position: index + 1,
  sectionTotal: SAFETY_ITEMS.length,
  errorKey: 'error.requiredAnswer',
}));

/** Every step the check-in could ever show, for looking one up by id (in no particular order). */
const ALL_STEPS: readonly Step[] = [
  ...MOOD_STEPS,
  SUPPORT_STEP,
  DIFFICULTY_STEP,
  INTRO_STEP,
  ...TAPS1_STEPS,
  ALCOHOL_AMOUNT_STEP,
  ...[...BLOCK_STEPS.values()].flat(),
  STREET_OPIOIDS_STEP,
  ...SAFETY_STEPS,
];

export function findStep(id: string): Step | undefined {
  return ALL_STEPS.find((step) => step.id === id);
}

export interface FlowOptions {
  /** false when a clinician's link asks about mood only. */
  readonly substance?: boolean;
}

/** The steps the answers so far lead through, in order. */
export function pathFor(answers: Answers, options: FlowOptions = {}): readonly Step[] {
  const path: Step[] = [...MOOD_STEPS];
  if (scorePhq9(answers).item9Flag) path.push(SUPPORT_STEP);
  if (phq9NeedsDifficulty(answers)) path.push(DIFFICULTY_STEP);
  if (options.substance === false) return path;

  path.push(INTRO_STEP);
  if (answers[SUBSTANCE_CONSENT_ID] !== 1) return path;

  // The alcohol amount comes straight before the alcohol question (TAPS-1's second).
  path.push(...TAPS1_STEPS.slice(0, 1), ALCOHOL_AMOUNT_STEP, ...TAPS1_STEPS.slice(1));

  let anyUse = false;
  for (const { block, openedBy } of OPIOID_BLOCKS) {
    const opener = answers[openedBy];
    if (opener === undefined || opener === NEVER) continue;
    const [first, ...others] = BLOCK_STEPS.get(block) ?? [];
    if (first) path.push(first);
    // Published skip rule: a "No" to the block's first question skips the other two.
    if (first && answers[first.id] === 1) {
      path.push(...others);
      anyUse = true;
    }
    // After the heroin questions: fentanyl, or pills not from a pharmacy (ours, unscored). A "Yes" opens
    // the safety questions as a "Yes" to heroin does.
    if (block === 'heroin') {
      path.push(STREET_OPIOIDS_STEP);
      if (answers[STREET_OPIOIDS_STEP.id] === 1) anyUse = true;
    }
  }
  if (anyUse) path.push(...SAFETY_STEPS);
  return path;
}

function isAnswered(answers: Answers, step: Step): boolean {
  if (step.kind === 'support') return true;
  if (step.kind === 'intro') return answers[SUBSTANCE_CONSENT_ID] === 0 || answers[SUBSTANCE_CONSENT_ID] === 1;
  if (step.optional) return true;
  const value = answers[step.id];
  return step.item.options.some((o) => o.value === value);
}

/** The first step on the path still waiting for an answer, or RESULTS when there is none. */
export function firstPendingStepId(answers: Answers, options: FlowOptions = {}): string {
  const pending = pathFor(answers, options).find((step) => !isAnswered(answers, step));
  return pending?.id ?? RESULTS;
}

/**
 * A step can be shown when it is on the path and every step before it has an answer. Anything else (an old
 * bookmark, a mistyped link, a reload that emptied the answers) is sent to the first step that still needs
 * an answer instead.
 */
export function canVisit(answers: Answers, id: string, options: FlowOptions = {}): boolean {
  const path = pathFor(answers, options);
  const index = path.findIndex((step) => step.id === id);
  if (index === -1) return false;
  return path.slice(0, index).every((step) => isAnswered(answers, step));
}

/** The step after `id` on the path (RESULTS after the last one). */
export function nextStepId(answers: Answers, id: string, options: FlowOptions = {}): string {
  const path = pathFor(answers, options);
  const index = path.findIndex((step) => step.id === id);
  return path[index + 1]?.id ?? RESULTS;
}

/** The step before `id` on the path, or null on the first question (Back then leads to the start page). */
export function previousStepId(answers: Answers, id: string, options: FlowOptions = {}): string | null {
  const path = pathFor(answers, options);
  const index = path.findIndex((step) => step.id === id);
  // On the first question (index 0) and on an unknown one (-1) there is no step before: null.
  return path[index - 1]?.id ?? null;
}

/**
 * After changing one answer from the review list: show crisis support if this answer brought it, then any
 * question the change made necessary, then the results again.
 */
export function nextAfterChange(answers: Answers, id: string, options: FlowOptions = {}): string {
  const next = nextStepId(answers, id, options);
  if (next === SUPPORT) return SUPPORT;
  return firstPendingStepId(answers, options);
}

/**
 * Answers to questions the path no longer reaches (a follow-up whose opening answer changed to Never or
 * No). They are dropped, so the results never count an answer to a question that no longer applies.
 */
export function unreachableAnswers(answers: Answers, options: FlowOptions = {}): string[] {
  const onPath = new Set(pathFor(answers, options).map((step) => step.id));
  onPath.add(SUBSTANCE_CONSENT_ID);
  return Object.keys(answers).filter((id) => !onPath.has(id));
}
