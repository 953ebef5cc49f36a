/**
 * Overdose-safety questions: OURS, not a validated instrument, and unscored. Asked only when a TAPS-2
 * opioid block's first question is "Yes". Each answer maps to a tip sourced in shared/content/facts.md §6
 * (see src/results/next-steps.ts).
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

export const SAFETY_ANSWER = { no: 0, yes: 1, notSure: 2 } as const;
