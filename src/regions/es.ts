import type { Provenance, Region } from './types';

/**
 * Spain. Source: the project's fact sheet §7 (024 since 10 May 2022: V-sec, corroborated by several national
 * outlets). Neither 911 nor 988 works in Spain. No verified national drug helpline, and no verified public
 * naloxone supply without a prescription.
 */
export const region: Region = {
  id: 'es',
  country: 'ES',
  emergency: '112',
  crisisLine: 'line024',
  resources: [
    {
      id: 'line024',
      topics: ['crisis'],
      contacts: [{ kind: 'call', value: '024', display: '024' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '112', display: '112' }],
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
  line024: { source: 'Línea 024, Ministerio de Sanidad (fact sheet §7, V-sec: Faro de Vigo, Oct 2025; RTVE 2022; confirm on sanidad.gob.es)', checked: '2026-11-27' },
  emergency: { source: 'EU emergency number 112 (fact sheet §7)', checked: '2026-11-27' },
  narAnon: { source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)', checked: '2026-11-27' },
};
