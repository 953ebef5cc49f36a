/**
 * A version of the site is one language for one country: `en-US`, `es-MX`… Each version has its own
 * addresses, prerendered in its own language with its own country's help services, so the very first HTML
 * is right for the reader (also with JavaScript off).
 *
 * Scheme: the United States in English stays at the root (`/`, `/learn/x`: every existing link keeps
 * working, and it is the x-default); every other version lives under a prefix that is its BCP 47 tag in
 * lower case (`/es-mx/`, `/en-gb/learn/x`). A path prefix, not a query or a subdomain: a static host serves
 * it as files, one origin keeps one service worker and no cross-site requests, search engines and hreflang
 * understand it, and people can read it.
 */
import { DEFAULT_LANGUAGE, languagesIn, type LanguageCode } from '../i18n/languages';
import { DEFAULT_REGION_ID, REGIONS } from '../regions';

export interface Version {
  readonly lang: LanguageCode;
  /** Region id (src/regions/<id>.ts). */
  readonly region: string;
  /** BCP 47 tag, for `<html lang>` and hreflang: "es-MX", "en-GB". */
  readonly tag: string;
  /** Path prefix: "" for the default version, else "/es-mx". */
  readonly base: string;
}

function makeVersion(lang: LanguageCode, region: string, country: string): Version {
  const tag = `${lang}-${country}`;
  const isDefault = lang === DEFAULT_LANGUAGE && region === DEFAULT_REGION_ID;
  return { lang, region, tag, base: isDefault ? '' : `/${tag.toLowerCase()}` };
}

/** Every language offered in each country (src/i18n/languages.ts); the default (en-US) first. */
export const VERSIONS: readonly Version[] = REGIONS.flatMap((region) =>
  languagesIn(region.id).map(({ code }) => makeVersion(code, region.id, region.country)),
).sort((a, b) => Number(b.base === '') - Number(a.base === ''));

export const DEFAULT_VERSION: Version = VERSIONS[0]!;

export function findVersion(lang: string | undefined, region: string | undefined): Version | undefined {
  return VERSIONS.find((v) => v.lang === lang && v.region === region);
}

/** A country's version in this language, or in English where the language is not offered there (French outside Canada). */
export function versionInCountry(lang: string, region: string): Version | undefined {
  return findVersion(lang, region) ?? findVersion(DEFAULT_LANGUAGE, region);
}

/** The version an address belongs to, and the path within it ("/es-mx/learn" → es-MX, "/learn"). */
export function versionFromPath(pathname: string): { version: Version; path: string } {
  const first = pathname.split('/')[1]?.toLowerCase() ?? '';
  const version = VERSIONS.find((v) => v.base !== '' && v.base === `/${first}`);
  if (!version) return { version: DEFAULT_VERSION, path: pathname || '/' };
  return { version, path: pathname.slice(version.base.length) || '/' };
}

/** A path within a version ("/learn" in es-MX → "/es-mx/learn"; "/" → "/es-mx/"). */
export function pathIn(version: Version, path: string): string {
  return `${version.base}${path.startsWith('/') ? path : `/${path}`}`;
}
