import type { Region } from '../types';

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
      source: 'Línea 024, Ministerio de Sanidad with Cruz Roja (facts.md §7, V-sec: confirm on the official site)',
      checked: '2026-11-27',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '112', display: '112' }],
      verification: 'verified',
      source: 'EU emergency number 112',
      checked: '2026-11-27',
    },
  ],
};
