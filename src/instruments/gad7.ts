/**
 * GAD-7 — Generalized Anxiety Disorder 7-item scale (anxiety). Optional: offered after the mood part, or
 * asked when a clinician's link adds it (`?add=gad7`). Definition, pure scoring and registration in one file.
 * Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety
 * disorder: the GAD-7. Arch Intern Med 2006;166(10):1092–1097.
 * Wording (verbatim, shared/instruments/instruments.md §4): the PHQ-9's stem, options and licence line.
 * LOINC: LHC-Forms' GAD-7 Questionnaire (panel 69737-5, total 70274-6; item codes and answer codes there;
 * item 2's "More than half the days" is coded LA18938-3 in that panel). docs/sources.md.
 * English only: no verified Spanish wording (instruments.md §4), so `languages` keeps it out of Spanish.
 */
import { z } from '../lib/zod';
import { sumItems } from './item-score';
import { PHQ9_OPTIONS } from './phq9';
import type { Band, BandedView, Instrument } from './registry-types';
import { questionSteps } from './steps';
import type { AnswerOption, Answers, QuestionItem } from './types';

/** The PHQ-9's options; LOINC codes item 2's "More than half the days" as LA18938-3 ("More days than not"). */
const ITEM_2_OPTIONS: readonly AnswerOption[] = PHQ9_OPTIONS.map((option) => (option.value === 2 ? { ...option, loinc: 'LA18938-3', loincDisplay: 'More days than not' } : option));

const ITEM_LOINC = ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'] as const;

export const GAD7_ITEMS: readonly QuestionItem[] = ITEM_LOINC.map((loinc, index) => ({
  id: `gad7-${index + 1}`,
  number: index + 1,
  loinc,
  textKey: `gad7.items.${index + 1}`,
  options: index === 1 ? ITEM_2_OPTIONS : PHQ9_OPTIONS,
}));

export const GAD7_BANDS: readonly Band[] = [
  { band: 'minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'severe', min: 15, max: 21 },
];
export const GAD7_MAX_TOTAL = 21;

const itemAnswer = z.int().min(0).max(3);

export interface Gad7Result {
  /** The sum of items 1–7 when every item has a valid answer; never imputed. */
  readonly total: number | null;
  readonly band: string | null;
  /** Numbers (1–7) of the items without a valid answer. */
  readonly missing: readonly number[];
}

export function scoreGad7(answers: Answers): Gad7Result {
  const { total, missing } = sumItems(GAD7_ITEMS, answers, itemAnswer);
  const band = total === null ? null : (GAD7_BANDS.find((b) => total >= b.min && total <= b.max)?.band ?? null);
  return { total, band, missing };
}

const STEPS = questionSteps(GAD7_ITEMS, { part: 'anxiety', progressKey: 'progress.anxiety', errorKey: 'error.required', stemKey: 'gad7.stem' });

function view(answers: Answers): BandedView {
  const { total, band, missing } = scoreGad7(answers);
  return { total, band, missing, max: GAD7_MAX_TOTAL, bands: GAD7_BANDS, itemIds: GAD7_ITEMS.map((item) => item.id), flagged: [], extras: [] };
}

export const GAD7_INSTRUMENT: Instrument = {
  id: 'gad7',
  acronym: 'GAD-7',
  nameKey: 'gad7.name',
  part: 'anxiety',
  entry: { kind: 'intro', id: 'anxiety', consentId: 'anxiety-consent' },
  optional: true,
  languages: ['en'],
  items: GAD7_ITEMS,
  steps: () => STEPS,
  // 10 or more: the published cut point for further evaluation (Spitzer 2006; facts.md §9).
  presentation: {
    kind: 'banded',
    view,
    bandNameKey: 'anxiety.bands',
    concernBands: ['moderate', 'severe'],
    // 4 points: the GAD-7's minimal clinically important difference (Toussaint 2020; instruments.md §6).
    change: { meaningful: 4, sourceKey: 'compare.sources.gad7', url: 'https://doi.org/10.1016/j.jad.2020.01.032' },
  },
  // What the anxiety answers show, how anxiety and opioid withdrawal meet, and a clinician at 10 or more.
  // prettier-ignore
  nextSteps: [
    { group: 'anxiety', message: 'anxiety.bandText.minimal', band: { instrument: 'gad7', in: ['minimal'] } },
    { group: 'anxiety', message: 'anxiety.bandText.mild', band: { instrument: 'gad7', in: ['mild'] }, item9: false },
    { group: 'anxiety', message: 'anxiety.bandText.mildItem9', band: { instrument: 'gad7', in: ['mild'] }, item9: true },
    { group: 'anxiety', message: 'anxiety.bandText.moderate', band: { instrument: 'gad7', in: ['moderate'] } },
    { group: 'anxiety', message: 'anxiety.bandText.severe', band: { instrument: 'gad7', in: ['severe'] } },
    { group: 'anxiety', message: 'anxiety.withdrawal', band: { instrument: 'gad7', in: ['minimal', 'mild', 'moderate', 'severe'] }, anyOpioidUse: true },
    { group: 'next', message: 'nextSteps.anxietyClinician', glance: 'glance.steps.anxietyClinician', band: { instrument: 'gad7', in: ['moderate', 'severe'] } },
  ],
  // "A cut point was identified that optimized sensitivity (89%) and specificity (82%)" (10, [V-sec]).
  references: [{ id: 43, textKey: 'references.43', url: 'https://doi.org/10.1001/archinte.166.10.1092' }],
  // The PHQ-9's licence line covers it word for word (instruments.md §4): one line, shown once.
  attributionKeys: ['phq9.licence'],
  clinicians: { asks: ['asks.gad7'], scoring: ['scoring.gad7'] },
  startKey: 'start.partAnxiety',
  fragment: { slot: 2, ids: ['anxiety-consent', ...GAD7_ITEMS.map((item) => item.id)] },
  exports: [
    {
      id: 'gad7',
      title: 'Generalized anxiety disorder 7 item (GAD-7)',
      loinc: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
      items: GAD7_ITEMS,
      total: { code: '70274-6', display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]', type: 'decimal' },
    },
  ],
};
