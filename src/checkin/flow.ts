/**
 * Which screen comes next: a pure function of the answers so far, tested without React.
 * The path is recomputed from the answers every time, so changing an answer (for example item 9 from
 * "Not at all" to "Several days") changes the path at once, and a step that the answers no longer lead
 * to cannot be visited.
 */
import { PHQ9, PHQ9_DIFFICULTY } from '../instruments/phq9';
import { phq9NeedsDifficulty, scorePhq9 } from '../instruments/phq9-score';
import type { Answers, QuestionItem } from '../instruments/types';

export const RESULTS = 'results';
export const SUPPORT = 'support';

export type Section = 'mood';

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
}

export interface SupportStep {
  readonly kind: 'support';
  readonly id: typeof SUPPORT;
}

export type Step = QuestionStep | SupportStep;

const MOOD_STEPS: readonly QuestionStep[] = PHQ9.items.map((item, index) => ({
  kind: 'question',
  id: item.id,
  item,
  section: 'mood',
  stemKey: PHQ9.stemKey,
  position: index + 1,
  sectionTotal: PHQ9.items.length,
}));

const DIFFICULTY_STEP: QuestionStep = {
  kind: 'question',
  id: PHQ9_DIFFICULTY.id,
  item: PHQ9_DIFFICULTY,
  section: 'mood',
  position: null,
  sectionTotal: PHQ9.items.length,
};

const SUPPORT_STEP: SupportStep = { kind: 'support', id: SUPPORT };

/** Every step the check-in could ever show, for looking one up by id. */
const ALL_STEPS: readonly Step[] = [...MOOD_STEPS, SUPPORT_STEP, DIFFICULTY_STEP];

export function findStep(id: string): Step | undefined {
  return ALL_STEPS.find((step) => step.id === id);
}

/** The steps the answers so far lead through, in order. */
export function pathFor(answers: Answers): readonly Step[] {
  const path: Step[] = [...MOOD_STEPS];
  if (scorePhq9(answers).item9Flag) path.push(SUPPORT_STEP);
  if (phq9NeedsDifficulty(answers)) path.push(DIFFICULTY_STEP);
  return path;
}

function isAnswered(answers: Answers, step: Step): boolean {
  if (step.kind !== 'question') return true;
  const value = answers[step.id];
  return value !== undefined && step.item.options.some((o) => o.value === value);
}

/** The first question on the path without an answer, or RESULTS when all are answered. */
export function firstPendingStepId(answers: Answers): string {
  const pending = pathFor(answers).find((step) => !isAnswered(answers, step));
  return pending?.id ?? RESULTS;
}

/**
 * A step can be shown when it is on the path and every question before it has an answer.
 * Anything else (an old bookmark, a mistyped link, a reload that emptied the answers) is sent to the
 * first unanswered question instead.
 */
export function canVisit(answers: Answers, id: string): boolean {
  const path = pathFor(answers);
  const index = path.findIndex((step) => step.id === id);
  if (index === -1) return false;
  return path.slice(0, index).every((step) => isAnswered(answers, step));
}

/** The step after `id` on the path (RESULTS after the last one). */
export function nextStepId(answers: Answers, id: string): string {
  const path = pathFor(answers);
  const index = path.findIndex((step) => step.id === id);
  return path[index + 1]?.id ?? RESULTS;
}

/** The step before `id` on the path, or null on the first question (Back then leads to the start page). */
export function previousStepId(answers: Answers, id: string): string | null {
  const path = pathFor(answers);
  const index = path.findIndex((step) => step.id === id);
  return index > 0 ? (path[index - 1]?.id ?? null) : null;
}

/**
 * After changing one answer from the review list: show crisis support if this answer brought it,
 * then any question the change made necessary, then the results again.
 */
export function nextAfterChange(answers: Answers, id: string): string {
  const next = nextStepId(answers, id);
  if (next === SUPPORT) return SUPPORT;
  return firstPendingStepId(answers);
}
