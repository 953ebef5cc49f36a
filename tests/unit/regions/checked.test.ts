import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../src/regions';
import { ageInDays, allServiceChecks, earliestDay, lastChecked, PROVENANCE, serviceChecks } from '../../../src/regions/checked';
import type { Region } from '../../../src/regions/types';

const region = (id: string) => REGIONS.find((r) => r.id === id)!;

describe('when each country’s numbers were last checked (src/regions/checked.ts)', () => {
  it('a check date counts from its first day: the date itself, or the 1st of a month-only date', () => {
    expect(earliestDay('2026-11-27')).toBe('2026-11-27');
    expect(earliestDay('2026-12')).toBe('2026-12-01');
    for (const bad of ['2026-02-30', '2026-13', 'December 2026', '26-12-01', '']) expect(() => earliestDay(bad), bad).toThrow();
  });

  it('counts ages in whole days, across months and leap years', () => {
    expect(ageInDays('2026-11-27', '2026-11-27')).toBe(0);
    expect(ageInDays('2026-11-27', '2026-12-02')).toBe(5);
    expect(ageInDays('2026-12', '2026-12-02')).toBe(1);
    expect(ageInDays('2027-12-31', '2028-12-31')).toBe(366);
    expect(ageInDays('2026-12-02', '2026-11-27')).toBe(-5);
  });

  it('lastChecked is the OLDEST service check of a region’s resources, as recorded', () => {
    for (const r of REGIONS) {
      const dates = Object.values(PROVENANCE[r.id]!).map((entry) => entry.serviceChecked.date);
      const oldest = lastChecked(r);
      expect(dates, r.id).toContain(oldest);
      for (const date of dates) expect(earliestDay(date) >= earliestDay(oldest), `${r.id}: ${date}`).toBe(true);
    }
    // Today every country has services checked only at the fact-sheet review (27 November 2026), and others
    // re-checked in December 2026 (a month, no day).
    expect(REGIONS.map((r) => lastChecked(r))).toEqual(['2026-11-27', '2026-11-27', '2026-11-27', '2026-11-27', '2026-11-27']);
  });

  it('lastChecked returns a month when that is the oldest, and refuses a resource with no provenance', () => {
    const us = region('us');
    const reChecked: Region = { ...us, resources: us.resources.filter((r) => PROVENANCE.us![r.id]!.serviceChecked.date === '2026-12') };
    expect(reChecked.resources.map((r) => r.id)).toEqual(['crisisTextLine', 'findTreatment']);
    expect(lastChecked(reChecked)).toBe('2026-12');
    const unknown: Region = { ...us, resources: [...us.resources, { id: 'madeUp', topics: ['crisis'], contacts: [{ kind: 'call', value: '000', display: '000' }], verification: 'verified' }] };
    expect(() => lastChecked(unknown)).toThrow(/madeUp/);
    expect(() => lastChecked({ ...us, id: 'zz' })).toThrow(/zz/);
  });

  it('lists every service of every region once, in the regions’ order', () => {
    expect(allServiceChecks().map((row) => `${row.region.id}.${row.resource.id}`)).toEqual(REGIONS.flatMap((r) => serviceChecks(r).map((row) => `${r.id}.${row.resource.id}`)));
    expect(allServiceChecks()).toHaveLength(REGIONS.reduce((n, r) => n + r.resources.length, 0));
  });
});
