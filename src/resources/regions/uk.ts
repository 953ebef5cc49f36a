import type { Region } from '../types';

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
      source: 'Samaritans (facts.md §7)',
      checked: '2026-11-27',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '999', display: '999' }],
      verification: 'verified',
      source: 'UK emergency number (facts.md §7: use 999 if a life is at risk)',
      checked: '2026-11-27',
    },
    {
      id: 'nhs111',
      crisis: false,
      contacts: [{ kind: 'call', value: '111', display: '111' }],
      verification: 'verified',
      source: 'NHS 111, mental health option (facts.md §7; England)',
      checked: '2026-11-27',
    },
    {
      id: 'frank',
      crisis: false,
      contacts: [{ kind: 'web', value: 'https://www.talktofrank.com/', display: 'talktofrank.com' }],
      verification: 'unverified-number',
      source: 'FRANK, UK government drugs advice service (facts.md §7: service verified, number UNVERIFIED)',
      checked: '2026-11-27',
    },
  ],
};
