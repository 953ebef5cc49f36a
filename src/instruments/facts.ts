/**
 * What the next-step rules know about the whole person, from every instrument answered (no country: the
 * results add the reader's). Each instrument adds its part through its registration (`summarise`, and
 * the band of a banded one), so the summary never names an instrument: src/results/summary.ts merges
 * them, and src/results/next-steps.ts reads them together (item 9 with opioid use, a high GAD-7 with a low
 * PHQ-9).
 */
import type { SafetyQuestion } from './safety';
import type { OpioidLevel } from './taps-score';

/** `notAnswered`: substance part skipped or not asked. `none`: answered, no opioid use in the past 3 months. */
export type OpioidCondition = OpioidLevel | 'notAnswered';

export interface PersonFacts {
  /** The band of each scored instrument answered (`phq9`: the mood band), or null when it has no total. */
  readonly bands: Readonly<Record<string, string | null>>;
  /**
   * The scored instruments whose band is clearly worth talking about with a clinician (their
   * registration's `concernBands`: a GAD-7 of 10 or more), so "below the usual threshold" is never said.
   */
  readonly concerns: readonly string[];
  readonly opioid: OpioidCondition;
  /** Any TAPS-1 answer other than Never. */
  readonly substancePositive: boolean;
  /** Safety answers (0 no, 1 yes, 2 not sure), when the safety questions were asked. */
  readonly safety: Partial<Record<SafetyQuestion, number>>;
  /** PHQ-9 item 9 answered above 0: whatever the total, talk with someone today. */
  readonly item9: boolean;
  /** "Yes" to our question on fentanyl or pills not from a pharmacy. */
  readonly streetOpioids: boolean;
  /**
   * Opioid use by any route in the past 3 months: "Yes" to the first question of a TAPS-2 opioid block
   * (heroin; a prescription opioid not as prescribed), or to fentanyl or pills not from a pharmacy.
   */
  readonly anyOpioidUse: boolean;
  /** TAPS-1 drugs or prescription medicine other than Never (then the fentanyl question is asked). */
  readonly drugUse: boolean;
}

/** Nothing answered: the facts before any instrument adds its own. */
export const NO_FACTS: PersonFacts = Object.freeze({
  bands: {},
  concerns: [],
  opioid: 'notAnswered',
  substancePositive: false,
  safety: {},
  item9: false,
  streetOpioids: false,
  anyOpioidUse: false,
  drugUse: false,
});

/** What one instrument's answers add: facts for the rules, and a detail its own section reads. */
export interface InstrumentOutcome {
  readonly facts: Partial<Omit<PersonFacts, 'bands' | 'concerns'>>;
  readonly detail?: unknown;
}
