/**
 * What the answers show, in one pure function: the results page and the handout both read this, and
 * neither scores anything itself. For each instrument the visit asks (or offered): whether it was
 * answered, skipped or not reached, and, for a scored one, its score view; the mood and substance-use
 * results the next steps depend on; and the context the next-steps rules read.
 */
import { activeInstruments, type FlowOptions } from '../instruments/registry';
import type { BandedView, Instrument } from '../instruments/registry-types';
import { scorePhq9, type Phq9Result } from '../instruments/phq9-score';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../instruments/safety';
import { highestOpioidLevel, scoreOpioidBlocks, scoreTaps1, type OpioidBlockResult, type Taps1Result } from '../instruments/taps-score';
import { SUBSTANCE_CONSENT_ID } from '../instruments/taps-instrument';
import type { Answers } from '../instruments/types';
import type { NextStepContext, OpioidCondition } from './next-steps';

/**
 * `answered`: its questions were asked (all or some); `skipped`: the person chose not to answer them;
 * `notReached`: the check-in has not got there (or was left before).
 */
export type InstrumentState = 'answered' | 'skipped' | 'notReached';

export interface InstrumentSummary {
  readonly instrument: Instrument;
  readonly state: InstrumentState;
  /** A scored instrument's total, band and flags (null for one with a section of its own). */
  readonly banded: BandedView | null;
}

export interface SubstanceSummary {
  readonly taps1: readonly Taps1Result[];
  readonly blocks: readonly OpioidBlockResult[];
  /** "Yes" to fentanyl or pills not from a pharmacy (ours), or null when not asked. */
  readonly streetOpioids: boolean | null;
}

export interface Summary {
  readonly instruments: readonly InstrumentSummary[];
  readonly mood: Phq9Result;
  /** The substance-use answers, when the person chose to answer that part. */
  readonly substance: SubstanceSummary | null;
  /** Everything the next-steps rules read, but the reader's country. */
  readonly context: Omit<NextStepContext, 'region'>;
}

function stateOf(instrument: Instrument, answers: Answers, options: FlowOptions): InstrumentState {
  const asked = instrument.items.some((item) => answers[item.id] !== undefined);
  if (instrument.entry.kind === 'intro' && !(instrument.optional && options.asked?.includes(instrument.id))) {
    const consent = answers[instrument.entry.consentId];
    if (consent === 0) return 'skipped';
    if (consent !== 1) return 'notReached';
    return 'answered';
  }
  return asked || instrument.entry.kind === 'always' ? 'answered' : 'notReached';
}

function safetyAnswers(answers: Answers): NextStepContext['safety'] {
  const entries = SAFETY_ITEMS.flatMap((item) => {
    const value = answers[item.id];
    return value === undefined ? [] : [[item.question, value] as const];
  });
  return Object.fromEntries(entries);
}

export function summarise(answers: Answers, options: FlowOptions = {}, instruments?: readonly Instrument[]): Summary {
  const summaries = activeInstruments(options, instruments).map((instrument): InstrumentSummary => {
    const state = stateOf(instrument, answers, options);
    const banded = instrument.presentation.kind === 'banded' && state === 'answered' ? instrument.presentation.view(answers) : null;
    return { instrument, state, banded };
  });
  const mood = scorePhq9(answers);
  const substanceAnswered = answers[SUBSTANCE_CONSENT_ID] === 1 && summaries.some((s) => s.instrument.id === 'taps' && s.state === 'answered');
  const blocks = scoreOpioidBlocks(answers);
  const taps1 = scoreTaps1(answers);
  const street = answers[STREET_OPIOIDS_ITEM.id];
  const substance: SubstanceSummary | null = substanceAnswered
    ? { taps1, blocks, streetOpioids: street === undefined ? null : street === 1 }
    : null;
  const opioid: OpioidCondition = substance ? (highestOpioidLevel(blocks) ?? 'none') : 'notAnswered';
  const anyOpioidUse = substance !== null && (blocks.some((b) => b.used) || substance.streetOpioids === true);
  const drugUse = substance !== null && taps1.some((r) => (r.substance === 'drugs' || r.substance === 'rx') && r.positive === true);
  const bands = Object.fromEntries(summaries.flatMap((s) => (s.banded ? [[s.instrument.id, s.banded.band]] : [])));
  return {
    instruments: summaries,
    mood,
    substance,
    context: {
      bands: { phq9: mood.band, ...bands },
      opioid,
      substancePositive: substance !== null && taps1.some((r) => r.positive === true),
      safety: safetyAnswers(answers),
      item9: mood.item9Flag,
      streetOpioids: substance?.streetOpioids === true,
      anyOpioidUse,
      drugUse,
    },
  };
}
