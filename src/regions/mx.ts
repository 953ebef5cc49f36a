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
 * Where each entry's details come from, when they were matched against the fact sheet (factSheetChecked), and
 * when, where and how the service itself was last checked (serviceChecked). Kept beside the data it vouches
 * for; read by src/regions/checked.ts (each country's last check; `npm run numbers` lists every entry's age).
 */
export const provenance: Provenance = {
  lineaDeLaVida: {
    source: 'Línea de la Vida, CONASAMA (fact sheet §7, V-sec: El Universal, 24 Dec 2025; confirm on gob.mx)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-12', how: 'independent sources', source: 'El Universal (24 Dec 2025) and Proceso (11 Oct 2025, citing an SSA communiqué); facts-evidence.md, crisis lines re-check; facts.md §9: stored copies verified in December 2026 (no day given). gob.mx not read' },
  },
  emergency: {
    source: 'Mexico national emergency number (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'fact sheet only', source: 'Fact sheet §7 states 911 without naming a page; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  narAnon: {
    source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'nar-anon.org, as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
};
