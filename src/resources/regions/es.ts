import type { Provenance, Region } from '../types';

/** Spain. Source: shared/content/facts.md §7 (024 since 10 May 2022, V-sec: RTVE 2022). */
export const region: Region = {
  id: 'es',
  emergency: '112',
  crisisBar: 'tel:024',
  locales: ['ES'],
  resources: [
    {
      id: 'line024',
      crisis: true,
      contacts: [{ kind: 'call', value: '024', display: '024' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '112', display: '112' }],
      verification: 'verified',
    },
  ],
};

/**
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  line024: { source: 'Línea 024, Ministerio de Sanidad with Cruz Roja (facts.md §7, V-sec: confirm on the official site)', checked: '2026-11-27' },
  emergency: { source: 'EU emergency number 112', checked: '2026-11-27' },
};
