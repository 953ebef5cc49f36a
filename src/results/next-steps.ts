/**
 * The results' advice as one table of rules, read top to bottom: every row whose conditions all hold adds
 * its message to its group. Conditions are data (lists of allowed values), not nested ifs, so each row can
 * be read, and tested, on its own. A missing condition means "any".
 *
 * Groups: `mood` (what the mood answers show), `linked` (mood and opioid use together), `next` (what to do
 * next), `safety` (overdose-safety tips, one per safety answer; docs/sources.md lists each source).
 */
import type { Phq9Band } from '../instruments/phq9-score';
import type { SafetyQuestion } from '../instruments/safety';
import type { OpioidLevel } from '../instruments/taps-score';

export type MoodCondition = Phq9Band | 'incomplete';
/** `notAnswered`: substance part skipped or not asked. `none`: answered, no opioid use in the past 3 months. */
export type OpioidCondition = OpioidLevel | 'notAnswered';

export interface NextStepContext {
  /** The band of each scored instrument answered (`phq9`: the mood band), or null when it has no total. */
  readonly bands: Readonly<Record<string, string | null>>;
  readonly opioid: OpioidCondition;
  /** Any TAPS-1 answer other than Never. */
  readonly substancePositive: boolean;
  /** Safety answers (0 no, 1 yes, 2 not sure), when the safety questions were asked. */
  readonly safety: Partial<Record<SafetyQuestion, number>>;
  /** PHQ-9 item 9 answered above 0: whatever the total, talk with someone today. */
  readonly item9: boolean;
  /** "Yes" to our question on fentanyl or pills not from a pharmacy. */
  readonly streetOpioids: boolean;
  /** The reader's country (region id): some advice holds in one country only. */
  readonly region: string;
}

/** `linked`, `next`, `safety`, or the part of an instrument whose section shows the message (`mood`). */
export type Group = string;

export interface NextStepRule {
  readonly group: Group;
  /** Key in the `results` namespace. */
  readonly message: string;
  /** The mood (PHQ-9) band, or 'incomplete' when the mood questions have no total. */
  readonly mood?: readonly MoodCondition[];
  /** Another scored instrument's band (its id, and the bands that match). */
  readonly band?: { readonly instrument: string; readonly in: readonly string[] };
  readonly opioid?: readonly OpioidCondition[];
  readonly substancePositive?: boolean;
  readonly safety?: { readonly question: SafetyQuestion; readonly answers: readonly number[] };
  /** True: only when the safety questions were asked. */
  readonly safetyAsked?: boolean;
  /** PHQ-9 item 9 above 0 (true) or not (false). */
  readonly item9?: boolean;
  /** Any opioid use: a TAPS-2 block above 0, or "Yes" to fentanyl or pills not from a pharmacy. */
  readonly anyOpioidUse?: boolean;
  readonly streetOpioids?: boolean;
  /** Only in these countries (a service, or a fact that holds there only). */
  readonly regions?: readonly string[];
}

const ABOVE_LOWEST: readonly Phq9Band[] = ['mild', 'moderate', 'moderatelySevere', 'severe'];
const OPIOID_USE: readonly OpioidCondition[] = ['use', 'higherRisk'];
const YES = [1];
const NO = [0];

