/**
 * The six steps of a safety plan (Stanley & Brown's Safety Planning Intervention, 2012; facts.md §9), as
 * data: what each asks the person to write (`plan` locale keys), and what the page adds to a step from the
 * reader's country and the check-in (the crisis lines in step 5; opioids, medicines and naloxone in step 6).
 * Pure: no React.
 */
import type { PersonFacts } from '../instruments/facts';

export const PLAN_FIELDS = ['warningSigns', 'coping', 'distraction', 'people', 'professionals', 'environment'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

export interface PlanStep {
  readonly field: PlanField;
  /** `plan` keys: `steps.<field>.heading`, `.hint`, `.label`. */
  readonly number: number;
  /** Step 5: the country's crisis lines and emergency number, listed before the person's own. */
  readonly crisisContacts?: true;
  /** Step 6: ways to make the surroundings safer, before the person's own. */
  readonly safer?: true;
}

export const PLAN_STEPS: readonly PlanStep[] = PLAN_FIELDS.map((field, index) => ({
  field,
  number: index + 1,
  ...(field === 'professionals' ? { crisisContacts: true as const } : {}),
  ...(field === 'environment' ? { safer: true as const } : {}),
}));

/**
 * What the check-in tells the plan: opioid use in the past 3 months (`yes`), none (`no`), or nothing known
 * (the plan opened from the family guide or Getting help: `unknown`).
 */
export type OpioidsKnown = 'yes' | 'no' | 'unknown';

/** What the check-in's answers say about opioid use, for step 6 (the substance part may be skipped or not reached). */
export function opioidsKnown(facts: Pick<PersonFacts, 'opioid' | 'anyOpioidUse'>): OpioidsKnown {
  if (facts.anyOpioidUse) return 'yes';
  return facts.opioid === 'notAnswered' ? 'unknown' : 'no';
}

/**
 * Step 6's lines (`plan` keys), by what is known and where the reader is. Every one cites its source in
 * the strings. Naloxone is not named in Mexico, where it is a controlled medicine that people cannot keep
 * at home (facts.md §9).
 */
export type SaferKey = 'safer.means' | `safer.${'opioids' | 'ifOpioids'}.${'medicines' | 'naloxone'}`;

export function saferLines(opioids: OpioidsKnown, region: string): SaferKey[] {
  const lines: SaferKey[] = ['safer.means'];
  if (opioids === 'no') return lines;
  const prefix = opioids === 'yes' ? 'opioids' : 'ifOpioids';
  lines.push(`safer.${prefix}.medicines`);
  if (region !== 'mx') lines.push(`safer.${prefix}.naloxone`);
  return lines;
}

/** The references the plan cites, by id as in its strings (`[n]`); docs/sources.md lists each. */
export const PLAN_REFERENCES = [
  { id: 1, textKey: 'references.1', url: 'https://vdocuments.us/545796626-stanleybrown.html' },
  { id: 2, textKey: 'references.2', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6142908/' },
  { id: 3, textKey: 'references.3', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6191653/' },
  { id: 4, textKey: 'references.4', url: 'https://psychiatryonline.org/doi/full/10.1176/appi.focus.20200003' },
] as const;
