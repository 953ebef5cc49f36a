/**
 * When each country's numbers were last checked against the services themselves (each provenance entry's
 * `serviceChecked`, not the fact-sheet review). `npm run numbers` (scripts/numbers.mjs) lists every entry
 * with its age and fails a release when one is older than a year; a page can say when its numbers were last
 * checked with `lastChecked(region)`. Importing this module brings in each region file's provenance.
 */
import { provenance as ca } from './ca';
import { provenance as es } from './es';
import { REGIONS } from './index';
import { provenance as mx } from './mx';
import { provenance as uk } from './uk';
import { provenance as us } from './us';
import type { Provenance, Region, Resource, ServiceCheck } from './types';

/** Each region's provenance, by region id. */
export const PROVENANCE: Readonly<Record<string, Provenance>> = { us, ca, es, mx, uk };

const CHECK_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/**
 * The first day a check date can mean, as YYYY-MM-DD: the date itself, or the 1st for a month (YYYY-MM).
 * Ages count from it, so a month-only date never looks more recent than the check it records.
 */
export function earliestDay(date: string): string {
  const match = CHECK_DATE.exec(date);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3] ?? '1')];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (!match || utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new Error(`Not a check date (YYYY-MM-DD, or YYYY-MM): ${JSON.stringify(date)}`);
  }
  return utc.toISOString().slice(0, 10);
}

/** Whole days from a check date (its earliest day) to `today` (YYYY-MM-DD). */
export function ageInDays(date: string, today: string): number {
  return Math.round((Date.parse(earliestDay(today)) - Date.parse(earliestDay(date))) / 86_400_000);
}

export interface ServiceCheckRow {
  readonly region: Region;
  readonly resource: Resource;
  readonly check: ServiceCheck;
}

/** The last check of the service itself for each of a region's resources, in the region file's order. */
export function serviceChecks(region: Region): ServiceCheckRow[] {
  const provenance = PROVENANCE[region.id];
  if (!provenance) throw new Error(`${region.id}: no provenance (src/regions/checked.ts lists each region's)`);
  return region.resources.map((resource) => {
    const entry = provenance[resource.id];
    if (!entry) throw new Error(`${region.id}.${resource.id}: no provenance entry in src/regions/${region.id}.ts`);
    return { region, resource, check: entry.serviceChecked };
  });
}

/** Every region's service checks, the regions in src/regions/index.ts's order (what `npm run numbers` lists). */
export function allServiceChecks(): ServiceCheckRow[] {
  return REGIONS.flatMap(serviceChecks);
}

/**
 * When a region's numbers were last checked: the OLDEST service check among its resources (every number it
 * shows was checked then or later), as recorded: YYYY-MM-DD, or YYYY-MM where the record gives no day.
 */
export function lastChecked(region: Region): string {
  const [first, ...rest] = serviceChecks(region).map(({ check }) => check.date);
  if (first === undefined) throw new Error(`${region.id}: no resources`);
  return rest.reduce((oldest, date) => (earliestDay(date) < earliestDay(oldest) ? date : oldest), first);
}
