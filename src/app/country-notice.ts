/**
 * Which country notice a reader needs, from their browser's preferred languages: the region subtag of the
 * first language tag that has one ("en-AU" → AU, "es-419" → Latin America) is the best guess at where
 * they are. Pure, so the rule is tested apart from the page.
 * - `other`: a country we list, but not this page's → offer the same page, in the same language, for that
 *   country (the language switch is on every page);
 * - `unlisted`: a country we do not list, or none named at all ("es") → say so, and to call the local
 *   emergency number;
 * - `none`: this page's own country (or nothing known, as while prerendering).
 */
import { versionInCountry, type Version } from '../visit/versions';
import { regionForCountry } from '../regions';

export type CountryNotice = { readonly kind: 'none' } | { readonly kind: 'unlisted' } | { readonly kind: 'other'; readonly version: Version };

export function browserCountry(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const region = tag.split('-').slice(1).find((part) => /^([A-Za-z]{2}|\d{3})$/.test(part));
    if (region) return region.toUpperCase();
  }
  return undefined;
}

export function countryNotice(current: Version, languages: readonly string[]): CountryNotice {
  if (languages.length === 0) return { kind: 'none' };
  const region = regionForCountry(browserCountry(languages));
  if (!region) return { kind: 'unlisted' };
  if (region.id === current.region) return { kind: 'none' };
  const version = versionInCountry(current.lang, region.id);
  return version ? { kind: 'other', version } : { kind: 'none' };
}
