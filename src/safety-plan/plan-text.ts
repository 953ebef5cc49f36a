/**
 * The plan as plain text, for "Save my plan as a file" and the printed page: each step's heading, what the
 * person wrote, and what the page adds (the country's crisis lines, the ways to make surroundings safer).
 * Pure: the caller gives the wording.
 */
import { stripCitations } from '../ui/cited-text';
import { PLAN_STEPS, saferLines, type OpioidsKnown } from './plan-steps';
import type { Plan } from './plan-store';

export type PlanTranslate = (key: string, values?: Record<string, unknown>) => string;

export interface PlanContext {
  readonly opioids: OpioidsKnown;
  readonly region: string;
  /** The crisis lines and emergency number, one line each ("988 Suicide & Crisis Lifeline: Call 988, Text 988"). */
  readonly contacts: readonly string[];
  readonly emergency: string;
  readonly date: string;
}

export function planText(plan: Plan, context: PlanContext, t: PlanTranslate): string {
  const lines = [t('printTitle'), t('printDate', { date: context.date }), t('printLead'), ''];
  for (const step of PLAN_STEPS) {
    lines.push(t('stepHeading', { number: step.number, heading: t(`steps.${step.field}.heading`) }));
    if (step.crisisContacts) lines.push(...context.contacts.map((contact) => `- ${contact}`));
    if (step.safer) lines.push(...saferLines(context.opioids, context.region).map((key) => `- ${stripCitations(t(key))}`));
    const written = plan[step.field].trim();
    lines.push(written === '' ? t('empty') : written, '');
  }
  lines.push(t('emergency', { number: context.emergency }));
  // Windows' Notepad and every other editor read CRLF line ends.
  return `${lines.join('\r\n')}\r\n`;
}
