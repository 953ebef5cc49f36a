import type { Region } from '../types';

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
      source: 'SAMHSA, 988 Suicide & Crisis Lifeline (facts.md §7)',
      checked: '2026-11-27',
    },
    {
      id: 'crisisTextLine',
      crisis: true,
      contacts: [{ kind: 'text', value: '741741', display: '741741', body: 'HOME' }],
      verification: 'secondary',
      source: 'Crisis Text Line (facts.md §7, V-sec: confirm on crisistextline.org)',
      checked: '2026-11-27',
    },
    {
      id: 'emergency',
      crisis: true,
      contacts: [{ kind: 'call', value: '911', display: '911' }],
      verification: 'verified',
      source: 'US emergency number',
      checked: '2026-11-27',
    },
    {
      id: 'samhsa',
      crisis: false,
      contacts: [
        { kind: 'call', value: '18006624357', display: '1-800-662-4357' },
        { kind: 'tty', value: '18004874889', display: '1-800-487-4889' },
      ],
      verification: 'verified',
      source: 'SAMHSA National Helpline (facts.md §7)',
      checked: '2026-11-27',
    },
    {
      id: 'findTreatment',
      crisis: false,
      contacts: [{ kind: 'web', value: 'https://findtreatment.gov/', display: 'FindTreatment.gov' }],
      verification: 'verified',
      source: 'SAMHSA FindTreatment.gov (facts.md §7)',
      checked: '2026-11-27',
    },
  ],
};
