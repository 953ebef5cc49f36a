import type { Provenance, Region } from './types';

/**
 * Spain. Source: the project's fact sheet §7 (024 since 10 May 2022: V-sec, corroborated by several national
 * outlets). Neither 911 nor 988 works in Spain. No verified national drug helpline, and no verified public
 * naloxone supply without a prescription.
 */
export const region: Region = {
  id: 'es',
  country: 'ES',
  emergency: '112',
  crisisLine: 'line024',
  resources: [
    {
      id: 'line024',
      topics: ['crisis'],
      contacts: [{ kind: 'call', value: '024', display: '024' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '112', display: '112' }],
      verification: 'verified',
    },
    {
      id: 'narAnon',
      topics: ['family'],
      contacts: [{ kind: 'web', value: 'https://www.nar-anon.org/', display: 'nar-anon.org' }],
      verification: 'verified',
    },
  ],
};

/**
 * Where each entry's details come from, when they were matched against the fact sheet (factSheetChecked), and
 * when, where and how the service itself was last checked (serviceChecked). Kept beside the data it vouches
 * for; read by src/regions/checked.ts (each country's last check; `npm run numbers` lists every entry's age).
 */
export const provenance: Provenance = {
  line024: {
    source: 'Línea 024, Ministerio de Sanidad (fact sheet §7, V-sec: Faro de Vigo, Oct 2025; RTVE 2022; confirm on sanidad.gob.es)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-12', how: 'independent sources', source: 'RTVE (9 May 2022) and Maldita (10 May 2022, the BOE as relayed); facts-evidence.md, crisis lines re-check; facts.md §9: stored copies verified in December 2026 (no day given). Newest source: Faro de Vigo, Oct 2025 (§7). sanidad.gob.es not read' },
  },
  emergency: {
    source: 'EU emergency number 112 (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'fact sheet only', source: 'Fact sheet §7 states 112 without naming a page; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  narAnon: {
    source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'nar-anon.org, as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
};
