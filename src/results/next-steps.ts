/**
 * The results' "next steps" as a table of rules, read top to bottom: every row whose conditions all hold
 * adds its message. Conditions are data (lists of bands), not nested ifs, so each row can be read and
 * tested on its own. A missing condition means "any".
 */
import type { Phq9Band } from '../instruments/phq9-score';

export type NextStepMessage =
  | 'nextSteps.clinicianNow'
  | 'nextSteps.clinicianSoon'
  | 'nextSteps.belowThreshold'
  | 'nextSteps.talkSomeone'
  | 'nextSteps.recheck'
  | 'nextSteps.treatable'
  | 'nextSteps.crisisAlways';

export interface NextStepRule {
  readonly message: NextStepMessage;
  /** Mood bands this row applies to; `incomplete` = no total because answers are missing. */
  readonly mood?: readonly (Phq9Band | 'incomplete')[];
}

export interface NextStepContext {
  readonly moodBand: Phq9Band | null;
}

export const NEXT_STEP_RULES: readonly NextStepRule[] = [
  { message: 'nextSteps.clinicianNow', mood: ['moderatelySevere', 'severe'] },
  { message: 'nextSteps.clinicianSoon', mood: ['moderate'] },
  { message: 'nextSteps.belowThreshold', mood: ['minimal', 'mild'] },
  { message: 'nextSteps.treatable', mood: ['mild', 'moderate', 'moderatelySevere', 'severe'] },
  { message: 'nextSteps.talkSomeone' },
  { message: 'nextSteps.recheck', mood: ['minimal', 'mild', 'incomplete'] },
  { message: 'nextSteps.crisisAlways' },
];

function matches(rule: NextStepRule, context: NextStepContext): boolean {
  const mood = context.moodBand ?? 'incomplete';
  return rule.mood === undefined || rule.mood.includes(mood);
}

export function nextSteps(context: NextStepContext, rules: readonly NextStepRule[] = NEXT_STEP_RULES): NextStepMessage[] {
  return rules.filter((rule) => matches(rule, context)).map((rule) => rule.message);
}
