/**
 * The results' advice as one table of rules, read top to bottom: every row whose conditions all hold adds
 * its message to its group. Conditions are data (lists of allowed values), not nested ifs, so each row can
 * be read, and tested, on its own. A missing condition means "any".
 *
 * The rules read ONE summary of the whole person (NextStepContext: every band, item 9, the TAPS answers,
 * opioid use by any route, the safety answers, the country), so combinations are decided here, together:
 * item 9 with opioid use, a high GAD-7 with a low PHQ-9, drug use without opioids. The properties every
 * combination must hold are tested over the whole answer space (tests/property/whole-person.property.test.ts).
 *
 * Groups: `mood` and `anxiety` (what each questionnaire shows), `linked` (mood and opioid use together),
 * `next` (what to do next), `safety` (overdose-safety tips; docs/sources.md lists each source).
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
  /**
   * Opioid use by any route in the past 3 months: "Yes" to the first question of a TAPS-2 opioid block
   * (heroin; a prescription opioid not as prescribed), or to fentanyl or pills not from a pharmacy.
   */
  readonly anyOpioidUse: boolean;
  /** TAPS-1 drugs or prescription medicine other than Never (then the fentanyl question is asked). */
  readonly drugUse: boolean;
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
  /** Not when another scored instrument's band is one of these (a GAD-7 of 10 or more). */
  readonly notBand?: { readonly instrument: string; readonly in: readonly string[] };
  readonly opioid?: readonly OpioidCondition[];
  readonly substancePositive?: boolean;
  /** A safety answer among these (null: not answered, or not asked). */
  readonly safety?: { readonly question: SafetyQuestion; readonly answers: readonly (number | null)[] };
  /** PHQ-9 item 9 above 0 (true) or not (false). */
  readonly item9?: boolean;
  /** Opioid use by any route (NextStepContext.anyOpioidUse). */
  readonly anyOpioidUse?: boolean;
  /** Drugs or prescription misuse (NextStepContext.drugUse). */
  readonly drugUse?: boolean;
  readonly streetOpioids?: boolean;
  /** Only in these countries (a service, or a fact that holds there only). */
  readonly regions?: readonly string[];
}

const ABOVE_LOWEST: readonly Phq9Band[] = ['mild', 'moderate', 'moderatelySevere', 'severe'];
/** GAD-7 of 10 or more: the published cut point for further evaluation. */
const ANXIETY_HIGH = { instrument: 'gad7', in: ['moderate', 'severe'] } as const;
const YES = [1];
const NOT_YES = [0, 2, null];
/** Countries where fentanyl is known to run through the drug supply (CDC; Health Canada). */
const FENTANYL_SUPPLY = ['us', 'ca'];
/** Where naloxone can be had by the public (Mexico: hospitals and ambulances only). */
const NALOXONE_PUBLIC = ['us', 'ca', 'uk', 'es'];

