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
 * Where each entry's details come from, when they were matched against the fact sheet (factSheetChecked), and
 * when, where and how the service itself was last checked (serviceChecked). Kept beside the data it vouches
 * for; read by src/regions/checked.ts (each country's last check; `npm run numbers` lists every entry's age).
 */
export const provenance: Provenance = {
  samaritans: {
    source: 'Samaritans (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'Samaritans, as fact sheet §7 gives it (no page named); no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  shout: {
    source: 'Shout, giveusashout.org (fact sheet §7: "giveusashout.org, Nov 2024")',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'giveusashout.org, as fact sheet §7 cites it ("giveusashout.org, Nov 2024": the page as read is from November 2024 or before); no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  emergency: {
    source: 'UK emergency number (fact sheet §7: NHS trust pages)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'NHS trust pages, as fact sheet §7 cites them; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  nhs111: {
    source: 'NHS 111, mental health option (fact sheet §7; England)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'NHS 111, mental health option, as fact sheet §7 gives it (no page named); no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  frank: {
    source: 'FRANK, UK government drugs advice (fact sheet §7: FRANK website source, 2021; re-check talktofrank.com before a release)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'The source of FRANK’s own website in a UK government repository, dated 2021 (fact sheet §7: re-check talktofrank.com before a release); no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
  narAnon: {
    source: 'Nar-Anon Family Groups, worldwide fellowship (fact sheet §7)',
    factSheetChecked: '2026-11-27',
    serviceChecked: { date: '2026-11-27', how: 'official page', source: 'nar-anon.org, as fact sheet §7 gives it; no read date for §7 in the fact sheet: this is the fact-sheet review date (docs/sources.md), and the read was on or before it' },
  },
};
