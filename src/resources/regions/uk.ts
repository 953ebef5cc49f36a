import type { Provenance, Region } from '../types';

/**
 * United Kingdom. Source: shared/content/facts.md §7. FRANK's number (0300 123 6600) is UNVERIFIED there (only
 * an outdated number was found), so FRANK is listed with its website only.
 */
export const region: Region = {
  id: 'uk',
  emergency: '999',
  crisisBar: 'tel:116123',
  locales: ['GB', 'UK'],
  resources: [
    {
      id: 'samaritans',
      crisis: true,
      contacts: [{ kind: 'call', value: '116123', display: '116 123' }],
      verification: 'verified',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '999', display: '999' }],
      verification: 'verified',
    },
    {
      id: 'nhs111',
      crisis: false,
      contacts: [{ kind: 'call', value: '111', display: '111' }],
      verification: 'verified',
    },
    {
      id: 'frank',
      crisis: false,
      contacts: [{ kind: 'web', value: 'https://www.talktofrank.com/', display: 'talktofrank.com' }],
      verification: 'unverified-number',
    },
  ],
};

/**
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  samaritans: { source: 'Samaritans (facts.md §7)', checked: '2026-11-27' },
  emergency: { source: 'UK emergency number (facts.md §7: use 999 if a life is at risk)', checked: '2026-11-27' },
  nhs111: { source: 'NHS 111, mental health option (facts.md §7; England)', checked: '2026-11-27' },
  frank: { source: 'FRANK, UK government drugs advice service (facts.md §7: service verified, number UNVERIFIED)', checked: '2026-11-27' },
};
