/**
 * Which Learn page fits a result best: mood and opioid use together → how they affect each other;
 * opioid use alone → treatment and staying safe; otherwise → what depression is.
 */
import type { LearnSlug } from '../learn/pages';
import type { NextStepContext } from './next-steps';

export function explainerFor(context: Pick<NextStepContext, 'bands' | 'opioid'> & { streetOpioids?: boolean }): LearnSlug {
  const mood = context.bands.phq9 ?? null;
  const moodAboveLowest = mood !== null && mood !== 'minimal';
  const opioidUse = context.opioid === 'use' || context.opioid === 'higherRisk' || Boolean(context.streetOpioids);
  if (moodAboveLowest && opioidUse) return 'opioids-and-mood';
  if (opioidUse) return 'treatment-and-safety';
  return 'what-is-depression';
}
