// @vitest-environment node
/**
 * Languages are declared, not assumed: every instrument names the languages its wording was checked in,
 * and is offered in no other, whatever the locale files hold.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { activeInstruments, INSTRUMENTS, unavailableInLanguage } from '../../../src/instruments/registry';

describe('instrument languages', () => {
  it('every instrument declares at least one language, each one the app has', () => {
    const codes = LANGUAGES.map((language) => language.code as string);
    for (const instrument of INSTRUMENTS) {
      expect(instrument.languages.length, instrument.id).toBeGreaterThan(0);
      for (const language of instrument.languages) expect(codes, `${instrument.id}: ${language}`).toContain(language);
    }
  });

  it('offers an instrument only in the languages it declares: none in a language no registration names', () => {
    for (const language of [...LANGUAGES.map((l) => l.code as string), 'fr', 'de']) {
      const offered = activeInstruments({ language }).map((instrument) => instrument.id);
      const declared = INSTRUMENTS.filter((instrument) => instrument.languages.includes(language)).map((instrument) => instrument.id);
      expect(offered, language).toEqual(declared);
    }
    // French has locale files for nothing yet, and no instrument declares it: nothing would be asked.
    expect(activeInstruments({ language: 'fr' })).toEqual([]);
    // A link that adds the GAD-7 to a Spanish visit gets the note, not the questions.
    expect(unavailableInLanguage({ asked: ['gad7'], language: 'es' }).map((i) => i.id)).toEqual(['gad7']);
    expect(activeInstruments({ asked: ['gad7'], language: 'es' }).map((i) => i.id)).not.toContain('gad7');
  });
});
