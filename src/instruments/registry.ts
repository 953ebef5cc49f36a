/**
 * Every instrument the check-in can ask, in the order it asks them. The flow, the review list, the
 * results, the handout, the clinicians' page and the start page loop over this list (registered.ts).
 * Adding an instrument: its file (definition, scoring, registration), its strings, and one line in
 * registered.ts (docs/architecture.md).
 */
import { INSTRUMENTS } from './registered';
import type { Instrument } from './registry-types';

export { INSTRUMENTS };

/** The strings of instruments registered from outside src/locales, for createI18n (src/i18n/i18n.ts). */
export function instrumentStringSources(instruments: readonly Instrument[] = INSTRUMENTS) {
  return instruments.flatMap((instrument) => (instrument.strings ? [instrument.strings] : []));
}

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
