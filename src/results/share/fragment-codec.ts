/**
 * A finished check-in's answers as a short code (`v1.fs6.0123….0k3x9a1`), for the QR code a clinician
 * reads with the code reader on this site (/scan). The QR code holds the code itself, never an address:
 * an address would be kept in the clinician's browser history, session and favicon files (issue 21), so
 * the answers exist on the clinician's device only in the reader page's memory. The code must be short (QR
 * size), and the decoder must treat it as hostile. A damaged, truncated, expired, empty or forged code
 * gives a reason and never a partial result: a summary missing an answer it seems to have (item 9, say)
 * is worse than no summary.
 *
 * What the checks can and cannot do. Anyone can write a code that passes them: the checksum only catches
 * a misread or mistyped character, and a client-only app has no secret to sign with. A forged code can
 * therefore show a summary of answers its maker chose, dated within the last CODE_VALID_DAYS days. It
 * cannot show anything else: every character is a digit on the questionnaires' own scales, so no text,
 * link, phone number or script can travel in it; answers the check-in could not have produced, a date
 * out of range and a check-in without its PHQ-9 are refused. The summary says so ("shown from a code; not
 * verified"), and the clinician confirms it with the person in front of them.
 *
 * Version 1: `v1.<day>.<answers>.<check>`
 * - day: the calendar date of the check-in where it was done, as days since 1970-01-01, base 36;
 * - answers: one character per id of V1_IDS (or of its first instruments, in a code made before a later
 *   one was added), `-` for none, else the value's digit;
 * - check: CRC-32 (IEEE 802.3, the zip/PNG one) of everything before the last dot, base 36, 7 characters.
 * Every character is one of [0-9a-z.-]: safe in a fragment unescaped, and in a QR code's byte mode.
 */
import { pathFor, unreachableAnswers, type FlowOptions } from '../../session/flow';
import { INSTRUMENTS } from '../../instruments/registry';
import type { Instrument } from '../../instruments/registry-types';
import type { Answers } from '../../instruments/types';

export const FRAGMENT_VERSION = 'v1';

/**
 * The ids version 1 encodes, by position: each registered instrument's `fragment.ids`, instruments in
 * order of their `fragment.slot`. Append-only: a published instrument's slot and ids never change (the
 * test holds the published layout), so a new instrument, with a higher slot, adds its characters at the
 * end. A code made before it was added is shorter, ends on an instrument's boundary, and still reads: the
 * new instrument's answers are simply absent. A moved or removed id needs `v2` (and a v1 decoder kept for
 * codes already handed out).
 */
/** The layout's length when v1 codes were first handed out (PHQ-9, GAD-7, TAPS): no code is shorter. */
const FIRST_LENGTH = 36;

function layoutOf(instruments: readonly Instrument[]): { ids: readonly string[]; lengths: ReadonlySet<number> } {
  const ordered = [...instruments].sort((a, b) => a.fragment.slot - b.fragment.slot);
  const ids: string[] = [];
  const lengths = new Set<number>();
  for (const instrument of ordered) {
    ids.push(...instrument.fragment.ids);
    if (ids.length >= FIRST_LENGTH) lengths.add(ids.length);
  }
  return { ids: Object.freeze(ids), lengths };
}

const LAYOUT = layoutOf(INSTRUMENTS);
export const V1_IDS: readonly string[] = LAYOUT.ids;

/** Far above a v1 code (about 50 characters): input longer than this is not looked at at all. */
export const MAX_FRAGMENT_LENGTH = 160;

export type DecodeFailure =
  | 'empty'
  | 'tooLong'
  | 'version'
  | 'format'
  | 'checksum'
  | 'values'
  | 'inconsistent'
  | 'date'
  | 'expired'
  | 'noAnswers'
  | 'incomplete';

/**
 * A code opens for this many days after the check-in's date (the day itself and the next three): long
 * enough for a check-in done the evening before a visit, or at the weekend before a Monday clinic, and
 * short enough that a code kept in a photo or a screenshot stops working. The QR code is made on the
 * person's results page, which keeps nothing: an older code can only be one kept outside the app.
 */
export const CODE_VALID_DAYS = 3;
export type DecodeResult = { ok: true; answers: Answers; authored: Date } | { ok: false; reason: DecodeFailure };

const DAY_MS = 86_400_000;
/** No code can predate this app's sharing (2026-01-01): an earlier date is forged or damaged. */
const FIRST_DAY = Date.UTC(2026, 0, 1) / DAY_MS;
const CHECK_LENGTH = 7;

/**
 * The calendar date the person saw (not the UTC one: a check-in at 9 pm in Mexico City is that day's), so
 * the summary shows the same date on a clinician's device in any time zone.
 */
