import type { Provenance, Region } from './types';

/**
 * United Kingdom. Source: the project's fact sheet §7. NHS 111's mental health option is for England; say
 * "choose the mental health option", not "option 2". Use 999 if a life is at risk.
 */
export const region: Region = {
  id: 'uk',
  country: 'GB',
  aliases: ['UK'],
  emergency: '999',
  crisisLine: 'samaritans',
  resources: [
    {
      id: 'samaritans',
      topics: ['crisis'],
      contacts: [{ kind: 'call', value: '116123', display: '116 123' }],
      verification: 'verified',
    },
    {
      id: 'shout',
      topics: ['crisis'],
      contacts: [{ kind: 'text', value: '85258', display: '85258', body: 'SHOUT' }],
      verification: 'verified',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '999', display: '999' }],
      verification: 'verified',
    },
    {
      id: 'nhs111',
      topics: ['mentalHealth'],
      contacts: [{ kind: 'call', value: '111', display: '111' }],
      verification: 'verified',
    },
    {
      id: 'frank',
      topics: ['substance'],
      contacts: [
        { kind: 'call', value: '03001236600', display: '0300 123 6600' },
        { kind: 'text', value: '82111', display: '82111' },
        { kind: 'web', value: 'https://www.talktofrank.com/', display: 'talktofrank.com' },
      ],
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
  samaritans: { source: 'Samaritans (fact sheet §7)', checked: '2026-11-27' },
  shout: { source: 'Shout, giveusashout.org (fact sheet §7, read November 2024)', checked: '2026-11-27' },
  emergency: { source: 'UK emergency number (fact sheet §7: NHS trust pages)', checked: '2026-11-27' },
  nhs111: { source: 'NHS 111, mental health option (fact sheet §7; England)', checked: '2026-11-27' },
  frank: { source: 'FRANK, UK government drugs advice (fact sheet §7: FRANK website source, 2021; re-check talktofrank.com before a release)', checked: '2026-11-27' },
  narAnon: { source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)', checked: '2026-11-27' },
};
