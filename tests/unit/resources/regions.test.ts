import { describe, expect, it } from 'vitest';
import en from '../../../src/locales/en/resources.json';
import services from '../../../src/locales/en/services.json';
import { provenanceSchema, regionSchema } from '../../../src/resources/region-schema';
import type { Provenance, Region } from '../../../src/resources/types';
import { REGIONS } from '../../../src/resources/regions';

describe('regions as data', () => {
  it('has the five regions, United States first', () => {
    expect(REGIONS.map((r) => r.id)).toEqual(['us', 'ca', 'es', 'mx', 'uk']);
  });

  for (const region of REGIONS) {
    it(`${region.id}: passes the schema (numbers only where verified; source and check date on each)`, () => {
      expect(() => regionSchema.parse(region)).not.toThrow();
    });

    it(`${region.id}: has a crisis line and the emergency number in the crisis panel, and its wording`, () => {
      expect(region.resources.some((r) => r.crisis && r.id !== 'emergency')).toBe(true);
      expect(region.resources.find((r) => r.id === 'emergency')?.contacts[0]?.value).toBe(region.emergency);
      const words = (en as Record<string, unknown>)[region.id] as Record<string, unknown> | undefined;
      expect(words?.crisisBar).toBeTypeOf('string');
      expect(words?.crisisAction).toBeTypeOf('string');
      for (const resource of region.resources) {
        const entry = words?.[resource.id] as { name?: string } | undefined;
        const service = (services as Record<string, Record<string, { description?: string }> | undefined>)[region.id]?.[resource.id];
        expect(entry?.name, `${region.id}.${resource.id}.name`).toBeTypeOf('string');
        expect(service?.description, `${region.id}.${resource.id}.description`).toBeTypeOf('string');
      }
    });
  }

  it('records, in each region file, the source and check date of every entry', () => {
    const files = import.meta.glob<{ region: Region; provenance: Provenance }>('../../../src/resources/regions/*.ts', { eager: true });
    for (const { region, provenance } of Object.values(files)) {
      expect(() => provenanceSchema.parse(provenance)).not.toThrow();
      expect(Object.keys(provenance).sort(), region.id).toEqual(region.resources.map((r) => r.id).sort());
    }
  });

  it('shows FRANK by website only: its number is unverified', () => {
    const frank = REGIONS.find((r) => r.id === 'uk')?.resources.find((r) => r.id === 'frank');
    expect(frank?.contacts.map((c) => c.kind)).toEqual(['web']);
  });

  it('the schema rejects an unverified number shown as a number', () => {
    const bad = { ...REGIONS[0]!, resources: [{ id: 'x', crisis: false, verification: 'unverified-number', contacts: [{ kind: 'call', value: '03001236600', display: '0300 123 6600' }] }] };
    expect(regionSchema.safeParse(bad).success).toBe(false);
  });
});
