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
 * - no word for a crisis or emergency service in the languages of the countries we list, and no crisis,
 *   helpline or emergency service's name (Samaritans, Teléfono de la Esperanza, Kids Help Phone, Police,
 *   Guardia Civil…), compared as skeletons: Unicode's confusables data (UTS #39) plus small capitals and
 *   stroked letters, case-blind, with i and l as one letter — so "ᴄʀɪsɪs", "Lıfelıne", "Hełpline",
 *   "HeIpline" and "Ѕаmаritаns" meet their words;
 * - not two or more number words (one to nine and zero, in English, Spanish and French: "Nine Eight Eight").
 * Phone numbers (libphonenumber-js, with metadata for the countries we list, src/lib/phone-metadata.json):
 * - a valid number of one of those countries, read as a number of the link's country when it has no "+";
 * - not premium-rate, shared-cost, personal or voicemail; not a short code (N11, 988, 116 123…);
 * - not any number in the region data (crisis lines, emergency numbers, services), nor a retired crisis
 *   number (the US Lifeline's old 1-800-273-8255), nor a known helpline's (KNOWN_HELPLINES, each sourced).
 * Accepted numbers are shown formatted and dialled in international form ("+44 (0)20…" dials +44 20…).
 */
import { parsePhoneNumberWithError, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import phoneMetadata from '../lib/phone-metadata.json';
import CONFUSABLES from './confusables.json';
import { REGIONS } from '../regions';

const metadata = phoneMetadata as unknown as MetadataJson;

export const CLINIC_NAME_MAX = 60;

export type NameProblem = 'empty' | 'long' | 'characters' | 'scripts' | 'crisisWord' | 'numberWords';
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
 * Letters that look like Latin ones but that Unicode's confusables data does not map to plain Latin letters:
 * small capitals ("ᴄʀɪsɪs ʟɪɴᴇ"), Cyrillic and Greek letters it maps to small capitals or leaves alone
 * (в, н, к, м), and Latin letters with a stroke, hook or tail that no accent removal takes off.
 * (Dotless ı, ł, ø, đ, ħ and most others are in the data already.)
 */
const EXTRA_LOOK_ALIKES: Readonly<Record<string, string>> = {
  ᴀ: 'a', ʙ: 'b', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴘ: 'p', ǫ: 'q', ʀ: 'r', ᴛ: 't', ʉ: 'u',
  // Cyrillic and Greek letters that look like Latin ones (the data maps some of them to small capitals).
  а: 'a', в: 'b', е: 'e', з: '3', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ß: 'ss', ð: 'd', ŀ: 'l', ƚ: 'l', ɉ: 'j', ꝑ: 'p', ꝗ: 'q', ƶ: 'z', ɏ: 'y', ǥ: 'g', ɖ: 'd', ɗ: 'd', ƈ: 'c', ƙ: 'k', ɓ: 'b', ɦ: 'h',
  ɱ: 'm', ɲ: 'n', ɳ: 'n', ƥ: 'p', ʠ: 'q', ɽ: 'r', ʂ: 's', ƭ: 't', ʈ: 't', ʋ: 'v', ⱳ: 'w', ƴ: 'y', ȥ: 'z',
};

/** One character's Latin look-alike: ours first, then Unicode's confusables data. */
const fold = (char: string): string => EXTRA_LOOK_ALIKES[char] ?? (CONFUSABLES as Record<string, string>)[char] ?? char;

/**
 * A name's skeleton, for comparing, never for showing (after UTS #39's skeleton, made case-blind): accents
 * off, then every character mapped to its Latin look-alike (Unicode's confusables data, src/visit/confusables.json, and the
 * small capitals and stroked letters it lacks), before and after lower case (the data is case-sensitive:
 * capital I looks like l); accents off again; then i, l and ı all read as "l", because in many typefaces they
 * look alike ("HeIpline" with a capital I); anything that is not a letter a space. Applied to a name and
 * to every refused word alike, so "Lıfelıne", "ᴄʀɪsɪs", "Hełpline" and "Ѕаmаritаns" meet their words.
 */
export function skeleton(text: string): string {
  const bare = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '');
  return bare(bare(text.normalize('NFKC')).replace(/./gu, fold).toLowerCase().replace(/./gu, fold))
    .replace(/[iı]/g, 'l')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

/**
 * Words a clinic's name must not hold: what crisis lines and emergency services are called, in the
 * languages of the countries we list (English, Spanish, French; Catalan, Basque, Galician and Welsh forms
 * of the emergency services), and the names of the crisis, helpline and emergency services of those
 * countries (docs/research/helplines.md lists each with a source). Longer forms need no entry of their own
 * when they hold one of these of 6 letters or more ("samaritanos", "suicidal", "emergencias", "life line",
 * "prevención del suicidio" are caught by "samaritan", "suicida", "emergencia", "lifeline", "suicidio").
 * Compared as skeletons, so each is written here once, in plain letters.
 */
const CRISIS_WORDS = [
  // What crisis and emergency services are, in every language of the app and the countries' own.
  'crisis', 'crises', 'crise', 'lifeline', 'suicide', 'suicidio', 'suicida', 'suicidaire', 'helpline', 'hotline', 'help line', 'hot line',
  'emergency', 'emergencies', 'emergencia', 'urgencias', 'urgence', 'urgences', 'emergencies', 'emergencias', 'emergències', 'urgències',
  'larrialdiak', 'emerxencias', 'argyfwng', 'linea de ayuda', 'linea de la vida', 'ligne d aide', 'ligne d ecoute', 'text line',
  'overdose response', 'sobredosis', 'surdose', 'poison', 'poisons', 'antipoison', 'toxicologia', 'intoxicaciones', 'police', 'policia', 'policía',
  'polizia', 'heddlu', 'sheriff', 'state trooper', 'highway patrol', 'gendarmerie', 'guardia civil', 'guardia nacional', 'guardia urbana',
  'mossos', 'ertzaintza', 'foruzaingoa', 'surete du quebec', 'constabulary', 'ambulance', 'ambulancia', 'ambulancias', 'ambulancier',
  'ambulància', 'anbulantzia', 'ambiwlans', 'paramedic', 'paramedics', 'paramedicos', 'paramedique', 'fire department', 'fire rescue',
  'fire and rescue', 'bomberos', 'bombers', 'bombeiros', 'pompiers', 'suhiltzaileak', 'gwasanaeth tan', 'coastguard', 'coast guard',
  'garde cotiere', 'salvamento maritimo', 'mountain rescue', 'proteccion civil', 'protección civil', 'cruz roja', 'croix rouge', 'red cross',
  'dispatch', 'nine one one', 'nueve uno uno',
  // Services by name (helplines, crisis lines, national numbers).
  'samaritan', 'samhsa', 'shout', 'nors', 'nar anon', 'findtreatment', 'talk to frank', 'nhs direct', 'breathing space', 'papyrus',
  'hopeline', 'childline', 'nspcc', 'calm zone', 'campaign against living miserably', 'refuge', 'mens advice line', 'switchboard', 'saneline',
  'silver line', 'combat stress', 'trevor project', 'trevorlifeline', 'trans lifeline', 'poison control', 'poison help', 'the hotline',
  'loveisrespect', 'rainn', 'childhelp', 'disaster distress', 'runaway safeline', 'boys town', 'nineline', 'veterans crisis', 'kids help phone',
  'jeunesse j ecoute', 'tel jeunes', 'hope for wellness', 'talk suicide', 'parlons suicide', 'wellness together', 'mieux etre canada',
  'info sante', 'info social', 'appelle', 'healthlink bc', 'telefono de la esperanza', 'anar', 'fundacion anar', 'telefono del menor',
  'arcoiris', 'cruz roja te escucha', 'atenpro', 'saptel', 'consejo ciudadano', 'locatel', 'linea de seguridad', 'chat de confianza',
  'diversidad segura', 'sos mujeres', 'red nacional de refugios', 'denuncia anonima', 'conavim', 'cenain', 'sintox', 'crisis text line',
  'partnership to end addiction', 'never use alone', 'samur', 'urgences sante', 'angeles verdes', 'erum',
  // French for Canada (and Québec's services by name): distress, SOS, the listening and referral lines.
  'sos', 'detresse', 'en detresse', 'tel aide', 'suicide action montreal', 'ecoute entraide', 'drogue aide et reference',
  'jeu aide et reference', 'ligne parents', 'centre de prevention du suicide', 'aqps',
];

/**
 * Number words, one to nine and zero, in every language the app speaks (English, Spanish, French): two or
 * more in a name could spell a crisis number ("Nine Eight Eight", "nueve once"). One alone is kept, so
 * "Clinic One" or "Seven Oaks Medical" are fine; articles that are also "one" ("un", "une", "una") are
 * left out for the same reason.
 */
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'oh', 'double', 'triple',
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'once', 'doce',
  'zéro', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'onze', 'douze',
];

/**
 * Services whose name is also an ordinary word or a person's name ("Frank Smith Practice", "Clínica
 * Esperanza"): refused only as the whole name.
 */
const WHOLE_NAMES = ['frank', 'nhs', 'nhs twenty four', 'esperanza', 'la esperanza', 'hope line', 'info sante'];

const FOLDED_CRISIS = [...new Set(CRISIS_WORDS.map(skeleton))];
const FOLDED_WHOLE = new Set(WHOLE_NAMES.map(skeleton));
const FOLDED_NUMBERS = new Set(NUMBER_WORDS.map(skeleton));
/** Three or more number words run together ("nineeighteight", "n i n e e i g h t e i g h t"). */
const RUN_OF_NUMBERS = new RegExp(`(?:${[...FOLDED_NUMBERS].filter((word) => word.length >= 3).join('|')}){3,}`);

function hasCrisisWord(name: string): boolean {
  if (FOLDED_WHOLE.has(skeleton(name))) return true;
  const words = ` ${skeleton(name)} `;
  // Also with the spaces taken out: "L i f e l i n e".
  const squashed = words.replace(/ /g, '');
  return FOLDED_CRISIS.some((word) => {
    const joined = word.replace(/ /g, '');
    // Short words only whole ("nors" is not in "honors"); longer ones also when spaced out.
    return words.includes(` ${word} `) || (joined.length >= 6 && squashed.includes(joined));
  });
}

function hasNumberWords(name: string): boolean {
  const words = skeleton(name).split(' ');
  if (words.filter((word) => FOLDED_NUMBERS.has(word)).length >= 2) return true;
  return RUN_OF_NUMBERS.test(words.join(''));
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
  if (hasNumberWords(name)) return { ok: false, problem: 'numberWords' };
  return { ok: true, name };
}

/**
 * Helplines the app does not show (their numbers are not verified to the fact sheet's standard, or they
 * serve another need: poisons, abuse, young people, veterans) but that no clinic may give as its own,
 * each as dialled in its country. Each was read on a stored copy of a public page: docs/research/helplines.md
 * gives the page and the sentence. Refusing a number a helpline no longer uses harms nobody.
 */
const KNOWN_HELPLINES: readonly (readonly [number: string, country: CountryCode])[] = [
  // United States
  ['1-866-488-7386', 'US'], ['1-202-304-1200', 'US'], ['1-877-565-8860', 'US'], ['1-800-222-1222', 'US'], ['1-800-799-7233', 'US'],
  ['1-800-787-3224', 'US'], ['1-866-331-9474', 'US'], ['1-800-799-4889', 'US'], ['1-800-656-4673', 'US'], ['1-800-422-4453', 'US'],
  ['1-800-222-4453', 'US'], ['1-800-985-5990', 'US'], ['1-800-786-2929', 'US'], ['1-800-448-3000', 'US'], ['1-800-999-9999', 'US'],
  ['1-800-448-4663', 'US'], ['1-800-252-2873', 'US'], ['1-800-484-3731', 'US'],
  // United Kingdom
  ['0800 068 4141', 'GB'], ['07860 039967', 'GB'], ['0800 1111', 'GB'], ['0808 800 5000', 'GB'], ['0800 58 58 58', 'GB'], ['0808 802 58 58', 'GB'],
  ['0808 2000 247', 'GB'], ['0808 801 0327', 'GB'], ['0300 330 0630', 'GB'], ['0345 330 3030', 'GB'], ['0131 556 4049', 'GB'], ['0300 304 7000', 'GB'],
  ['0300 123 3011', 'GB'], ['0800 470 8090', 'GB'], ['0800 83 85 87', 'GB'], ['0808 808 8000', 'GB'], ['0800 137 737', 'GB'], ['0800 138 1619', 'GB'],
  ['0800 323 4444', 'GB'],
  // Canada
  ['1-800-668-6868', 'CA'], ['1-877-330-6366', 'CA'], ['1-855-242-3310', 'CA'], ['1-833-456-4566', 'CA'], ['1-844-764-7669', 'CA'], ['1-800-463-5060', 'CA'],
  ['1-800-268-9017', 'CA'], ['1-800-263-2266', 'CA'], ['514-600-1002', 'CA'], ['1-800-268-7708', 'CA'], ['1-800-567-5803', 'CA'], ['1-855-554-4325', 'CA'],
  ['1-866-277-3553', 'CA'],
  // Spain
  ['717 003 717', 'ES'], ['900 20 20 10', 'ES'], ['600 50 51 52', 'ES'], ['900 107 917', 'ES'], ['91 562 04 20', 'ES'],
  // Mexico
  ['55 5259 8121', 'MX'], ['55 5533 5533', 'MX'], ['800 55 33 000', 'MX'], ['800 000 5428', 'MX'], ['55 5658 1111', 'MX'], ['800 108 40 53', 'MX'],
];

/** Numbers no clinic may give: every number in the region data, retired crisis numbers, and known helplines. */
const REFUSED_NUMBERS = new Set(
  [
    ...REGIONS.flatMap((region) => [
      ...region.resources.flatMap((resource) => resource.contacts.filter((c) => c.kind === 'call' || c.kind === 'text' || c.kind === 'tty').map((c) => c.value)),
      ...(region.retiredNumbers ?? []),
    ]),
    ...KNOWN_HELPLINES.flatMap(([number, country]) => {
      try {
        return [parsePhoneNumberWithError(number, country, metadata).number];
      } catch {
        return [];
      }
    }),
  ].flatMap((value) => {
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
