import type { Provenance, Region } from './types';

/**
 * Mexico. Source: the project's fact sheet §7 (Línea de la Vida: V-sec, corroborated by several national
 * outlets; free, 24/7, mental health and addictions). No verified public naloxone supply without a
 * prescription: pages say "ask a health service or harm-reduction service", nothing more.
 */
export const region: Region = {
  id: 'mx',
  country: 'MX',
  emergency: '911',
  crisisLine: 'lineaDeLaVida',
  resources: [
    {
      id: 'lineaDeLaVida',
      topics: ['crisis', 'substance'],
      contacts: [{ kind: 'call', value: '8009112000', display: '800 911 2000' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '911', display: '911' }],
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
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  lineaDeLaVida: { source: 'Línea de la Vida, CONASAMA (fact sheet §7, V-sec: El Universal, 24 Dec 2025; confirm on gob.mx)', checked: '2026-11-27' },
  emergency: { source: 'Mexico national emergency number (fact sheet §7)', checked: '2026-11-27' },
  narAnon: { source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)', checked: '2026-11-27' },
};
