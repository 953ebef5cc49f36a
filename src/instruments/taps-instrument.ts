/**
 * TAPS, with our own street-opioids and overdose-safety questions, as a registered instrument
 * (registry.ts): the substance-use part of the check-in, behind an intro that lets a person skip it.
 */
import type { InstrumentOutcome, PersonFacts } from './facts';
import type { Instrument } from './registry-types';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from './safety';
import { highestOpioidLevel, scoreOpioidBlocks, scoreTaps1, type OpioidBlockResult, type Taps1Result } from './taps-score';
import { questionSteps, type Step } from './steps';
import { ALCOHOL_AMOUNT_ITEM, NEVER, OPIOID_BLOCKS, TAPS, TAPS1_ITEMS } from './taps';
import type { Answers } from './types';

/** The substance-use intro: its step id, and the answer that keeps the choice (1 answer, 0 skip). */
export const SUBSTANCE_INTRO = 'substance';
export const SUBSTANCE_CONSENT_ID = 'substance-consent';

const TAPS1 = { part: 'substance', errorKey: 'error.requiredFrequency', stemKey: 'taps.taps1.stem', translationNote: true } as const;
const [TOBACCO, ...OTHER_TAPS1] = questionSteps(TAPS1_ITEMS, { ...TAPS1, progressKey: 'progress.substance' });
const ALCOHOL_AMOUNT = questionSteps([ALCOHOL_AMOUNT_ITEM], {
  part: 'substance',
  progressKey: 'progress.substanceExtra',
  errorKey: 'error.requiredAnswer',
  numbered: false,
  total: TAPS1_ITEMS.length,
}).map((step) => ({ ...step, optional: true }));
const BLOCKS = OPIOID_BLOCKS.map(({ block, openedBy, items }) => ({
  openedBy,
  steps: questionSteps(items, { part: 'substance', progressKey: `progress.${block}`, errorKey: 'error.requiredYesNo', translationNote: true }),
}));
// Fentanyl, or pills not from a pharmacy (ours, unscored): asked after any drug use or prescription misuse
// (TAPS-1 items 3 or 4 other than Never), once, after the first opioid block asked. People who use street
// fentanyl or fake pills but not heroin answer "No" to the heroin question; a "Yes" here opens the safety
// questions as a "Yes" to heroin does.
const STREET_OPIOIDS_STEPS = questionSteps([STREET_OPIOIDS_ITEM], { part: 'safety', progressKey: 'progress.streetOpioids', errorKey: 'error.requiredYesNo', numbered: false });
const SAFETY_STEPS = questionSteps(SAFETY_ITEMS, { part: 'safety', progressKey: 'progress.safety', errorKey: 'error.requiredAnswer' });

function steps(answers: Answers): Step[] {
  // The alcohol amount comes straight before the alcohol question (TAPS-1's second).
  const path: Step[] = [...(TOBACCO ? [TOBACCO] : []), ...ALCOHOL_AMOUNT, ...OTHER_TAPS1];
  let anyUse = false;
  let streetAsked = false;
  for (const { openedBy, steps: [first, ...others] } of BLOCKS) {
    const opener = answers[openedBy];
    if (opener === undefined || opener === NEVER || !first) continue;
    path.push(first);
    // Published skip rule: a "No" to the block's first question skips the other two.
    if (answers[first.id] === 1) {
      path.push(...others);
      anyUse = true;
    }
    if (!streetAsked) {
      streetAsked = true;
      path.push(...STREET_OPIOIDS_STEPS);
      if (STREET_OPIOIDS_STEPS.some((step) => answers[step.id] === 1)) anyUse = true;
    }
  }
  if (anyUse) path.push(...SAFETY_STEPS);
  return path;
}

/** What the substance-use answers show: its section on the results and the handout reads this. */
export interface SubstanceSummary {
  readonly taps1: readonly Taps1Result[];
  readonly blocks: readonly OpioidBlockResult[];
  /** "Yes" to fentanyl or pills not from a pharmacy (ours), or null when not asked. */
  readonly streetOpioids: boolean | null;
}

function safetyAnswers(answers: Answers): PersonFacts['safety'] {
  const entries = SAFETY_ITEMS.flatMap((item) => {
    const value = answers[item.id];
    return value === undefined ? [] : [[item.question, value] as const];
  });
  return Object.fromEntries(entries);
}

/** Opioid use by any route, drug use, and the safety answers, for the whole-person rules. */
function summarise(answers: Answers): InstrumentOutcome {
  const blocks = scoreOpioidBlocks(answers);
  const taps1 = scoreTaps1(answers);
  const street = answers[STREET_OPIOIDS_ITEM.id];
  const detail: SubstanceSummary = { taps1, blocks, streetOpioids: street === undefined ? null : street === 1 };
  return {
    detail,
    facts: {
      opioid: highestOpioidLevel(blocks) ?? 'none',
      substancePositive: taps1.some((r) => r.positive === true),
      safety: safetyAnswers(answers),
      streetOpioids: detail.streetOpioids === true,
      anyOpioidUse: blocks.some((b) => b.used) || detail.streetOpioids === true,
      drugUse: taps1.some((r) => (r.substance === 'drugs' || r.substance === 'rx') && r.positive === true),
    },
  };
}

const ITEMS = [...TAPS.items.slice(0, 1), ALCOHOL_AMOUNT_ITEM, ...TAPS.items.slice(1), STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS];

export const TAPS_INSTRUMENT: Instrument = {
  id: TAPS.id,
  acronym: 'TAPS',
  nameKey: TAPS.name,
  part: 'substance',
  entry: { kind: 'intro', id: SUBSTANCE_INTRO, consentId: SUBSTANCE_CONSENT_ID },
  optional: false,
  // English as published; Spanish and French are our translations (no validated one exists), said so on
  // every screen.
  languages: ['en', 'es', 'fr'],
  // In the order asked: the alcohol amount (which threshold the alcohol question uses) after tobacco.
  items: ITEMS,
  steps,
  summarise,
  presentation: { kind: 'custom', section: 'substance' },
  attributionKeys: [TAPS.licenceKey, 'safety.note'],
  clinicians: { asks: ['asks.taps1', 'asks.taps2', 'asks.streetOpioids', 'asks.safety', 'asks.skip'], scoring: ['scoring.taps1', 'scoring.taps2'] },
  startKey: 'start.partSubstance',
  fragment: { slot: 3, ids: [SUBSTANCE_CONSENT_ID, ...ITEMS.map((item) => item.id)] },
  // Our own Questionnaires: TAPS-1 with the opioid blocks of TAPS-2 is not LOINC's whole TAPS form, and the
  // safety questions are ours.
  exports: [
    { id: 'taps', title: 'TAPS-1 and the opioid questions of TAPS-2 (Mood & Opioids Check-in)', items: [...TAPS.items.slice(0, 1), ALCOHOL_AMOUNT_ITEM, ...TAPS.items.slice(1)] },
    { id: 'overdose-safety', title: 'Overdose safety questions (Mood & Opioids Check-in; not validated, not scored)', items: [STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS] },
  ],
};
