/**
 * The screens of the check-in, as data. Each registered instrument (registry.ts) says which of its
 * questions come next for the answers so far; the flow (src/session/flow.ts) strings the instruments
 * together. Pure: no React.
 */
import type { Answers, QuestionItem } from './types';

export const RESULTS = 'results';
/** Crisis support: shown straight after an answer that calls for it (PHQ-9 item 9 above 0). */
export const SUPPORT = 'support';

/** The message a question shows when Next is pressed without an answer (a `checkin` locale key). */
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
  /** The part of the check-in it belongs to: its group in the review list ('mood', 'substance', 'safety'…). */
  readonly part: string;
  /** `checkin` locale key of the progress line ("Mood: question {{position}} of {{total}}"). */
  readonly progressKey: string;
  /** 1-based position among its group's numbered questions; null for an extra question (PHQ-9 Q10). */
  readonly position: number | null;
  readonly sectionTotal: number;
  readonly errorKey: ErrorKey;
  /** `instruments` locale key of the stem shown above the question, if any. */
  readonly stemKey?: string;
  /** An optional step may be passed with no answer (the alcohol amount: the lower threshold applies). */
  readonly optional?: boolean;
  /** Wording that is our translation, not a validated one, outside English: the screen says so. */
  readonly translationNote?: boolean;
}

export interface SupportStep {
  readonly kind: 'support';
  readonly id: typeof SUPPORT;
}

/** Before an instrument that a person may choose to answer or skip: what it asks and why. */
export interface IntroStep {
  readonly kind: 'intro';
  /** The step's id, and the `checkin` locale keys of its wording (`intro.<id>.*`). */
  readonly id: string;
  /** Where the choice is kept: 1 = answer the questions, 0 = skip them. */
  readonly consentId: string;
}

export type Step = QuestionStep | SupportStep | IntroStep;

export const SUPPORT_STEP: SupportStep = { kind: 'support', id: SUPPORT };

/** Question steps for a list of items: numbered from 1 in the given group, with the same wording keys. */
export function questionSteps(
  items: readonly QuestionItem[],
  shared: Pick<QuestionStep, 'part' | 'progressKey' | 'errorKey' | 'stemKey' | 'translationNote'> & { numbered?: boolean; total?: number },
): QuestionStep[] {
  const { numbered = true, total = items.length, ...rest } = shared;
  return items.map((item, index) => ({ kind: 'question', id: item.id, item, position: numbered ? index + 1 : null, sectionTotal: total, ...rest }));
}

/** The wording key of a question for these answers (the TAPS alcohol item follows the amount chosen). */
export function questionTextKey(item: QuestionItem, answers: Answers): string {
  return item.textKeyFor ? item.textKeyFor(answers) : item.textKey;
}
