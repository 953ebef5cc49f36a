/**
 * TAPS — Tobacco, Alcohol, Prescription medication and other Substance use (NIDA Clinical Trials Network).
 * We use TAPS-1 (all four items, past 12 months) and only the two OPIOID blocks of TAPS-2 (past 3 months).
 * Sources: HL7 US Core Questionnaire-TAPS (LOINC panel 96841-2); NIDA TAPS tool pages; TAPS-2 wording as
 * transcribed in clinical software; Bunting et al. 2023 (PubMed 37579113) for opioid accuracy; myTAPS
 * validation (Addict Sci Clin Pract 2019). TAPS-1 is NIH-funded and treated as public domain in the US.
 * NIDA presents TAPS for use with a clinician: results say "worth talking about with a clinician", never a
 * diagnosis. No validated Spanish TAPS exists: any Spanish wording is our translation and says so.
 * Wording (verbatim) lives in src/locales/<lng>/instruments.json under `taps`.
 */
import type { Answers, AnswerOption, ItemVariant, QuestionItem } from './types';

/**
 * TAPS-1 frequency options in the published order. Never = 0; any other answer is a positive screen. The
 * LOINC answer codes are those of US Core's TAPS Questionnaire (US Core 9.0.0, `Questionnaire-TAPS`), whose
 * displays are our English wording.
 */
export const TAPS1_OPTIONS = [
  { value: 4, labelKey: 'taps.options.daily', loinc: 'LA18934-2' },
  { value: 3, labelKey: 'taps.options.weekly', loinc: 'LA18891-4' },
  { value: 2, labelKey: 'taps.options.monthly', loinc: 'LA18876-5' },
  { value: 1, labelKey: 'taps.options.lessThanMonthly', loinc: 'LA18933-4' },
  { value: 0, labelKey: 'taps.options.never', loinc: 'LA6270-8' },
] as const satisfies readonly AnswerOption[];

export const NEVER = 0;

export const YES_NO_OPTIONS = [
  { value: 1, labelKey: 'taps.yesNo.yes' },
  { value: 0, labelKey: 'taps.yesNo.no' },
] as const satisfies readonly AnswerOption[];

export type Taps1Substance = 'tobacco' | 'alcohol' | 'drugs' | 'rx';

/**
 * The alcohol item's threshold depends on sex in TAPS. We never ask sex: the person may pick the wording
 * that applies to them; with no choice, the lower threshold (4 or more) applies.
 */
export const ALCOHOL_AMOUNT_ID = 'taps-alcohol-amount';
export const ALCOHOL_AMOUNT_OPTIONS = [
  { value: 4, labelKey: 'taps.alcoholAmount.four' },
  { value: 5, labelKey: 'taps.alcoholAmount.five' },
] as const satisfies readonly AnswerOption[];
export const DEFAULT_ALCOHOL_AMOUNT = 4;
/** The choice of amount, asked just before the alcohol item; optional (not a TAPS question). */
export const ALCOHOL_AMOUNT_ITEM: QuestionItem = {
  id: ALCOHOL_AMOUNT_ID,
  number: 0,
  textKey: 'taps.alcoholAmount.question',
  hintKey: 'taps.alcoholAmount.hint',
  options: ALCOHOL_AMOUNT_OPTIONS,
};
export const ALCOHOL_LOINC = { 4: '75889-6', 5: '88037-7' } as const;

function taps1Item(substance: Taps1Substance, number: number, loinc: string): QuestionItem & { substance: Taps1Substance } {
  return { id: `taps1-${substance}`, number, loinc, textKey: `taps.taps1.${substance}`, options: TAPS1_OPTIONS, substance };
}

/** The alcohol question at each threshold: a question of its own in LOINC, and in the FHIR export. */
const ALCOHOL_VARIANTS: Record<4 | 5, ItemVariant> = {
  4: { id: 'taps1-alcohol-4', loinc: ALCOHOL_LOINC[4], textKey: 'taps.taps1.alcohol4' },
  5: { id: 'taps1-alcohol-5', loinc: ALCOHOL_LOINC[5], textKey: 'taps.taps1.alcohol5' },
};

export const TAPS1_ITEMS = [
  taps1Item('tobacco', 1, '96842-0'),
  // The alcohol item's wording, LOINC code and exported linkId follow the chosen amount.
  {
    ...taps1Item('alcohol', 2, ALCOHOL_LOINC[DEFAULT_ALCOHOL_AMOUNT]),
    // The wording used when no amount is chosen (4 or more), and the one that follows the amount chosen.
    textKey: alcoholTextKey(undefined),
    textKeyFor: (answers: Answers) => alcoholTextKey(answers[ALCOHOL_AMOUNT_ID]),
    variants: { all: [ALCOHOL_VARIANTS[4], ALCOHOL_VARIANTS[5]], asked: (answers: Answers) => ALCOHOL_VARIANTS[alcoholAmount(answers[ALCOHOL_AMOUNT_ID])] },
  },
  taps1Item('drugs', 3, '96843-8'),
  taps1Item('rx', 4, '96844-6'),
] as const;

export function alcoholAmount(chosen: number | undefined): 4 | 5 {
  return chosen === 5 ? 5 : DEFAULT_ALCOHOL_AMOUNT;
}

export function alcoholTextKey(chosen: number | undefined): string {
  return `taps.taps1.alcohol${alcoholAmount(chosen)}`;
}

export type OpioidBlock = 'heroin' | 'rxOpioid';

function blockItems(block: OpioidBlock): QuestionItem[] {
  return [1, 2, 3].map((n) => ({
    id: `taps2-${block}-${n}`,
    number: n,
    textKey: `taps.taps2.${block}.${n}`,
    options: YES_NO_OPTIONS,
  }));
}

/** TAPS-2 opioid blocks and the TAPS-1 item that opens each (asked when that item is not Never). */
export const OPIOID_BLOCKS: readonly { block: OpioidBlock; openedBy: string; items: QuestionItem[] }[] = [
  { block: 'heroin', openedBy: 'taps1-drugs', items: blockItems('heroin') },
  { block: 'rxOpioid', openedBy: 'taps1-rx', items: blockItems('rxOpioid') },
];

export const TAPS = {
  id: 'taps',
  name: 'taps.name',
  source:
    'NIDA Clinical Trials Network TAPS Tool; McNeely J et al. Ann Intern Med 2016;165(10):690–699; Bunting AM et al. 2023 (PubMed 37579113).',
  licenceKey: 'taps.licence',
  loinc: { panel: '96841-2' },
  items: [...TAPS1_ITEMS, ...OPIOID_BLOCKS.flatMap((b) => b.items)],
} as const;
