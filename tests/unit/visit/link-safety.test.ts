/**
 * Each of the clinic checks on its own (link-safety.ts): the hostile-links table shows that bad values are
 * refused; these show which rule refuses each, where each rule's edge lies, and that ordinary names and
 * numbers near those edges still pass. Written to kill the mutants `npm run mutation` found surviving.
 */
import { describe, expect, it } from 'vitest';
import { CLINIC_NAME_MAX, checkClinicName, checkClinicPhone, skeleton } from '../../../src/visit/link-safety';

const refused = (name: string) => {
  const result = checkClinicName(name);
  return result.ok ? 'accepted' : result.problem;
};

describe('clinic names, rule by rule [H11]', () => {
  it('empty, too long, or just long enough [H11]', () => {
    expect(refused('')).toBe('empty');
    expect(refused(' \u00a0 ')).toBe('empty');
    expect(refused('a'.repeat(CLINIC_NAME_MAX))).toBe('accepted');
    expect(refused('a'.repeat(CLINIC_NAME_MAX + 1))).toBe('long');
    // Counted in characters, not UTF-16 units: 60 Han characters fit.
    expect(refused('医'.repeat(CLINIC_NAME_MAX))).toBe('accepted');
  });

  it('control characters are refused before spaces are tidied, so a line break cannot hide in a name [H11]', () => {
    expect(refused('Riverside\nHealth')).toBe('characters');
    expect(refused('Riverside\tHealth')).toBe('characters');
    expect(refused('Riverside  Health')).toBe('accepted');
  });

  it.each([
    [0x034f, 'combining grapheme joiner'],
    [0x115f, 'Hangul choseong filler'],
    [0x1160, 'Hangul jungseong filler'],
    [0x17b4, 'Khmer inherent vowel'],
    [0x17b5, 'Khmer inherent vowel'],
    [0x180b, 'Mongolian variation selector'],
    [0x180f, 'Mongolian variation selector'],
    [0x3164, 'Hangul filler'],
    [0xfe00, 'variation selector 1'],
    [0xfe0f, 'variation selector 16'],
    [0xffa0, 'halfwidth Hangul filler'],
    [0xe0100, 'variation selector 17'],
    [0xe01ef, 'variation selector 256'],
    [0x200b, 'zero-width space (a format character)'],
    [0x00ad, 'soft hyphen (a format character)'],
    [0xe0041, 'tag letter A (a format character)'],
  ])('refuses the invisible U+%s (%s) inside a name [H11]', (code) => {
    expect(refused(`Cli${String.fromCodePoint(code)}nic`)).toBe('characters');
  });

  it('letters, marks, spaces and a few punctuation marks only, from the first character to the last [H11]', () => {
    expect(refused('988 Clinic')).toBe('characters');
    expect(refused('Clinic 988')).toBe('characters');
    expect(refused('Clinic: 988')).toBe('characters');
    expect(refused('#1 Clinic')).toBe('characters');
    // One combining mark after a letter is a letter's accent (Devanagari vowel signs); two in a row are not.
    expect(refused('क्लिनिक')).toBe('accepted');
    expect(refused('Clinq\u0300\u0301')).toBe('characters');
  });

  it('one script, or Latin with Chinese, Japanese or Korean, as Unicode’s "highly restrictive" level allows [H11]', () => {
    expect(refused('Клиника Здоровье')).toBe('accepted'); // Cyrillic alone
    expect(refused('Κλινική Υγείας')).toBe('accepted'); // Greek alone
    expect(refused('Sakura さくら 桜 クリニック Clinic')).toBe('accepted'); // Latin, Hiragana, Han, Katakana
    expect(refused('Taipei 台北 ㄊㄞ Clinic')).toBe('accepted'); // Latin, Han, Bopomofo
    expect(refused('Seoul 서울 醫院 Clinic')).toBe('accepted'); // Latin, Hangul, Han
    expect(refused('Clinic Ѕalud')).toBe('scripts'); // Latin with a Cyrillic look-alike
    expect(refused('Clinic Ωmega')).toBe('scripts'); // Latin with Greek
    expect(refused('서울 クリニック')).toBe('scripts'); // Hangul with Katakana
    expect(refused('Ꮯlinic')).toBe('scripts'); // a Cherokee look-alike with Latin
    expect(refused('ᏣᎳᎩ')).toBe('scripts'); // a script the app does not list
  });

  it('folds every Cyrillic and Greek look-alike to its Latin letter [H11]', () => {
    // "з" folds to the digit 3, which then separates words, as any digit does.
    // Compared as skeletons, as the check compares them (in a skeleton, i and l are one letter, m is "rn").
    expect(skeleton('авезіјкмнорстухѕԁԛԝһӏɡ')).toBe(skeleton('abe ijkmhopctyxsdqwhlg'));
    expect(skeleton('αβεηικνορτυχω')).toBe(skeleton('abenikvoptuxw'));
    expect(skeleton('ёї')).toBe(skeleton('ei'));
    expect(skeleton('Samaritans')).toBe('sarnarltans');
  });

  it.each([
    'Crisis Care', 'Crises Center', 'Lifeline Health', 'Life Line Health', 'Suicide Prevention', 'Suicidal Thoughts Clinic',
    'Centro Suicidio', 'Atención Suicida', 'Helpline Medical', 'Help Line Medical', 'Hotline Clinic', 'Hot Line Clinic',
    'Samaritan Health', 'Samaritanos', 'Emergency Clinic', 'Emergencies Only', 'Emergencia', 'Emergencias', 'Urgencias Médicas',
    'Línea de Ayuda', 'Línea de la Vida', 'Text Line', 'Shout', 'SAMHSA', 'NORS', 'Overdose Response', 'Sobredosis',
    'Nar-Anon', 'FindTreatment', 'Veterans Crisis', 'Prevención del Suicidio',
    'C r i s i s Care', 'S a m a r i t a n', 'l i f e l i n e', 'L í n e a  d e  l a  V i d a', 'Overdoseresponse Clinic',
  ])('refuses the crisis word in %j [H11]', (name) => {
    expect(refused(name)).toBe('crisisWord');
  });

  it('finds short crisis words only whole, longer ones also spaced out or inside other words [H11]', () => {
    expect(refused('Honors Family Practice')).toBe('accepted'); // "nors" inside a word
    expect(refused('Shoutwell Clinic')).toBe('accepted'); // "shout" (5 letters) inside a word
    expect(refused('S h o u t')).toBe('accepted'); // short words are not looked for spaced out
    expect(refused('Goodsamaritan Clinic')).toBe('crisisWord');
    expect(refused('Crisiscare')).toBe('crisisWord'); // "crisis": 6 letters, the shortest looked for inside words
  });

  it('knows French: crisis, emergency and distress words, and Québec’s and Canada’s services by name [H11]', () => {
    for (const name of ['SOS Détresse', 'Clinique SOS', 'Urgence Santé', 'Centre de crise', 'Détresse psychologique', 'Tel-Aide', 'Tél-Aide Montréal', 'Suicide Action Montréal', 'Centre de prévention du suicide', 'Info-Social', 'Écoute Entraide', 'Jeunesse, J’écoute', 'Ligne Parents', 'APPELLE', 'Prévention suicide', 'd e t r e s s e']) {
      expect(refused(name), name).toBe('crisisWord');
    }
    // 9-8-8 spelled, spaced or written with digits.
    for (const name of ['Clinique neuf huit huit', 'Ligne neuf-huit-huit', 'neufhuithuit']) expect(refused(name), name).toBe('numberWords');
    for (const name of ['Clinique 9-8-8', 'Clinique 9 8 8', 'Clinique 988']) expect(refused(name), name).toBe('characters');
    // Ordinary Québec clinic names stay accepted ("sos" only as a whole word).
    for (const name of ['Clinique Saint-Denis', 'Clinique SOSA', 'Groupe de médecine de famille Verdun', 'Clinique du Sous-Bois', 'CLSC de Hochelaga']) {
      expect(refused(name), name).toBe('accepted');
    }
  });
});

