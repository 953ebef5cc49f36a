/**
 * One row of the results' advice (src/results/next-steps.ts reads the table top to bottom): every row
 * whose conditions all hold adds its message to its group. Conditions are data (lists of allowed values),
 * not nested ifs, so each row can be read, and tested, on its own. A missing condition means "any".
 * Here, below the instruments, because an instrument's own rows live in its registration (`nextSteps`).
 */
import type { OpioidCondition } from './facts';
import type { Phq9Band } from './phq9-score';
import type { SafetyQuestion } from './safety';

export type MoodCondition = Phq9Band | 'incomplete';

/** `linked`, `next`, `safety`, or the part of an instrument whose section shows the message (`mood`). */
export type Group = string;

export interface NextStepRule {
  readonly group: Group;
  /** Key in the `results` namespace. */
  readonly message: string;
  /** Its short line in the results at a glance (`results` key), for a next step that belongs there. */
  readonly glance?: string;
  /** The mood (PHQ-9) band, or 'incomplete' when the mood questions have no total. */
  readonly mood?: readonly MoodCondition[];
  /** Another scored instrument's band (its id, and the bands that match). */
  readonly band?: { readonly instrument: string; readonly in: readonly string[] };
  /** Whether any scored instrument's band is one clearly worth talking about (its `concernBands`). */
  readonly concern?: boolean;
  readonly opioid?: readonly OpioidCondition[];
  readonly substancePositive?: boolean;
  /** A safety answer among these (null: not answered, or not asked). */
  readonly safety?: { readonly question: SafetyQuestion; readonly answers: readonly (number | null)[] };
  /** PHQ-9 item 9 above 0 (true) or not (false). */
  readonly item9?: boolean;
  /** Opioid use by any route (PersonFacts.anyOpioidUse). */
  readonly anyOpioidUse?: boolean;
  /** Drugs or prescription misuse (PersonFacts.drugUse). */
  readonly drugUse?: boolean;
  readonly streetOpioids?: boolean;
  /** Only in these countries (a service, or a fact that holds there only). */
  readonly regions?: readonly string[];
}
