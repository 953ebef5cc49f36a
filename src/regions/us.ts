import type { Provenance, Region } from './types';

/**
 * United States. Source: the project's fact sheet §7 (docs/sources.md lists each page; read in archived
 * copies: re-check the live pages before a public release). The 988 LGBTQ+ "Press 3" option ended
 * 17 July 2025 and is not listed. Never Use Alone's number is not shown (no sign of operation since 2023).
 */
export const region: Region = {
  id: 'us',
  country: 'US',
  emergency: '911',
  crisisLine: 'lifeline',
  // 1-800-273-8255 (TALK), the National Suicide Prevention Lifeline's number before 988 (16 July 2022).
  retiredNumbers: ['18002738255'],
  resources: [
    {
      id: 'lifeline',
      topics: ['crisis'],
      contacts: [
        { kind: 'call', value: '988', display: '988' },
        { kind: 'text', value: '988', display: '988' },
        // 988lifeline.org, "What to expect": "our Spanish-language (text AYUDA)".
        { kind: 'text', value: '988', display: '988', body: 'AYUDA', languages: ['es'] },
        { kind: 'chat', value: 'https://988lifeline.org/', display: '988lifeline.org' },
      ],
      verification: 'verified',
    },
    {
      id: 'crisisTextLine',
      topics: ['crisis'],
      contacts: [{ kind: 'text', value: '741741', display: '741741', body: 'HOME' }],
      verification: 'secondary',
    },
    {
      id: 'emergency',
      topics: ['emergency'],
      contacts: [{ kind: 'call', value: '911', display: '911' }],
      verification: 'verified',
    },
    {
      id: 'samhsa',
      topics: ['substance', 'treatment'],
      contacts: [
        { kind: 'call', value: '18006624357', display: '1-800-662-4357' },
        { kind: 'tty', value: '18004874889', display: '1-800-487-4889' },
      ],
      verification: 'verified',
    },
    {
      id: 'findTreatment',
      topics: ['treatment'],
      contacts: [{ kind: 'web', value: 'https://findtreatment.gov/', display: 'FindTreatment.gov' }],
      verification: 'verified',
    },
    {
      id: 'partnership',
      topics: ['family'],
      contacts: [{ kind: 'call', value: '18553784373', display: '1-855-378-4373' }],
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
  lifeline: { source: 'SAMHSA, 988 Suicide & Crisis Lifeline; 988lifeline.org "What to expect" (text AYUDA) — fact sheet §7', checked: '2026-11-27' },
  crisisTextLine: { source: 'Crisis Text Line, corroborated by several independent sources (fact sheet §7, V-sec: confirm on crisistextline.org)', checked: '2026-11-27' },
  emergency: { source: 'US emergency number (fact sheet §7)', checked: '2026-11-27' },
  samhsa: { source: 'SAMHSA National Helpline (fact sheet §7)', checked: '2026-11-27' },
  findTreatment: { source: 'SAMHSA FindTreatment.gov (fact sheet §7)', checked: '2026-11-27' },
  partnership: { source: 'Partnership to End Addiction, family line: schedule a call; not a 24/7 crisis line (fact sheet §7)', checked: '2026-11-27' },
  narAnon: { source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)', checked: '2026-11-27' },
};
