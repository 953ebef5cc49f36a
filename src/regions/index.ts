/**
 * The countries the app lists. Adding one: a file in this folder, a line here, and its wording in the
 * resources and services locale files (docs/architecture.md). The United States is the default.
 */
import { region as ca } from './ca';
import { region as es } from './es';
import { region as mx } from './mx';
import { region as uk } from './uk';
import { region as us } from './us';
import type { Region, Resource } from './types';

export const DEFAULT_REGION_ID = 'us';

/** Listed explicitly (not globbed), so build scripts and browser tests can import this module in Node. */
export const REGIONS: readonly Region[] = [us, ca, es, mx, uk];

export function findRegion(id: string | null | undefined): Region | undefined {
  return REGIONS.find((region) => region.id === id);
}

export function defaultRegion(): Region {
  const region = findRegion(DEFAULT_REGION_ID);
  if (!region) throw new Error('The default region file is missing');
  return region;
}

/** The region whose country (or alias) is this region subtag ("GB", "UK" → the United Kingdom). */
export function regionForCountry(country: string | undefined): Region | undefined {
  const code = country?.toUpperCase();
  return code ? REGIONS.find((region) => region.country === code || region.aliases?.includes(code)) : undefined;
}

/** The region's crisis line: the resource shown in the header bar on every screen. */
export function crisisLineOf(region: Region): Resource {
  const line = region.resources.find((resource) => resource.id === region.crisisLine);
  if (!line) throw new Error(`${region.id}: no crisis line ${region.crisisLine}`);
  return line;
}

/** The resources of a region about any of the given topics, in the region file's order. */
export function resourcesFor(region: Region, topics: readonly string[]): Resource[] {
  return region.resources.filter((resource) => resource.topics.some((topic) => topics.includes(topic)));
}
