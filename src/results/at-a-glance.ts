/**
 * The results at a glance: what the first screen under the crisis panel says. Pure, no React: each part's
 * one-line result, and the most important next steps (at most three), picked from the same whole-person
 * rules as the details below, in their order (item 9 first), each as a short line. The details follow on
 * the page; nothing here is new advice.
 */
import type { NextStepContext } from './next-steps';
import { NEXT_STEP_RULES, nextSteps } from './next-steps';
import type { Summary } from './summary';

/**
 * A full next-step message → its short line (`glance.steps.*`), with the instruments' own (their rows'
 * `glance`). Messages not listed are details only.
 */
const SHORT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(NEXT_STEP_RULES.flatMap((rule) => (rule.glance ? [[rule.message, rule.glance]] : []))),
  'nextSteps.talkToday': 'glance.steps.talkToday',
  'nextSteps.item9Opioids': 'glance.steps.meansOutOfReach',
  'nextSteps.item9OpioidsMx': 'glance.steps.meansOutOfReach',
  'nextSteps.clinicianNow': 'glance.steps.clinicianNow',
  'nextSteps.clinicianSoon': 'glance.steps.clinicianSoon',
  'nextSteps.opioidHigherRisk': 'glance.steps.startMedicine',
  'nextSteps.opioidUse': 'glance.steps.startMedicine',
  'nextSteps.startMedicine.us': 'glance.steps.startMedicine',
  'nextSteps.startMedicine.uk': 'glance.steps.startMedicine',
  'nextSteps.startMedicine.ca': 'glance.steps.startMedicine',
  'nextSteps.startMedicine.es': 'glance.steps.startMedicine',
  'nextSteps.startMedicine.mx': 'glance.steps.startMedicine',
  'safetyTips.naloxoneGet': 'glance.steps.naloxone',
  'safetyTips.naloxoneHave': 'glance.steps.naloxone',
  'safetyTips.fentanylOtherDrugsUs': 'glance.steps.naloxone',
  'safetyTips.fentanylCa': 'glance.steps.naloxone',
  'nextSteps.substanceTalk': 'glance.steps.substanceTalk',
  'nextSteps.talkSomeone': 'glance.steps.talkSomeone',
  'nextSteps.recheck': 'glance.steps.recheck',
};

export const GLANCE_STEPS = 3;

/** The short next steps, most important first, at most three. */
export function glanceSteps(context: NextStepContext): string[] {
  const full = [...nextSteps(context, 'next'), ...nextSteps(context, 'safety')];
  // Next steps first, in the rules' order; a safety tip (naloxone) only after the steps about seeing someone.
  const ordered = [...full.filter((key) => key.startsWith('nextSteps.') && key !== 'nextSteps.talkSomeone' && key !== 'nextSteps.recheck' && key !== 'nextSteps.substanceTalk'), ...full.filter((key) => key.startsWith('safetyTips.')), 'nextSteps.substanceTalk', 'nextSteps.talkSomeone', 'nextSteps.recheck'].filter((key) => full.includes(key));
  return [...new Set(ordered.flatMap((key) => (SHORT[key] ? [SHORT[key]] : [])))].slice(0, GLANCE_STEPS);
}

/** One line for the substance-use part: the highest opioid level, or drug use, or none (null: not answered). */
export function substanceLine(summary: Summary): string | null {
  const { context } = summary;
  if (context.opioid === 'notAnswered') return null;
  if (context.opioid === 'higherRisk') return 'glance.substance.higherRisk';
  if (context.anyOpioidUse) return 'glance.substance.opioidUse';
  if (context.substancePositive) return 'glance.substance.use';
  return 'glance.substance.none';
}
