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
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  lifeline: { source: '9-8-8 Suicide Crisis Helpline, run by CAMH (fact sheet §7: Government of Canada release)', checked: '2026-11-27' },
  emergency: { source: 'Canada emergency number (fact sheet §7)', checked: '2026-11-27' },
  nors: { source: 'National Overdose Response Service (fact sheet §7: Street Connections, Winnipeg; Harm Reduction Journal 2024)', checked: '2026-11-27' },
  narAnon: { source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)', checked: '2026-11-27' },
};