// prettier-ignore
export const NEXT_STEP_RULES: readonly NextStepRule[] = [
  // What the mood answers show. A low total with item 9 above 0 is never "few problems".
  { group: 'mood', message: 'mood.bandText.minimal', mood: ['minimal'], item9: false },
  { group: 'mood', message: 'mood.bandText.minimalItem9', mood: ['minimal'], item9: true },
  { group: 'mood', message: 'mood.bandText.mild', mood: ['mild'] },
  { group: 'mood', message: 'mood.bandText.moderate', mood: ['moderate'] },
  { group: 'mood', message: 'mood.bandText.moderatelySevere', mood: ['moderatelySevere'] },
  { group: 'mood', message: 'mood.bandText.severe', mood: ['severe'] },
  { group: 'mood', message: 'mood.item9', item9: true },

  // What the anxiety answers show (GAD-7, when it was asked), and how anxiety and opioid withdrawal meet.
  { group: 'anxiety', message: 'anxiety.bandText.minimal', band: { instrument: 'gad7', in: ['minimal'] } },
  { group: 'anxiety', message: 'anxiety.bandText.mild', band: { instrument: 'gad7', in: ['mild'] } },
  { group: 'anxiety', message: 'anxiety.bandText.moderate', band: { instrument: 'gad7', in: ['moderate'] } },
  { group: 'anxiety', message: 'anxiety.bandText.severe', band: { instrument: 'gad7', in: ['severe'] } },
  { group: 'anxiety', message: 'anxiety.withdrawal', band: { instrument: 'gad7', in: ['minimal', 'mild', 'moderate', 'severe'] } },

  // Mood and opioid use, both above the lowest level: say plainly they are linked and treated together.
  { group: 'linked', message: 'linked.both', mood: ABOVE_LOWEST, anyOpioidUse: true },
  { group: 'linked', message: 'linked.together', mood: ABOVE_LOWEST, anyOpioidUse: true },
  { group: 'linked', message: 'linked.medicines', mood: ABOVE_LOWEST, anyOpioidUse: true },

  // Item 9 above 0 comes first, whatever the total.
  { group: 'next', message: 'nextSteps.talkToday', item9: true },
  { group: 'next', message: 'nextSteps.clinicianNow', mood: ['moderatelySevere', 'severe'] },
  { group: 'next', message: 'nextSteps.clinicianSoon', mood: ['moderate'] },
  { group: 'next', message: 'nextSteps.opioidHigherRisk', opioid: ['higherRisk'] },
  { group: 'next', message: 'nextSteps.opioidUse', opioid: ['use'] },
  { group: 'next', message: 'nextSteps.streetOpioids', streetOpioids: true },
  { group: 'next', message: 'nextSteps.substanceTalk', substancePositive: true },
  // A national substance-use service, where the country has one.
  { group: 'next', message: 'nextSteps.helplineUs', substancePositive: true, regions: ['us'] },
  { group: 'next', message: 'nextSteps.helplineUk', substancePositive: true, regions: ['uk'] },
  { group: 'next', message: 'nextSteps.helplineMx', substancePositive: true, regions: ['mx'] },
  { group: 'next', message: 'nextSteps.belowThreshold', mood: ['minimal', 'mild'] },
  { group: 'next', message: 'nextSteps.treatable', mood: ABOVE_LOWEST },
  { group: 'next', message: 'nextSteps.talkSomeone' },
  { group: 'next', message: 'nextSteps.recheck', mood: ['minimal', 'mild', 'incomplete'], item9: false },
  { group: 'next', message: 'nextSteps.crisisAlways' },

  { group: 'safety', message: 'safetyTips.naloxoneGet', safety: { question: 'naloxone', answers: NO } },
  // Where to get it depends on the country.
  { group: 'safety', message: 'safetyTips.naloxoneWhereUs', safety: { question: 'naloxone', answers: NO }, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereCa', safety: { question: 'naloxone', answers: NO }, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereUk', safety: { question: 'naloxone', answers: NO }, regions: ['uk'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereOther', safety: { question: 'naloxone', answers: NO }, regions: ['mx', 'es'] },
  { group: 'safety', message: 'safetyTips.naloxoneHave', safety: { question: 'naloxone', answers: YES } },
  { group: 'safety', message: 'safetyTips.alone', safety: { question: 'alone', answers: YES } },
  { group: 'safety', message: 'safetyTips.aloneCa', safety: { question: 'alone', answers: YES }, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.mixing', safety: { question: 'mixing', answers: YES } },
  { group: 'safety', message: 'safetyTips.break', safety: { question: 'break', answers: YES } },
  { group: 'safety', message: 'safetyTips.fentanylMaybe', safety: { question: 'fentanyl', answers: [1, 2] } },
  { group: 'safety', message: 'safetyTips.fentanylNo', safety: { question: 'fentanyl', answers: NO } },
  { group: 'safety', message: 'safetyTips.overdose', safetyAsked: true },
  { group: 'safety', message: 'safetyTips.xylazineUs', safetyAsked: true, regions: ['us'] },
];

function matches(rule: NextStepRule, context: NextStepContext): boolean {
  const mood = (context.bands.phq9 ?? 'incomplete') as MoodCondition;
  if (rule.mood && !rule.mood.includes(mood)) return false;
  if (rule.band && !rule.band.in.includes(context.bands[rule.band.instrument] ?? 'incomplete')) return false;
  if (rule.opioid && !rule.opioid.includes(context.opioid)) return false;
  if (rule.substancePositive !== undefined && rule.substancePositive !== context.substancePositive) return false;
  if (rule.safety) {
    const answer = context.safety[rule.safety.question];
    if (!rule.safety.answers.some((allowed) => allowed === answer)) return false;
  }
  if (rule.safetyAsked && Object.keys(context.safety).length === 0) return false;
  if (rule.regions && !rule.regions.includes(context.region)) return false;
  if (rule.item9 !== undefined && rule.item9 !== context.item9) return false;
  if (rule.streetOpioids !== undefined && rule.streetOpioids !== context.streetOpioids) return false;
  if (rule.anyOpioidUse !== undefined && rule.anyOpioidUse !== (OPIOID_USE.includes(context.opioid) || context.streetOpioids)) return false;
  return true;
}

/** The messages of one group that apply, in table order. */
export function nextSteps(context: NextStepContext, group: Group = 'next', rules: readonly NextStepRule[] = NEXT_STEP_RULES): string[] {
  return rules.filter((rule) => rule.group === group && matches(rule, context)).map((rule) => rule.message);
}
