/**
 * A clinic's link can add its name and phone number to the check-in. That text comes from whoever made the
 * link, so it must not be able to pass itself off as help: no crisis line's name or number, no premium-rate
 * number, no look-alike letters, no invisible characters. Pure functions; they never throw.
 *
 * Names (after Unicode NFKC, which folds full-width letters and digits: "９８８" → "988"):
 * - letters, spaces and a few punctuation marks only: no digit of any script ("988", "٩٨٨"), no symbol;
 * - no invisible or filler character (format characters, Hangul and braille fillers, variation
 *   selectors, combining grapheme joiner…);
 * - one script, as Unicode's UTS #39 "highly restrictive" level allows (Latin alone, or Latin with the
 *   scripts of Chinese, Japanese or Korean): no Latin word with Cyrillic or Greek look-alike letters;
 * - no crisis word in English or Spanish (crisis, lifeline, suicide, helpline, Samaritans, emergencia…),
 *   also when spelled with look-alike letters of another script ("Ѕаmаritаns" in Cyrillic).
 * Phone numbers (libphonenumber-js, with metadata for the countries we list, src/lib/phone-metadata.json):
 * - a valid number of one of those countries, read as a number of the link's country when it has no "+";
 * - not premium-rate, shared-cost, personal or voicemail; not a short code (N11, 988, 116 123…);
 * - not any number in the region data (crisis lines, emergency numbers, services), nor a retired crisis
 *   number (the US Lifeline's old 1-800-273-8255).
 * Accepted numbers are shown formatted and dialled in international form ("+44 (0)20…" dials +44 20…).
 */
import { parsePhoneNumberWithError, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import phoneMetadata from '../lib/phone-metadata.json';
import { REGIONS } from '../regions';

const metadata = phoneMetadata as unknown as MetadataJson;

export const CLINIC_NAME_MAX = 60;

export type NameProblem = 'empty' | 'long' | 'characters' | 'scripts' | 'crisisWord';
export type PhoneProblem = 'invalid' | 'premium' | 'crisisNumber';

/**
 * Invisible and filler characters that are letters or marks, so the letters-only rule below would let them
 * through (code point ranges). Format characters (zero-width space and joiners, direction marks and
 * overrides, the word joiner, the byte-order mark, the soft hyphen, tag characters) are refused by their
 * category; symbols such as the braille blank by the letters-only rule.
 */
const INVISIBLE_RANGES: readonly (readonly [number, number])[] = [
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels (invisible)
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xe0100, 0xe01ef], // variation selectors supplement
];