describe('clinic phone numbers, rule by rule [H11]', () => {
  const problem = (value: string, country = 'GB') => {
    const result = checkClinicPhone(value, country);
    return result.ok ? 'accepted' : result.problem;
  };

  it('refuses letters (vanity numbers) and anything longer than 30 characters; spaces around are fine [H11]', () => {
    expect(problem('1-800-FLOWERS', 'US')).toBe('invalid');
    expect(problem('020 7946 0000 ext')).toBe('invalid');
    const padded = (spaces: number) => `+44 20 7946 000${' '.repeat(spaces)}0`;
    expect(padded(14)).toHaveLength(30);
    expect(problem(padded(14))).toBe('accepted');
    expect(problem(padded(15))).toBe('invalid');
    expect(problem(`${' '.repeat(40)}020 7946 0000${' '.repeat(40)}`)).toBe('accepted');
  });

  it('names why: not a number, not valid, a crisis or service number, or premium-rate [H11]', () => {
    expect(problem('+')).toBe('invalid'); // the parser throws
    expect(problem('+44 20 0000 000')).toBe('invalid'); // parsed, not valid
    expect(problem('+1 800 273 8255', 'GB')).toBe('crisisNumber'); // the retired Lifeline, written from abroad
    expect(problem('0909 879 0000')).toBe('premium');
    expect(problem('07640 123456')).toBe('premium'); // a UK pager
    expect(problem('901 123 456', 'ES')).toBe('premium'); // shared cost in Spain
    expect(problem('704 12 34 56', 'ES')).toBe('premium'); // a personal number in Spain
    expect(problem('020 7946 0000')).toBe('accepted');
  });
});

describe('the confusables table', () => {
  it('is what scripts/confusables.mjs makes from Unicode’s data (unhomoglyph), so it cannot drift [H11]', async () => {
    const { execFileSync } = await import('node:child_process');
    const root = new URL('../../..', import.meta.url);
    expect(() => execFileSync('node', ['scripts/confusables.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });
});
