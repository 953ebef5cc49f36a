/**
 * Every instrument the check-in can ask, in the order it asks them. The flow, the review list, the
 * results, the handout, the clinicians' page and the start page loop over this list. Adding an instrument:
 * its file (definition, scoring, registration) and one line here (docs/architecture.md).
 */
import { GAD7_INSTRUMENT } from './gad7';
import { PHQ9_INSTRUMENT } from './phq9-instrument';
import type { Instrument } from './registry-types';
import { TAPS_INSTRUMENT } from './taps-instrument';

export const INSTRUMENTS: readonly Instrument[] = [PHQ9_INSTRUMENT, GAD7_INSTRUMENT, TAPS_INSTRUMENT];

export function findInstrument(id: string, instruments: readonly Instrument[] = INSTRUMENTS): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id);
}

/** The optional instruments a clinician's link may add (`?add=`). */
export function optionalInstruments(instruments: readonly Instrument[] = INSTRUMENTS): readonly Instrument[] {
  return instruments.filter((instrument) => instrument.optional);
}

export interface FlowOptions {
  /** Instruments a clinician's link leaves out (`?parts=mood` leaves out substance use: `['taps']`). */
  readonly off?: readonly string[];
  /** Optional instruments a clinician's link adds: asked straight away, with no intro to skip them. */
  readonly asked?: readonly string[];
  /** The language of the visit: an instrument is never shown in a language its wording is not verified in. */
  readonly language?: string;
}

/** The instruments this visit asks about (or offers), in order. */
export function activeInstruments(options: FlowOptions = {}, instruments: readonly Instrument[] = INSTRUMENTS): readonly Instrument[] {
  return instruments.filter(
    (instrument) =>
      !options.off?.includes(instrument.id) &&
      (options.language === undefined || instrument.languages.includes(options.language)),
  );
}

/** Asked by a link, but not available in the visit's language: the visit says so, and does not ask it. */
export function unavailableInLanguage(options: FlowOptions = {}, instruments: readonly Instrument[] = INSTRUMENTS): readonly Instrument[] {
  return instruments.filter(
    (instrument) =>
      options.asked?.includes(instrument.id) &&
      options.language !== undefined &&
      !instrument.languages.includes(options.language),
  );
}

/**
 * What a visit asks, from a clinician's link: `parts: 'mood'` leaves out every part but mood (optional
 * instruments are only ever added); `add` lists optional instruments to ask straight away.
 */
export function flowOptionsFor(
  link: { readonly parts: 'mood' | 'all'; readonly add?: readonly string[] },
  language?: string,
  instruments: readonly Instrument[] = INSTRUMENTS,
): FlowOptions {
  const off = link.parts === 'mood' ? instruments.filter((i) => i.part !== 'mood' && !i.optional).map((i) => i.id) : [];
  return { off, asked: link.add ?? [], language };
}
