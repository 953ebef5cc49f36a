/**
 * Overdose-safety questions: OURS, not a validated instrument, and unscored. Asked only when a TAPS-2
 * opioid block's first question is "Yes", or the street-opioids question below is. Each answer maps to a
 * tip whose sources are listed in docs/sources.md (see src/results/next-steps.ts).
 */
import type { AnswerOption, QuestionItem } from './types';

const YES_NO = [
  { value: 1, labelKey: 'safety.options.yes' },
  { value: 0, labelKey: 'safety.options.no' },
] as const satisfies readonly AnswerOption[];

export const FENTANYL_OPTIONS = [
  { value: 1, labelKey: 'safety.options.yes' },
  { value: 0, labelKey: 'safety.options.no' },
  { value: 2, labelKey: 'safety.options.notSure' },
] as const satisfies readonly AnswerOption[];

export type SafetyQuestion = 'alone' | 'mixing' | 'break' | 'naloxone' | 'fentanyl';

export interface SafetyItem extends QuestionItem {
  readonly question: SafetyQuestion;
}

const item = (key: SafetyQuestion, number: number, options: readonly AnswerOption[] = YES_NO): SafetyItem => ({
  question: key,
  id: `safety-${key}`,
  number,
  textKey: `safety.items.${key}`,
  options,
});

export const SAFETY_ITEMS: readonly SafetyItem[] = [
  item('alone', 1),
  item('mixing', 2),
  item('break', 3),
  item('naloxone', 4),
  item('fentanyl', 5, FENTANYL_OPTIONS),
];

/**
 * Ours, unscored: asked after any drug use other than "Never" in TAPS-1, after the heroin questions. People
 * who use street fentanyl or pills that did not come from a pharmacy, but not heroin, answer "No" to the
 * heroin question; a "Yes" here opens the safety questions and tips, as a "Yes" to heroin does.
 */
export const STREET_OPIOIDS_ITEM: QuestionItem = {
  id: 'street-opioids',
  number: 1,
  textKey: 'safety.streetOpioids',
  options: YES_NO,
};
