/** The PHQ-9 as a registered instrument (registry.ts): its screens, how it is shown, its codes. */
import { PHQ9, PHQ9_DIFFICULTY, PHQ9_ITEMS, PHQ9_SAFETY_ITEM_ID } from './phq9';
import { PHQ9_BANDS, PHQ9_MAX_TOTAL, phq9NeedsDifficulty, scorePhq9 } from './phq9-score';
import type { BandedView, Instrument } from './registry-types';
import { questionSteps, SUPPORT_STEP, type Step } from './steps';
import type { Answers } from './types';

const MOOD = { part: 'mood', errorKey: 'error.required', stemKey: PHQ9.stemKey } as const;
const ITEM_STEPS = questionSteps(PHQ9_ITEMS, { ...MOOD, progressKey: 'progress.mood' });
const [DIFFICULTY_STEP] = questionSteps([PHQ9_DIFFICULTY], {
  part: 'mood',
  progressKey: 'progress.moodExtra',
  errorKey: 'error.requiredDifficulty',
  numbered: false,
  total: PHQ9_ITEMS.length,
});

function view(answers: Answers): BandedView {
  const result = scorePhq9(answers);
  return {
    total: result.total,
    band: result.band,
    max: PHQ9_MAX_TOTAL,
    bands: PHQ9_BANDS,
    missing: result.missing,
    itemIds: PHQ9_ITEMS.map((item) => item.id),
    flagged: result.item9Flag ? [{ itemId: PHQ9_SAFETY_ITEM_ID, labelKey: 'handout.item9Flag', noteKey: 'handout.item9Assess' }] : [],
    extras: [
      ...(result.phq2 === null ? [] : [{ handout: 'handout.phq2', values: { score: result.phq2 } }]),
      ...(result.difficulty === null
        ? []
        : [{ results: 'mood.difficulty', handout: 'handout.difficulty', answerKey: `phq9.difficulty.options.${result.difficulty}` }]),
    ],
  };
}

export const PHQ9_INSTRUMENT: Instrument = {
  id: PHQ9.id,
  acronym: 'PHQ-9',
  nameKey: PHQ9.name,
  part: 'mood',
  entry: { kind: 'always' },
  optional: false,
  // English (Pfizer's), the Spanish for the USA and the French for Canada (the INSPQ's), all verbatim from
  // instruments.md §1 (sources and the one difference between the French copies: phq9.ts).
  languages: ['en', 'es', 'fr'],
  items: [...PHQ9_ITEMS, PHQ9_DIFFICULTY],
  steps(answers) {
    const steps: Step[] = [...ITEM_STEPS];
    // Item 9 above 0: crisis support straight away, before anything else is asked.
    if (scorePhq9(answers).item9Flag) steps.push(SUPPORT_STEP);
    // Question 10 (how difficult) only when some item is above 0.
    if (phq9NeedsDifficulty(answers) && DIFFICULTY_STEP) steps.push(DIFFICULTY_STEP);
    return steps;
  },
  // Item 9 above 0: crisis support on every screen after, whatever the total.
  summarise: (answers) => ({ facts: { item9: scorePhq9(answers).item9Flag } }),
  presentation: {
    kind: 'banded',
    view,
    bandNameKey: 'mood.bands',
    // 5 points: the PHQ-9's minimal clinically important difference for one person (Löwe 2004; instruments.md §6).
    change: { meaningful: 5, sourceKey: 'compare.sources.phq9', url: 'https://doi.org/10.1097/00005650-200412000-00006' },
  },
  attributionKeys: [PHQ9.licenceKey],
  clinicians: { asks: ['asks.phq9'], scoring: ['scoring.phq9', 'scoring.item9', 'scoring.item9Assess'] },
  startKey: 'start.partMood',
  fragment: { slot: 1, ids: [...PHQ9_ITEMS, PHQ9_DIFFICULTY].map((item) => item.id) },
  exports: [
    {
      id: PHQ9.id,
      title: 'PHQ-9 quick depression assessment panel',
      loinc: { code: PHQ9.loinc.panel, display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
      items: [...PHQ9_ITEMS, PHQ9_DIFFICULTY],
      total: { code: PHQ9.loinc.total, display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]', type: 'decimal' },
    },
  ],
};
