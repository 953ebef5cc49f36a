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
 * Where each entry's details come from, when they were matched against the fact sheet (factSheetChecked), and
 * when, where and how the service itself was last checked (serviceChecked). Kept beside the data it vouches
 * for; read by src/regions/checked.ts (each country's last check; `npm run numbers` lists every entry's age).
 */
export const provenance: Provenance = {
  lifeline: {
    source: 'SAMHSA, 988 Suicide & Crisis Lifeline; 988lifeline.org "What to expect" (text AYUDA) — fact sheet §7',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: '988lifeline.org ("What to expect": text AYUDA) and SAMHSA, as fact sheet §7 cites them; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it. The December 2026 re-check read only the end of "Press 3" (as quoted by a third party), not the number' },
  },
  crisisTextLine: {
    source: 'Crisis Text Line, corroborated by several independent sources (fact sheet §7, V-sec: confirm on crisistextline.org)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-12', how: 'independent sources', source: 'Copies on sfisd.net and resources.penniesforpoverty.org ("Text HOME to 741741 from anywhere in the USA"); crisistextline.org was not readable. facts-evidence.md, crisis lines re-check; facts.md §9: stored copies verified in December 2026 (no day given)' },
  },
  emergency: {
    source: 'US emergency number (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'fact sheet only', source: 'Fact sheet §7 states 911 (numbers policy) without naming a page; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  samhsa: {
    source: 'SAMHSA National Helpline (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'SAMHSA National Helpline (samhsa.gov/find-help/national-helpline), as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  findTreatment: {
    source: 'SAMHSA FindTreatment.gov (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-12', how: 'official page', source: 'HHS, "Medications to treat opioid addiction" (hhs.gov/opioids/treatment/…), the row "US: FindTreatment.gov": "Find a comprehensive list of certified treatment programs across the United States"; facts-evidence.md §3, stored copies verified in December 2026 (facts.md §9, no day given). findtreatment.gov itself was read for §7 (no read date)' },
  },
  partnership: {
    source: 'Partnership to End Addiction, family line: schedule a call; not a 24/7 crisis line (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'Partnership to End Addiction (drugfree.org), as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  narAnon: {
    source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'nar-anon.org, as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
};
