/**
 * PHQ-9 — Patient Health Questionnaire-9 (mood).
 * Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 * J Gen Intern Med 2001;16(9):606–613.
 * Licence: "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an
 * educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."
 * LOINC codes: LHC-Forms R4 PHQ-9 Questionnaire (panel 44249-1).
 * Wording (verbatim) lives in src/locales/<lng>/instruments/phq9.json. The English wording was
 * checked against shared/instruments/instruments.md §1 on 2026-11-27; the Spanish wording is marked
 * "(check)" there and must be confirmed against Pfizer's US-Spanish form before a public release.
 * French for Canada (fr-CA), checked against instruments.md §1 on 2026-12-03 (tests/fixtures/instruments.md,
 * tests/unit/i18n/phq9-french.test.ts):
 * - Source of record: the Institut national de santé publique du Québec (INSPQ), post-disaster mental-health
 *   toolkit, "Questionnaire 2 — symptômes dépressifs", a government reproduction in a bilingual table:
 *   https://www.inspq.qc.ca/boite-outils-pour-la-surveillance-post-sinistre-des-impacts-sur-la-sante-mentale/instruments-de-mesure-standardises/questionnaires/symptomes-depressifs
 * - A second, independent copy (the Douglas Institute's OpenDataCapture instrument library, Montréal,
 *   packages/instrument-library/src/forms/patient-health-questionnaire-9/index.ts) agrees word for word on
 *   the stem and the nine items. « un perdant » (item 6) marks the Québec version; France's is another text.
 * - The one difference between the two copies: answer 2 is « Plus de sept jours » at the INSPQ and « Plus de
 *   la moitié des jours » in OpenDataCapture. We use the INSPQ's, the government text.
 * - Question 10's text is from a copy of the bilingual Pfizer form and its options from OpenDataCapture only:
 *   the weakest-sourced lines, to confirm first before a public release. The licence line is the same copy's.
 */
import type { AnswerOption, InstrumentDefinition, QuestionItem } from './types';

export const PHQ9_OPTIONS = [
  { value: 0, labelKey: 'phq9.options.0', loinc: 'LA6568-5' },
  { value: 1, labelKey: 'phq9.options.1', loinc: 'LA6569-3' },
  { value: 2, labelKey: 'phq9.options.2', loinc: 'LA6570-1' },
  { value: 3, labelKey: 'phq9.options.3', loinc: 'LA6571-9' },
] as const satisfies readonly AnswerOption[];

export const PHQ9_DIFFICULTY_OPTIONS = [
  { value: 0, labelKey: 'phq9.difficulty.options.0', loinc: 'LA6572-7' },
  { value: 1, labelKey: 'phq9.difficulty.options.1', loinc: 'LA6573-5' },
  { value: 2, labelKey: 'phq9.difficulty.options.2', loinc: 'LA6575-0' },
  { value: 3, labelKey: 'phq9.difficulty.options.3', loinc: 'LA6574-3' },
] as const satisfies readonly AnswerOption[];

const ITEM_LOINC = [
  '44250-9',
  '44255-8',
  '44259-0',
  '44254-1',
  '44251-7',
  '44258-2',
  '44252-5',
  '44253-3',
  '44260-8',
] as const;

export const PHQ9_ITEMS: readonly QuestionItem[] = ITEM_LOINC.map((loinc, index) => ({
  id: `phq9-${index + 1}`,
  number: index + 1,
  loinc,
  textKey: `phq9.items.${index + 1}`,
  options: PHQ9_OPTIONS,
}));

/** Question 10: asked only when any item 1–9 is above 0; never added to the score. */
export const PHQ9_DIFFICULTY: QuestionItem = {
  id: 'phq9-10',
  number: 10,
  loinc: '69722-7',
  textKey: 'phq9.difficulty.text',
  options: PHQ9_DIFFICULTY_OPTIONS,
};

/** The item whose answer above 0 brings crisis support at once, whatever the total. */
export const PHQ9_SAFETY_ITEM_ID = 'phq9-9';

export const PHQ9 = {
  id: 'phq9',
  name: 'phq9.name',
  source:
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16(9):606–613.',
  licenceKey: 'phq9.licence',
  stemKey: 'phq9.stem',
  loinc: { panel: '44249-1', total: '44261-6', phq2Panel: '55757-9', phq2Total: '55758-7' },
  items: PHQ9_ITEMS,
} as const satisfies InstrumentDefinition;
