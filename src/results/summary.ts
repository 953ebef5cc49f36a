/**
 * What the answers show, in one pure function, computed once per change of the answers: the results page,
 * the handout, copy-as-text and the export all read it, and none scores anything itself. For each
 * instrument the visit asks (or offered): whether it was answered, skipped or not reached, its score view
 * (a banded one) and its own detail (its `summarise`); and the whole-person facts the next-steps rules
 * read, merged from every instrument's. It names no instrument.
 */
import { NO_FACTS, type PersonFacts } from '../instruments/facts';
import { activeInstruments, type FlowOptions } from '../instruments/registry';
import type { BandedView, Instrument } from '../instruments/registry-types';
import type { Answers } from '../instruments/types';

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
  /** What its own `summarise` gave its section (the TAPS: its blocks' scores), once answered. */
  readonly detail: unknown;
}

export interface Summary {
  readonly instruments: readonly InstrumentSummary[];
  /** Everything the next-steps rules read, but the reader's country. */
  readonly context: PersonFacts;
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

export function summarise(answers: Answers, options: FlowOptions = {}, instruments?: readonly Instrument[]): Summary {
  let facts: PersonFacts = NO_FACTS;
  const bands: Record<string, string | null> = {};
  const concerns: string[] = [];
  const summaries = activeInstruments(options, instruments).map((instrument): InstrumentSummary => {
    const state = stateOf(instrument, answers, options);
    if (state !== 'answered') return { instrument, state, banded: null, detail: null };
    const { presentation } = instrument;
    const banded = presentation.kind === 'banded' ? presentation.view(answers) : null;
    if (banded) {
      bands[instrument.id] = banded.band;
      if (banded.band !== null && presentation.kind === 'banded' && presentation.concernBands?.includes(banded.band)) concerns.push(instrument.id);
    }
    const outcome = instrument.summarise?.(answers);
    if (outcome) facts = { ...facts, ...outcome.facts };
    return { instrument, state, banded, detail: outcome?.detail ?? null };
  });
  return { instruments: summaries, context: { ...facts, bands, concerns } };
}

/** The detail an instrument's `summarise` gave, for its own section (null when it was not answered). */
export function detailOf<T>(summary: Summary, instrumentId: string): T | null {
  return (summary.instruments.find((s) => s.instrument.id === instrumentId)?.detail as T | undefined) ?? null;
}
