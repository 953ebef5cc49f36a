import type { Provenance, Region } from '../types';

/** Canada. Source: shared/content/facts.md §7 (9-8-8 since 30 November 2023, Government of Canada release). */
export const region: Region = {
  id: 'ca',
  emergency: '911',
  crisisBar: 'tel:988',
  locales: ['CA'],
  resources: [
    {
      id: 'lifeline',
      crisis: true,
      contacts: [
        { kind: 'call', value: '988', display: '9-8-8' },
        { kind: 'text', value: '988', display: '9-8-8' },
      ],
      verification: 'verified',
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
  lifeline: { source: '9-8-8 Suicide Crisis Helpline, run by CAMH (facts.md §7: Government of Canada release)', checked: '2026-11-27' },
  emergency: { source: 'Canada emergency number', checked: '2026-11-27' },
};
