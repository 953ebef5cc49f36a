import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../src/i18n/languages';
import { chooseRegion } from '../../../src/resources/region-context';
import { regionForLocale } from '../../../src/resources/regions';

describe('choosing the language', () => {
  it('follows ?lang= first', () => {
    expect(chooseLanguage('?lang=es', ['en-US'])).toEqual({ language: 'es', unknownRequested: false });
    expect(chooseLanguage('?lang=EN', ['es-MX'])).toEqual({ language: 'en', unknownRequested: false });
  });

  it('falls back to English with a notice for an unknown ?lang=', () => {
    expect(chooseLanguage('?lang=xx', ['es-MX'])).toEqual({ language: 'en', unknownRequested: true });
    expect(chooseLanguage('?lang=', [])).toEqual({ language: 'en', unknownRequested: true });
    expect(chooseLanguage('?lang=%3Cscript%3E', [])).toEqual({ language: 'en', unknownRequested: true });
  });

  it('otherwise follows the browser, then English', () => {
    expect(chooseLanguage('', ['fr-FR', 'es-419'])).toEqual({ language: 'es', unknownRequested: false });
    expect(chooseLanguage('', ['de'])).toEqual({ language: 'en', unknownRequested: false });
  });
});

describe('choosing the region', () => {
  it('follows ?region=, then the browser locale, then the United States', () => {
    expect(chooseRegion('?region=uk', ['es-MX']).region.id).toBe('uk');
    expect(chooseRegion('', ['es-MX']).region.id).toBe('mx');
    expect(chooseRegion('', ['en-GB']).region.id).toBe('uk');
    expect(chooseRegion('', ['fr']).region.id).toBe('us');
  });

  it('falls back to the United States with a notice for an unknown ?region=', () => {
    expect(chooseRegion('?region=zz', [])).toMatchObject({ unknownRequested: true, region: { id: 'us' } });
  });

  it('reads region subtags in any position', () => {
    expect(regionForLocale(['zh-Hant-CA'])?.id).toBe('ca');
    expect(regionForLocale(['es'])).toBeUndefined();
  });
});
