import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/en/resources.json';
import es from '../../../src/locales/es/resources.json';
import servicesEn from '../../../src/locales/en/services.json';
import servicesEs from '../../../src/locales/es/services.json';
import { crisisLineOf, REGIONS } from '../../../src/regions';
import { PROVENANCE } from '../../../src/regions/checked';
import { provenanceSchema, regionSchema } from '../../../src/regions/schema';
import type { Provenance, Region } from '../../../src/regions/types';

type Words = Record<string, Record<string, unknown> | undefined>;

describe('regions as data', () => {
  it('lists the five countries, United States first', () => {
    expect(REGIONS.map((r) => `${r.id}:${r.country}`)).toEqual(['us:US', 'ca:CA', 'es:ES', 'mx:MX', 'uk:GB']);
  });

  for (const region of REGIONS) {
    it(`${region.id}: passes the schema (a crisis line, the emergency number, https web links)`, () => {
      expect(() => regionSchema.parse(region)).not.toThrow();
    });

    it(`${region.id}: has its wording in every language (crisis bar, crisis action, names, descriptions)`, () => {
      for (const [words, services] of [[en, servicesEn], [es, servicesEs]] as unknown as [Words, Words][]) {
        const own = words[region.id];
        expect(own?.crisisBar).toBeTypeOf('string');
        expect(own?.crisisAction).toBeTypeOf('string');
        for (const resource of region.resources) {
          expect((own?.[resource.id] as { name?: string } | undefined)?.name, `${region.id}.${resource.id}.name`).toBeTypeOf('string');
          expect((services[region.id]?.[resource.id] as { description?: string } | undefined)?.description, `${region.id}.${resource.id}.description`).toBeTypeOf('string');
        }
      }
    });
  }

  it('names each country’s crisis line and emergency number as the fact sheet gives them [H3] [H4]', () => {
    const line = (id: string) => {
      const region = REGIONS.find((r) => r.id === id)!;
      return [crisisLineOf(region).contacts[0]?.value, region.emergency];
    };
    expect(line('us')).toEqual(['988', '911']);
    expect(line('ca')).toEqual(['988', '911']);
    expect(line('uk')).toEqual(['116123', '999']);
    expect(line('mx')).toEqual(['8009112000', '911']);
    expect(line('es')).toEqual(['024', '112']);
  });

  it('keeps the US Lifeline’s chat and its Spanish text keyword to the United States (not Canada)', () => {
    const ca = REGIONS.find((r) => r.id === 'ca')!;
    expect(ca.resources.flatMap((r) => r.contacts).some((c) => c.value.includes('988lifeline') || c.body === 'AYUDA')).toBe(false);
    const us = REGIONS.find((r) => r.id === 'us')!;
    expect(us.resources.flatMap((r) => r.contacts).find((c) => c.body === 'AYUDA')?.languages).toEqual(['es']);
  });

  it('lists no number the fact sheet says never to show: the retired Lifeline, Never Use Alone, the ended Press 3 [H4]', () => {
    const digits = (value: string) => value.replace(/\D/g, '');
    const DO_NOT_SHOW = ['18002738255', '8002738255', '18004843731', '8004843731'];
    for (const region of REGIONS) {
      const dialled = region.resources.flatMap((r) => r.contacts.map((c) => digits(c.value)));
      expect(dialled.filter((d) => DO_NOT_SHOW.some((bad) => d.endsWith(bad))), region.id).toEqual([]);
      // Every retired number a region records is one no contact of any region uses.
      for (const retired of region.retiredNumbers ?? []) expect(REGIONS.flatMap((r) => r.resources.flatMap((x) => x.contacts.map((c) => digits(c.value))))).not.toContain(retired);
    }
    const wording = JSON.stringify([en, es, servicesEn, servicesEs]);
    expect(wording).not.toMatch(/Press 3|pulse 3|marque 3|oprima 3/i);
    expect(wording).not.toMatch(/Never Use Alone/i);
  });

  it('records, in each region file, the source of every entry, its fact-sheet check and the last check of the service itself', () => {
    const files = import.meta.glob<{ region: Region; provenance: Provenance }>(['../../../src/regions/*.ts', '!**/index.ts', '!**/types.ts', '!**/schema.ts', '!**/text.ts', '!**/literals.ts', '!**/checked.ts'], { eager: true });
    expect(Object.keys(files)).toHaveLength(REGIONS.length);
    for (const { region, provenance } of Object.values(files)) {
      expect(() => provenanceSchema.parse(provenance)).not.toThrow();
      expect(Object.keys(provenance).sort(), region.id).toEqual(region.resources.map((r) => r.id).sort());
      // The map the numbers report and lastChecked read holds this same file's provenance.
      expect(PROVENANCE[region.id], region.id).toBe(provenance);
    }
    expect(Object.keys(PROVENANCE).sort()).toEqual(REGIONS.map((r) => r.id).sort());
  });

  it('checks each service the way its label says: [V-sec] through independent sources, verified never only so', () => {
    for (const region of REGIONS) {
      for (const resource of region.resources) {
        const { how } = PROVENANCE[region.id]![resource.id]!.serviceChecked;
        const where = `${region.id}.${resource.id}`;
        if (resource.verification === 'secondary') expect(how, where).toBe('independent sources');
        else expect(how, where).not.toBe('independent sources');
      }
    }
  });

  it('says so in its source when a service’s check date is only that of the fact-sheet review', () => {
    for (const region of REGIONS) {
      for (const [id, entry] of Object.entries(PROVENANCE[region.id]!)) {
        if (entry.serviceChecked.date === entry.factSheetChecked) expect(entry.serviceChecked.source, `${region.id}.${id}`).toMatch(/fact-sheet review date/);
        // A month-only date comes from a record that gives no day, and says so.
        if (/^\d{4}-\d{2}$/.test(entry.serviceChecked.date)) expect(entry.serviceChecked.source, `${region.id}.${id}`).toMatch(/no day given/);
      }
    }
  });

  it('the provenance schema rejects the old shape (one `checked` date) and a service check without a date, source or manner', () => {
    const entry = PROVENANCE.us!.lifeline!;
    expect(provenanceSchema.safeParse({ lifeline: entry }).success).toBe(true);
    expect(provenanceSchema.safeParse({ lifeline: { source: entry.source, checked: '2026-11-27' } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ lifeline: { ...entry, checked: '2026-11-27' } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ lifeline: { ...entry, serviceChecked: { ...entry.serviceChecked, date: 'December 2026' } } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ lifeline: { ...entry, serviceChecked: { ...entry.serviceChecked, date: '2026-13' } } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ lifeline: { ...entry, serviceChecked: { ...entry.serviceChecked, how: 'a friend' } } }).success).toBe(false);
    expect(provenanceSchema.safeParse({ lifeline: { ...entry, serviceChecked: { date: '2026-12', how: 'official page' } } }).success).toBe(false);
  });

  it('the schema rejects a region whose emergency number is not listed, or whose crisis line is not a crisis phone line', () => {
    const us = REGIONS[0]!;
    expect(regionSchema.safeParse({ ...us, emergency: '000' }).success).toBe(false);
    expect(regionSchema.safeParse({ ...us, crisisLine: 'findTreatment' }).success).toBe(false);
  });
});
