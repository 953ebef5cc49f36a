import type { Provenance, Region } from './types';

/**
 * Canada. Source: the project's fact sheet §7. 9-8-8 (since 30 November 2023, run by CAMH) has no
 * veterans/Spanish menu and no 988lifeline.org chat: those are the US Lifeline's. There is no current
 * national substance-use helpline (Wellness Together Canada closed in April 2024).
 */
export const region: Region = {
  id: 'ca',
  country: 'CA',
  emergency: '911',
  crisisLine: 'lifeline',
  barLines: ['quebecLine'],
  resources: [
    {
      id: 'lifeline',
      topics: ['crisis'],
      contacts: [
        { kind: 'call', value: '988', display: '9-8-8' },
        { kind: 'text', value: '988', display: '9-8-8' },
      ],
      verification: 'verified',
    },
    {
      // Québec's own line (1 866 APPELLE): shown in the crisis bar of every Canadian page, "In Québec", so a
      // reader there finds it without being asked where they live (barLines below).
      id: 'quebecLine',
      topics: ['crisis'],
      contacts: [{ kind: 'call', value: '18662773553', display: '1 866 APPELLE (277-3553)' }],
      verification: 'verified',
    },
    {
      id: 'infoSocial',
      topics: ['mentalHealth'],
      contacts: [{ kind: 'call', value: '811', display: '811' }],
      verification: 'verified',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '911', display: '911' }],
      verification: 'verified',
    },
    {
      id: 'nors',
      topics: ['overdose'],
      contacts: [{ kind: 'call', value: '18886886677', display: '1-888-688-6677' }],
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
  lifeline: {
    source: '9-8-8 Suicide Crisis Helpline, run by CAMH (fact sheet §7: Government of Canada release)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-12', how: 'official page', source: 'Copies of the Government of Canada release (napaneebeaver.ca) and of 988.ca "What to expect" (9-8-8 in English and French, 24 hours a day); facts-evidence.md §9–10; facts.md §9: stored copies verified in December 2026 (no day given)' },
  },
  quebecLine: {
    source: 'Québec: the provincial suicide prevention line, 1 866 APPELLE (277-3553) (facts.md §9, §7 Canada for fr-CA)',
    factSheetChecked: '2026-12-03',
    serviceChecked: { date: '2026-12', how: 'official page', source: 'Québec government release of 15 April 2021 (newswire.ca: "la ligne provinciale d\'intervention en prévention du suicide 1 866 APPELLE (277-3553)") and CISSS de l\'Outaouais, "Crisis / 811" ("Suicide crisis? (1 866 277-3553)"); facts-evidence.md §9–10: stored copies verified in December 2026 (no day given)' },
  },
  infoSocial: {
    source: 'Québec: Info-Social 811, option 2 (facts.md §9, §7 Canada for fr-CA)',
    factSheetChecked: '2026-12-03',
    serviceChecked: { date: '2026-12', how: 'official page', source: 'CISSS de l\'Abitibi-Témiscamingue, "Info-Santé/Info-Social 811" ("Professional telephone consultation service accessible 24 hours a day, 7 days a week. Free and confidential") and CISSS de l\'Outaouais ("call 811 and choose Option 2, Info-Social"); facts-evidence.md §9–10: stored copies verified in December 2026 (no day given)' },
  },
  emergency: {
    source: 'Canada emergency number (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'fact sheet only', source: 'Fact sheet §7 states 911 without naming a page; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  nors: {
    source: 'National Overdose Response Service (fact sheet §7: Street Connections, Winnipeg; Harm Reduction Journal 2024)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'Street Connections (Winnipeg health authority) page, as fact sheet §7 cites it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  narAnon: {
    source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'nar-anon.org, as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
};