function hasInvisible(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (INVISIBLE_RANGES.some(([from, to]) => code >= from && code <= to)) return true;
  }
  return false;
}
/** Letters (of any script), combining marks, spaces and . , ' ’ & - ( ) / — nothing else. */
const ALLOWED = /^[\p{L}\p{M} .,'’&()/-]+$/u;

const SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Thai', 'Georgian', 'Hangul', 'Hiragana', 'Katakana', 'Han', 'Bopomofo', 'Ethiopic'] as const;
type Script = (typeof SCRIPTS)[number] | 'Other';
const SCRIPT_TESTS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
/** UTS #39 "highly restrictive": one script, or Latin with Han and Japanese kana, Bopomofo or Hangul. */
const ALLOWED_MIXES: readonly (readonly Script[])[] = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptOf(char: string): Script {
  return SCRIPT_TESTS.find(([, test]) => test.test(char))?.[0] ?? 'Other';
}

/**
 * Cyrillic and Greek letters that look like Latin ones (from Unicode's confusables, the common ones).
 * Accented ones (ё, ї) need no entry: their accents are taken off first.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', з: '3', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};

/** Lower case, no accents, look-alikes folded to Latin, words separated by single spaces. */
export function skeleton(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/./gu, (char) => LOOK_ALIKES[char] ?? char)
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/**
 * Words a clinic's name must not hold: crisis lines and emergency services, in English and Spanish. Longer
 * forms need no entry of their own when they hold one of these of 6 letters or more ("samaritanos",
 * "suicidal", "emergencias", "life line", "prevención del suicidio" are caught by "samaritan", "suicida",
 * "emergencia", "lifeline", "suicidio").
 */
const CRISIS_WORDS = [
  'crisis', 'crises', 'lifeline', 'suicide', 'suicidio', 'suicida', 'helpline', 'hotline', 'samaritan', 'emergency', 'emergencies',
  'emergencia', 'urgencias', 'linea de ayuda', 'linea de la vida', 'text line', 'shout', 'samhsa', 'nors', 'overdose response',
  'sobredosis', 'nar anon', 'findtreatment',
];

function hasCrisisWord(name: string): boolean {
  const words = ` ${skeleton(name)} `;
  // Also with the spaces taken out: "L i f e l i n e".
  const squashed = words.replace(/ /g, '');
  return CRISIS_WORDS.some((word) => {
    const joined = word.replace(/ /g, '');
    // Short words only whole ("nors" is not in "honors"); longer ones also when spaced out.
    return words.includes(` ${word} `) || (joined.length >= 6 && squashed.includes(joined));
  });
}

export function tidyName(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

export function checkClinicName(value: string): { ok: true; name: string } | { ok: false; problem: NameProblem } {
  if (hasInvisible(value) || /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u.test(value)) return { ok: false, problem: 'characters' };
  const name = tidyName(value);
  if (!name) return { ok: false, problem: 'empty' };
  if ([...name].length > CLINIC_NAME_MAX) return { ok: false, problem: 'long' };
  if (!ALLOWED.test(name) || /\p{M}{2,}/u.test(name)) return { ok: false, problem: 'characters' };
  const scripts = new Set([...name].filter((char) => /\p{L}/u.test(char)).map(scriptOf));
  if (scripts.has('Other')) return { ok: false, problem: 'scripts' };
  if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((script) => mix.includes(script)))) return { ok: false, problem: 'scripts' };
  if (hasCrisisWord(name)) return { ok: false, problem: 'crisisWord' };
  return { ok: true, name };
}

/** Numbers no clinic may give: every number in the region data, and retired crisis numbers. */
const REFUSED_NUMBERS = new Set(
  REGIONS.flatMap((region) => [
    ...region.resources.flatMap((resource) => resource.contacts.filter((c) => c.kind === 'call' || c.kind === 'text' || c.kind === 'tty').map((c) => c.value)),
    ...(region.retiredNumbers ?? []),
  ]).flatMap((value) => {
    // As dialled within its country, and as the E.164 number it is in each listed country.
    const numbers = [value];
    for (const region of REGIONS) {
      try {
        numbers.push(parsePhoneNumberWithError(value, region.country as CountryCode, metadata).number);
      } catch {
        /* not a number there */
      }
    }
    return numbers;
  }),
);

const REFUSED_TYPES = new Set(['PREMIUM_RATE', 'SHARED_COST', 'PERSONAL_NUMBER', 'VOICEMAIL', 'PAGER']);

export interface ClinicPhone {
  /** As shown: national form in the link's country, international otherwise ("020 7946 0000", "+44 20 7946 0000"). */
  readonly display: string;
  /** To dial: a tel: URI in international form. */
  readonly href: string;
  /** E.164, for links ("+442079460000"). */
  readonly e164: string;
}

export function checkClinicPhone(value: string, country: string): { ok: true; phone: ClinicPhone } | { ok: false; problem: PhoneProblem } {
  const text = value.normalize('NFKC').trim();
  if (text.length > 30 || /[^\d\s+().\-–]/u.test(text)) return { ok: false, problem: 'invalid' };
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text, country as CountryCode, metadata);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!parsed.isValid()) return { ok: false, problem: 'invalid' };
  if (REFUSED_NUMBERS.has(parsed.number) || REFUSED_NUMBERS.has(parsed.nationalNumber)) return { ok: false, problem: 'crisisNumber' };
  const type = parsed.getType();
  if (type && REFUSED_TYPES.has(type)) return { ok: false, problem: 'premium' };
  const display = parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  return { ok: true, phone: { display, href: parsed.getURI(), e164: parsed.number } };
}
