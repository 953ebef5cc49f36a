import type { Provenance, Region } from '../types';

/** Mexico. Source: shared/content/facts.md §7 (Línea de la Vida, V-sec: El Universal 2025, Proceso 2025). */
export const region: Region = {
  id: 'mx',
  emergency: '911',
  crisisBar: 'tel:8009112000',
  locales: ['MX'],
  resources: [
    {
      id: 'lineaDeLaVida',
      crisis: true,
      contacts: [{ kind: 'call', value: '8009112000', display: '800 911 2000' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '911', display: '911' }],
      verification: 'verified',
    },
  ],
};

/**
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  lineaDeLaVida: { source: 'Línea de la Vida, CONASAMA (facts.md §7, V-sec: confirm on the official site)', checked: '2026-11-27' },
  emergency: { source: 'Mexico national emergency number', checked: '2026-11-27' },
};
