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
import type { PersonFacts } from '../instruments/facts';
import type { Group, MoodCondition, NextStepRule } from '../instruments/next-step-rule';
import type { Phq9Band } from '../instruments/phq9-score';
import { INSTRUMENTS } from '../instruments/registry';
import type { Instrument } from '../instruments/registry-types';

export type { NextStepRule } from '../instruments/next-step-rule';

export interface NextStepContext extends PersonFacts {
  /** The reader's country (region id): some advice holds in one country only. */
  readonly region: string;
}

const ABOVE_LOWEST: readonly Phq9Band[] = ['mild', 'moderate', 'moderatelySevere', 'severe'];
const YES = [1];
const NOT_YES = [0, 2, null];
/** Countries where fentanyl is known to run through the drug supply (CDC; Health Canada). */
const FENTANYL_SUPPLY = ['us', 'ca'];
/** Where naloxone can be had by the public (Mexico: hospitals and ambulances only). */
const NALOXONE_PUBLIC = ['us', 'ca', 'uk', 'es'];

/** What the mood answers show, mood with opioid use, and the first next steps (crisis, a clinician). */
// prettier-ignore
const EARLY_RULES: readonly NextStepRule[] = Object.freeze([
  // What the mood answers show. With item 9 above 0, never "few problems", "can pass" or "keep an eye".
  { group: 'mood', message: 'mood.bandText.minimal', mood: ['minimal'], item9: false },
  { group: 'mood', message: 'mood.bandText.minimalItem9', mood: ['minimal'], item9: true },
  { group: 'mood', message: 'mood.bandText.mild', mood: ['mild'], item9: false },
  { group: 'mood', message: 'mood.bandText.mildItem9', mood: ['mild'], item9: true },
  { group: 'mood', message: 'mood.bandText.moderate', mood: ['moderate'] },
  { group: 'mood', message: 'mood.bandText.moderatelySevere', mood: ['moderatelySevere'] },
  { group: 'mood', message: 'mood.bandText.severe', mood: ['severe'] },
  { group: 'mood', message: 'mood.item9', item9: true },

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
]);

/** After the instruments' own rows (registration `nextSteps`: the GAD-7's), what depends on substance use. */
// prettier-ignore
const LATER_RULES: readonly NextStepRule[] = Object.freeze([
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
  { group: 'next', message: 'nextSteps.belowThreshold', mood: ['minimal', 'mild'], item9: false, concern: false },
  { group: 'next', message: 'nextSteps.treatable', mood: ABOVE_LOWEST },
  { group: 'next', message: 'nextSteps.talkSomeone' },
  { group: 'next', message: 'nextSteps.recheck', mood: ['minimal', 'mild', 'incomplete'], item9: false, concern: false },
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
]);

/**
 * The whole table: the rows that read the whole person, with each registered instrument's own rows (its
 * group's messages, and its next step) after the first next steps, in registry order.
 */
export function rulesFor(instruments: readonly Instrument[] = INSTRUMENTS): readonly NextStepRule[] {
  return [...EARLY_RULES, ...instruments.flatMap((instrument) => instrument.nextSteps ?? []), ...LATER_RULES];
}

export const NEXT_STEP_RULES: readonly NextStepRule[] = rulesFor();

function matches(rule: NextStepRule, context: NextStepContext): boolean {
  const mood = (context.bands.phq9 ?? 'incomplete') as MoodCondition;
  if (rule.mood && !rule.mood.includes(mood)) return false;
  if (rule.band && !rule.band.in.includes(context.bands[rule.band.instrument] ?? 'incomplete')) return false;
  if (rule.concern !== undefined && rule.concern !== context.concerns.length > 0) return false;
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
