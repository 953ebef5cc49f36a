/**
 * Every region file in ./regions, found at build time: adding a region is adding a file (plus its
 * wording in the resources locale files). The United States is the default.
 */
import type { Region } from './types';

export const DEFAULT_REGION_ID = 'us';

const regions = import.meta.glob<Region>('./regions/*.ts', { eager: true, import: 'region' });

export const REGIONS: readonly Region[] = Object.values(regions).sort((a, b) => (a.id === DEFAULT_REGION_ID ? -1 : b.id === DEFAULT_REGION_ID ? 1 : a.id.localeCompare(b.id)));

export function findRegion(id: string | null | undefined): Region | undefined {
  return REGIONS.find((region) => region.id === id);
}

export function defaultRegion(): Region {
  const region = findRegion(DEFAULT_REGION_ID);
  if (!region) throw new Error('The default region file is missing');
  return region;
}

/** The region a browser locale suggests ("es-MX" → Mexico), if any. */
export function regionForLocale(locales: readonly string[]): Region | undefined {
  for (const locale of locales) {
    const subtag = locale.split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
    const found = subtag ? REGIONS.find((region) => region.locales.includes(subtag)) : undefined;
    if (found) return found;
  }
  return undefined;
}
