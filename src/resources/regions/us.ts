import type { Provenance, Region } from '../types';

/**
 * United States. Source: shared/content/facts.md §7 (read in archived copies; re-check the live pages before
 * a public release). The 988 LGBTQ+ "Press 3" option ended 17 July 2025 and is not listed; "Text AYUDA" is
 * unverified and not listed.
 */
export const region: Region = {
  id: 'us',
  emergency: '911',
  crisisBar: 'tel:988',
  locales: ['US'],
  resources: [
    {
      id: 'lifeline',
      crisis: true,
      contacts: [
        { kind: 'call', value: '988', display: '988' },
        { kind: 'text', value: '988', display: '988' },
        { kind: 'chat', value: 'https://988lifeline.org/', display: '988lifeline.org' },
      ],
      verification: 'verified',
    },
    {
      id: 'crisisTextLine',
      crisis: true,
      contacts: [{ kind: 'text', value: '741741', display: '741741', body: 'HOME' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '911', display: '911' }],
      verification: 'verified',
    },
    {
      id: 'samhsa',
      crisis: false,
      contacts: [
        { kind: 'call', value: '18006624357', display: '1-800-662-4357' },
        { kind: 'tty', value: '18004874889', display: '1-800-487-4889' },
      ],
      verification: 'verified',
    },
    {
      id: 'findTreatment',
      crisis: false,
      contacts: [{ kind: 'web', value: 'https://findtreatment.gov/', display: 'FindTreatment.gov' }],
      verification: 'verified',
    },
  ],
};

/**
 * Where each entry's details come from and when they were last checked. Kept beside the data it
 * vouches for; not imported by the app (the tests check that every entry has one).
 */
export const provenance: Provenance = {
  lifeline: { source: 'SAMHSA, 988 Suicide & Crisis Lifeline (facts.md §7)', checked: '2026-11-27' },
  crisisTextLine: { source: 'Crisis Text Line (facts.md §7, V-sec: confirm on crisistextline.org)', checked: '2026-11-27' },
  emergency: { source: 'US emergency number', checked: '2026-11-27' },
  samhsa: { source: 'SAMHSA National Helpline (facts.md §7)', checked: '2026-11-27' },
  findTreatment: { source: 'SAMHSA FindTreatment.gov (facts.md §7)', checked: '2026-11-27' },
};