function dayOf(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

function dateOfDay(day: number): Date {
  const utc = new Date(day * DAY_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 rather than a short hash: it catches every burst up to 32 bits, so any one mistyped character. */
function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const checkOf = (body: string) => crc32(body).toString(36).padStart(CHECK_LENGTH, '0');

/**
 * The values each id may take, from the live registry: every screen the flow can show (everything answered
 * with its highest value opens every follow-up), and 0/1 for an intro's choice.
 */
const ALLOWED: ReadonlyMap<string, readonly number[]> = (() => {
  const everything: Record<string, number> = {};
  const allowed = new Map<string, readonly number[]>();
  for (const instrument of INSTRUMENTS) {
    if (instrument.entry.kind === 'intro') {
      everything[instrument.entry.consentId] = 1;
      allowed.set(instrument.entry.consentId, [0, 1]);
    }
    for (const item of instrument.items) everything[item.id] = Math.max(...item.options.map((o) => o.value));
  }
  for (const step of pathFor(everything, {})) {
    if (step.kind === 'question') allowed.set(step.id, step.item.options.map((o) => o.value));
  }
  return allowed;
})();

/**
 * The answers a summary should see: the flow's own answers, made to stand without the visit's link. An
 * optional part a clinic link asked for had no intro, so its choice is recorded as "answer" (1); anything
 * off the path (a follow-up whose opener changed, a part the link left out) is dropped, as the results do.
 */
function normalise(answers: Answers, options: FlowOptions): Record<string, number> {
  const out: Record<string, number | undefined> = { ...answers };
  for (const instrument of INSTRUMENTS) {
    if (instrument.optional && instrument.entry.kind === 'intro' && options.asked?.includes(instrument.id)) {
      out[instrument.entry.consentId] = 1;
    }
  }
  // Without `asked`: the choice just recorded puts the part's intro back on the path, with its answers.
  const asDecoded: FlowOptions = { off: options.off, language: options.language };
  for (const gone of unreachableAnswers(out, asDecoded)) delete out[gone];
  const defined: Record<string, number> = {};
  for (const [id, value] of Object.entries(out)) if (value !== undefined) defined[id] = value;
  return defined;
}

/**
 * The fragment (without '#') for a check-in's answers under the visit's options, done on `authored`.
 * Throws only on a programmer error: a value that is not one digit, or an answer on the path that V1_IDS
 * has no place for (the registry changed without a new version) — silently leaving out an answer would
 * give the clinician a summary that looks complete and is not.
 */
export function encodeAnswers(answers: Answers, options: FlowOptions, authored: Date): string {
  const normalised = normalise(answers, options);
  for (const id of Object.keys(normalised)) {
    if (!V1_IDS.includes(id)) throw new Error(`fragment-codec: answer "${id}" has no place in ${FRAGMENT_VERSION}; add a new version`);
  }
  const chars = V1_IDS.map((id) => {
    const value = normalised[id];
    if (value === undefined) return '-';
    if (!Number.isInteger(value) || value < 0 || value > 9) throw new Error(`fragment-codec: value ${value} of "${id}" is not one digit`);
    return String(value);
  });
  const day = dayOf(authored);
  if (!Number.isInteger(day) || day < 1) throw new Error(`fragment-codec: no day for ${String(authored)}`);
  const body = `${FRAGMENT_VERSION}.${day.toString(36)}.${chars.join('')}`;
  return `${body}.${checkOf(body)}`;
}

const fail = (reason: DecodeFailure): DecodeResult => ({ ok: false, reason });

/** Every question of the instruments everyone is asked (the PHQ-9), except optional ones, has an answer. */
function requiredAnswered(answers: Answers): boolean {
  return INSTRUMENTS.filter((instrument) => instrument.entry.kind === 'always').every((instrument) =>
    instrument.steps(answers).every((step) => step.kind !== 'question' || step.optional || answers[step.id] !== undefined),
  );
}

/** Any `v<digits>.` start: a version, known or not. Anything else is not one of our codes. */
const VERSIONED = /^v[0-9]+\./;
/**
 * Exactly the shape `encodeAnswers` writes, so that only canonical codes get further: no leading zero in
 * the day, lower case only, one length for the answers and the check.
 */
const V1_SHAPE = new RegExp(`^v1\\.([1-9a-z][0-9a-z]{0,4})\\.([-0-9]{1,${V1_IDS.length}})\\.([0-9a-z]{${CHECK_LENGTH}})$`);

/**
 * The answers in a code (with or without a leading '#'), checked as far as they can be: shape, checksum,
 * each value, the date (no later than tomorrow for `today`, to allow for time zones; not before 2026; not
 * more than CODE_VALID_DAYS before today), at least one answer, that the answers could have come from the
 * flow, and that the PHQ-9 is complete. It cannot throw: every step works on a string already
 * proved to be short ASCII of the expected shape.
 */
export function decodeFragment(fragment: string, today: Date): DecodeResult {
  // A caller in plain JavaScript (or `location.hash` mishandled) may pass anything.
  if (typeof fragment !== 'string') return fail('format');
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length === 0) return fail('empty');
  if (text.length > MAX_FRAGMENT_LENGTH) return fail('tooLong');
  if (!text.startsWith(`${FRAGMENT_VERSION}.`)) return fail(VERSIONED.test(text) ? 'version' : 'format');

  const match = V1_SHAPE.exec(text);
  if (!match) return fail('format');
  const [, dayText = '', answerText = '', check = ''] = match;
  // The whole layout, or one made before a later instrument was added: it ends on an instrument's boundary.
  if (!LAYOUT.lengths.has(answerText.length)) return fail('format');

  const body = text.slice(0, text.length - CHECK_LENGTH - 1);
  if (checkOf(body) !== check) return fail('checksum');

  const answers: Record<string, number> = {};
  for (let i = 0; i < answerText.length; i++) {
    const char = answerText[i];
    if (char === '-') continue;
    const id = V1_IDS[i]!;
    const value = Number(char);
    if (!ALLOWED.get(id)?.includes(value)) return fail('values');
    answers[id] = value;
  }

  const day = parseInt(dayText, 36);
  if (!(day >= FIRST_DAY && day <= dayOf(today) + 1)) return fail('date');
  if (day < dayOf(today) - CODE_VALID_DAYS) return fail('expired');

  if (Object.keys(answers).length === 0) return fail('noAnswers');
  // Answers the flow could not have kept (a follow-up without its opener, anxiety answers after a skip).
  if (unreachableAnswers(answers, {}).length > 0) return fail('inconsistent');
  // The results (and so the QR code) come only after every question of the parts everyone answers.
  if (!requiredAnswered(answers)) return fail('incomplete');

  return { ok: true, answers: Object.freeze(answers), authored: dateOfDay(day) };
}
