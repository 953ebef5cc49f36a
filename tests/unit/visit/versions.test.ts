import { describe, expect, it } from 'vitest';
import { browserCountry, countryNotice } from '../../../src/app/country-notice';
import { legacyRedirect, sameOriginTarget } from '../../../src/visit/legacy-link';
import { DEFAULT_VERSION, findVersion, pathIn, VERSIONS, versionFromPath, versionInCountry } from '../../../src/visit/versions';

const v = (tag: string) => VERSIONS.find((x) => x.tag === tag)!;

describe('versions: one language for one country, each at its own address', () => {
  it('has every language in each country it is offered in (French in Canada only), en-US first at the root (the x-default)', () => {
    expect(VERSIONS.map((x) => x.tag)).toEqual(['en-US', 'es-US', 'en-CA', 'es-CA', 'fr-CA', 'en-ES', 'es-ES', 'en-MX', 'es-MX', 'en-GB', 'es-GB']);
    expect(v('fr-CA')).toMatchObject({ lang: 'fr', region: 'ca', base: '/fr-ca' });
    expect(findVersion('fr', 'us')).toBeUndefined();
    // Another country from a French page: in English, where French is not offered.
    expect(versionInCountry('fr', 'uk')).toBe(v('en-GB'));
    expect(versionInCountry('fr', 'ca')).toBe(v('fr-CA'));
    expect(DEFAULT_VERSION).toMatchObject({ tag: 'en-US', base: '' });
    expect(v('es-MX').base).toBe('/es-mx');
    expect(v('en-GB')).toMatchObject({ region: 'uk', base: '/en-gb' });
  });

  it('reads the version and the path within it from an address', () => {
    expect(versionFromPath('/')).toEqual({ version: DEFAULT_VERSION, path: '/' });
    expect(versionFromPath('/learn/opioids-and-mood')).toEqual({ version: DEFAULT_VERSION, path: '/learn/opioids-and-mood' });
    expect(versionFromPath('/es-mx/')).toEqual({ version: v('es-MX'), path: '/' });
    expect(versionFromPath('/es-mx')).toEqual({ version: v('es-MX'), path: '/' });
    expect(versionFromPath('/EN-GB/family')).toEqual({ version: v('en-GB'), path: '/family' });
    // Not a version: a page of the default one.
    expect(versionFromPath('/en-au/family')).toEqual({ version: DEFAULT_VERSION, path: '/en-au/family' });
    expect(versionFromPath('/es-mxx/')).toEqual({ version: DEFAULT_VERSION, path: '/es-mxx/' });
  });

  it('writes addresses within a version, and reads them back', () => {
    expect(pathIn(v('es-ES'), '/')).toBe('/es-es/');
    expect(pathIn(v('es-ES'), '/learn')).toBe('/es-es/learn');
    expect(pathIn(DEFAULT_VERSION, '/')).toBe('/');
    for (const version of VERSIONS) {
      for (const path of ['/', '/learn/getting-help', '/check-in']) expect(versionFromPath(pathIn(version, path))).toEqual({ version, path });
    }
  });

  it('finds a version by language and country', () => {
    expect(findVersion('es', 'uk')?.tag).toBe('es-GB');
    expect(findVersion('fr', 'uk')).toBeUndefined();
  });
});