// prettier-ignore
export const NEXT_STEP_RULES: readonly NextStepRule[] = [
  // What the mood answers show. With item 9 above 0, never "few problems", "can pass" or "keep an eye".
  { group: 'mood', message: 'mood.bandText.minimal', mood: ['minimal'], item9: false },
  { group: 'mood', message: 'mood.bandText.minimalItem9', mood: ['minimal'], item9: true },
  { group: 'mood', message: 'mood.bandText.mild', mood: ['mild'], item9: false },
  { group: 'mood', message: 'mood.bandText.mildItem9', mood: ['mild'], item9: true },
  { group: 'mood', message: 'mood.bandText.moderate', mood: ['moderate'] },
  { group: 'mood', message: 'mood.bandText.moderatelySevere', mood: ['moderatelySevere'] },
  { group: 'mood', message: 'mood.bandText.severe', mood: ['severe'] },
  { group: 'mood', message: 'mood.item9', item9: true },

  // What the anxiety answers show (GAD-7, when it was asked), and how anxiety and opioid withdrawal meet.
  { group: 'anxiety', message: 'anxiety.bandText.minimal', band: { instrument: 'gad7', in: ['minimal'] } },
  { group: 'anxiety', message: 'anxiety.bandText.mild', band: { instrument: 'gad7', in: ['mild'] }, item9: false },
  { group: 'anxiety', message: 'anxiety.bandText.mildItem9', band: { instrument: 'gad7', in: ['mild'] }, item9: true },
  { group: 'anxiety', message: 'anxiety.bandText.moderate', band: { instrument: 'gad7', in: ['moderate'] } },
  { group: 'anxiety', message: 'anxiety.bandText.severe', band: { instrument: 'gad7', in: ['severe'] } },
  { group: 'anxiety', message: 'anxiety.withdrawal', band: { instrument: 'gad7', in: ['minimal', 'mild', 'moderate', 'severe'] }, anyOpioidUse: true },

  // Mood and opioid use, both above the lowest level: say plainly they are linked and treated together.
  { group: 'linked', message: 'linked.both', mood: ABOVE_LOWEST, anyOpioidUse: true },
  { group: 'linked', message: 'linked.together', mood: ABOVE_LOWEST, anyOpioidUse: true },
  { group: 'linked', message: 'linked.medicines', mood: ABOVE_LOWEST, anyOpioidUse: true },

  // Item 9 above 0 comes first, whatever the total: talk with someone today.
  { group: 'next', message: 'nextSteps.talkToday', item9: true },
  // With opioid use too: an overdose can be on purpose; opioids and medicines out of reach; naloxone.
  { group: 'next', message: 'nextSteps.item9Opioids', item9: true, anyOpioidUse: true, regions: NALOXONE_PUBLIC },
  { group: 'next', message: 'nextSteps.item9OpioidsMx', item9: true, anyOpioidUse: true, regions: ['mx'] },
  { group: 'next', message: 'nextSteps.clinicianNow', mood: ['moderatelySevere', 'severe'] },
  // With item 9 above 0, never "in the next 2 weeks".
  { group: 'next', message: 'nextSteps.clinicianNow', mood: ['moderate'], item9: true },
  { group: 'next', message: 'nextSteps.clinicianSoon', mood: ['moderate'], item9: false },
  { group: 'next', message: 'nextSteps.anxietyClinician', band: ANXIETY_HIGH },
  { group: 'next', message: 'nextSteps.opioidHigherRisk', opioid: ['higherRisk'] },
  { group: 'next', message: 'nextSteps.opioidUse', opioid: ['use'] },
  // Any opioid use, by any route: how to start treatment with medicine, where the person lives.
  { group: 'next', message: 'nextSteps.startMedicine.us', anyOpioidUse: true, regions: ['us'] },
  { group: 'next', message: 'nextSteps.startMedicine.uk', anyOpioidUse: true, regions: ['uk'] },
  { group: 'next', message: 'nextSteps.startMedicine.ca', anyOpioidUse: true, regions: ['ca'] },
  { group: 'next', message: 'nextSteps.startMedicine.es', anyOpioidUse: true, regions: ['es'] },
  { group: 'next', message: 'nextSteps.startMedicine.mx', anyOpioidUse: true, regions: ['mx'] },
  // The CDC's facts on fentanyl are the US supply's; elsewhere, the step without them.
  { group: 'next', message: 'nextSteps.streetOpioids', streetOpioids: true, regions: ['us'] },
  { group: 'next', message: 'nextSteps.streetOpioidsOther', streetOpioids: true, regions: ['ca', 'uk', 'es', 'mx'] },
  { group: 'next', message: 'nextSteps.substanceTalk', substancePositive: true },
  // A national substance-use service, where the country has one.
  { group: 'next', message: 'nextSteps.helplineUs', substancePositive: true, regions: ['us'] },
  { group: 'next', message: 'nextSteps.helplineUk', substancePositive: true, regions: ['uk'] },
  { group: 'next', message: 'nextSteps.helplineMx', substancePositive: true, regions: ['mx'] },
  // Never beside item 9 or a high GAD-7: there, something is clearly worth talking about.
  { group: 'next', message: 'nextSteps.belowThreshold', mood: ['minimal', 'mild'], item9: false, notBand: ANXIETY_HIGH },
  { group: 'next', message: 'nextSteps.treatable', mood: ABOVE_LOWEST },
  { group: 'next', message: 'nextSteps.talkSomeone' },
  { group: 'next', message: 'nextSteps.recheck', mood: ['minimal', 'mild', 'incomplete'], item9: false, notBand: ANXIETY_HIGH },
  { group: 'next', message: 'nextSteps.crisisAlways' },

  // Naloxone, for any opioid use; where to get it depends on the country. In Mexico it is a controlled
  // medicine, used by hospitals and ambulances: there, the tip says so and what to do instead.
  { group: 'safety', message: 'safetyTips.naloxoneGet', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: NALOXONE_PUBLIC },
  { group: 'safety', message: 'safetyTips.naloxoneWhereUs', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereCa', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereUk', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: ['uk'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereOther', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: ['es'] },
  { group: 'safety', message: 'safetyTips.naloxoneMx', anyOpioidUse: true, safety: { question: 'naloxone', answers: NOT_YES }, regions: ['mx'] },
  { group: 'safety', message: 'safetyTips.naloxoneHave', anyOpioidUse: true, safety: { question: 'naloxone', answers: YES } },
  // Drug use without opioids, where fentanyl runs through the supply: it turns up in other drugs too.
  { group: 'safety', message: 'safetyTips.fentanylOtherDrugsUs', drugUse: true, anyOpioidUse: false, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.fentanylCa', drugUse: true, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.naloxoneGet', drugUse: true, anyOpioidUse: false, regions: FENTANYL_SUPPLY },
  { group: 'safety', message: 'safetyTips.naloxoneWhereUs', drugUse: true, anyOpioidUse: false, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.naloxoneWhereCa', drugUse: true, anyOpioidUse: false, regions: ['ca'] },
  // The UK: nitazenes in heroin and fake tablets.
  { group: 'safety', message: 'safetyTips.nitazenesUk', drugUse: true, regions: ['uk'] },
  // Not using alone: for any opioid use, and for drug use where fentanyl runs through the supply.
  { group: 'safety', message: 'safetyTips.alone', anyOpioidUse: true },
  { group: 'safety', message: 'safetyTips.alone', drugUse: true, regions: FENTANYL_SUPPLY },
  { group: 'safety', message: 'safetyTips.aloneCa', anyOpioidUse: true, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.aloneCa', drugUse: true, regions: ['ca'] },
  { group: 'safety', message: 'safetyTips.mixing', safety: { question: 'mixing', answers: YES } },
  { group: 'safety', message: 'safetyTips.break', safety: { question: 'break', answers: YES } },
  { group: 'safety', message: 'safetyTips.fentanylMaybe', safety: { question: 'fentanyl', answers: [1, 2] }, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.fentanylNo', safety: { question: 'fentanyl', answers: [0] }, regions: ['us'] },
  { group: 'safety', message: 'safetyTips.overdose', anyOpioidUse: true, regions: NALOXONE_PUBLIC },
  { group: 'safety', message: 'safetyTips.overdose', drugUse: true, regions: FENTANYL_SUPPLY },
  { group: 'safety', message: 'safetyTips.overdoseMx', anyOpioidUse: true, regions: ['mx'] },
  { group: 'safety', message: 'safetyTips.xylazineUs', anyOpioidUse: true, regions: ['us'] },
];

function matches(rule: NextStepRule, context: NextStepContext): boolean {
  const mood = (context.bands.phq9 ?? 'incomplete') as MoodCondition;
  if (rule.mood && !rule.mood.includes(mood)) return false;
  if (rule.band && !rule.band.in.includes(context.bands[rule.band.instrument] ?? 'incomplete')) return false;
  if (rule.notBand && rule.notBand.in.includes(context.bands[rule.notBand.instrument] ?? 'incomplete')) return false;
  if (rule.opioid && !rule.opioid.includes(context.opioid)) return false;
  if (rule.substancePositive !== undefined && rule.substancePositive !== context.substancePositive) return false;
  if (rule.safety) {
    const answer = context.safety[rule.safety.question] ?? null;
    if (!rule.safety.answers.includes(answer)) return false;
  }
  if (rule.regions && !rule.regions.includes(context.region)) return false;
  if (rule.item9 !== undefined && rule.item9 !== context.item9) return false;
  if (rule.streetOpioids !== undefined && rule.streetOpioids !== context.streetOpioids) return false;
  if (rule.anyOpioidUse !== undefined && rule.anyOpioidUse !== context.anyOpioidUse) return false;
  if (rule.drugUse !== undefined && rule.drugUse !== context.drugUse) return false;
  return true;
}

/** The messages of one group that apply, in table order, each once (two rows may give one message). */
export function nextSteps(context: NextStepContext, group: Group = 'next', rules: readonly NextStepRule[] = NEXT_STEP_RULES): string[] {
  return [...new Set(rules.filter((rule) => rule.group === group && matches(rule, context)).map((rule) => rule.message))];
}