describe('old links (?lang= and ?region=) lead to their version’s address', () => {
  const ORIGIN = 'https://checkin.example';
  it('moves to the version, keeping the page and every other setting', () => {
    expect(legacyRedirect('/', '?lang=es&region=mx', ORIGIN)).toBe(`${ORIGIN}/es-mx/`);
    expect(legacyRedirect('/', '?lang=es&region=mx&clinic=Riverside&parts=mood', ORIGIN)).toBe(`${ORIGIN}/es-mx/?clinic=Riverside&parts=mood`);
    expect(legacyRedirect('/learn/opioids-and-mood', '?lang=es', ORIGIN)).toBe(`${ORIGIN}/es-us/learn/opioids-and-mood`);
    expect(legacyRedirect('/', '?region=uk', ORIGIN)).toBe(`${ORIGIN}/en-gb/`);
    expect(legacyRedirect('/', '?region=GB', ORIGIN)).toBe(`${ORIGIN}/en-gb/`);
    expect(legacyRedirect('/es-mx/family', '?lang=en', ORIGIN)).toBe(`${ORIGIN}/en-mx/family`);
    expect(legacyRedirect('/', '?lang=ES&region=ES', ORIGIN)).toBe(`${ORIGIN}/es-es/`);
  });

  it('does nothing without them, and leaves what it cannot use for a notice', () => {
    expect(legacyRedirect('/', '', ORIGIN)).toBeNull();
    expect(legacyRedirect('/', '?clinic=x', ORIGIN)).toBeNull();
    expect(legacyRedirect('/', '?lang=xx&region=zz', ORIGIN)).toBeNull();
    expect(legacyRedirect('/', '?lang=es&region=zz', ORIGIN)).toBe(`${ORIGIN}/es-us/?region=zz`);
    expect(legacyRedirect('/', '?lang=%3Cscript%3E&region=uk', ORIGIN)).toBe(`${ORIGIN}/en-gb/?lang=%3Cscript%3E`);
  });

  // What the browser's location.pathname holds for each hostile address: the URL parser turns `\` into `/`
  // and drops tabs and newlines, so every one of these is a path starting `//` by the time the script sees it.
  const hostile = [
    '//evil.example/?lang=en',
    '//evil.example/?region=us',
    '/\\evil.example/?lang=en',
    '/\\/evil.example/?lang=en',
    '/\t/evil.example/?lang=es',
    '/\n/evil.example/?region=uk',
    '///evil.example/?lang=en',
    '/%2F%2Fevil.example/?lang=en',
    '/%5Cevil.example/?lang=en',
    '/es-mx//evil.example/?lang=en',
    '/./%2e%2e//evil.example/?lang=en',
  ];
  it.each(hostile)('never leaves the site: %s [H29]', (address) => {
    const url = new URL(address, ORIGIN);
    const target = legacyRedirect(url.pathname, url.search, ORIGIN);
    expect(target).not.toBeNull();
    const landed = new URL(target!);
    expect(landed.origin).toBe(ORIGIN);
    expect(landed.pathname.startsWith('//')).toBe(false);
    expect(landed.href).not.toMatch(/^https?:\/\/evil/);
  });

  it('keeps the page when its path is safe, and goes to the start page when it is not', () => {
    expect(legacyRedirect('//evil.example/', '?lang=en', ORIGIN)).toBe(`${ORIGIN}/`);
    expect(legacyRedirect('//evil.example/', '?lang=es&clinic=Riverside', ORIGIN)).toBe(`${ORIGIN}/es-us/?clinic=Riverside`);
    expect(legacyRedirect('/%2F%2Fevil.example/', '?lang=en', ORIGIN)).toBe(`${ORIGIN}/%2F%2Fevil.example/`);
  });

  it('sameOriginTarget refuses other hosts and schemes [H29]', () => {
    for (const target of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)', 'data:text/html,x', '/\\evil.example', 'http://checkin.example/']) {
      expect(sameOriginTarget(target, ORIGIN), target).toBeNull();
    }
    expect(sameOriginTarget('/es-mx/', ORIGIN)).toBe(`${ORIGIN}/es-mx/`);
  });
});

describe('the reader’s country, from the browser', () => {
  it('takes the region subtag of the first language tag that has one', () => {
    expect(browserCountry(['en-AU', 'en'])).toBe('AU');
    expect(browserCountry(['es', 'es-419'])).toBe('419');
    expect(browserCountry(['zh-Hant-CA'])).toBe('CA');
    expect(browserCountry(['es'])).toBeUndefined();
  });

  it('says nothing for this page’s own country, or when nothing is known (prerendering)', () => {
    expect(countryNotice(DEFAULT_VERSION, ['en-US'])).toEqual({ kind: 'none' });
    expect(countryNotice(v('en-GB'), ['en-GB', 'en'])).toEqual({ kind: 'none' });
    expect(countryNotice(DEFAULT_VERSION, [])).toEqual({ kind: 'none' });
  });

  it('never shows another country’s numbers silently: an unlisted or unnamed country gets a notice', () => {
    expect(countryNotice(DEFAULT_VERSION, ['en-AU'])).toEqual({ kind: 'unlisted' });
    expect(countryNotice(DEFAULT_VERSION, ['es-AR'])).toEqual({ kind: 'unlisted' });
    expect(countryNotice(DEFAULT_VERSION, ['es'])).toEqual({ kind: 'unlisted' });
  });

  it('offers the same page, in the same language, for a listed country', () => {
    expect(countryNotice(DEFAULT_VERSION, ['en-GB'])).toEqual({ kind: 'other', version: v('en-GB') });
    expect(countryNotice(DEFAULT_VERSION, ['es-MX'])).toEqual({ kind: 'other', version: v('en-MX') });
    expect(countryNotice(v('es-ES'), ['fr-CA'])).toEqual({ kind: 'other', version: v('es-CA') });
  });
});
