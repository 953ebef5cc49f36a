/**
 * Check-ins to export, and the export's context, for the FHIR tests (the schema and conformance tests in
 * tests/unit/results/fhir.test.ts, Medplum's validator in tests/unit/results/fhir-medplum.test.ts).
 */
import type { ExportContext } from '../../src/results/share/fhir';
import type { Answers } from '../../src/instruments/types';
import { namespaceStrings } from './locales';

const en = namespaceStrings('en', 'instruments');

/** The English wording at `key` (the export's language); throws on a key with none. */
export function lookup(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`no English wording for ${key}`);
  return value;
}
export const context: ExportContext = { site: 'https://checkin.example.org', appVersion: '0.1.0', text: lookup };
export const authored = new Date('2026-11-27T14:30:00Z');

export const mood = (values: readonly number[]): Answers => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));

/** Everything answered: item 9 above 0, question 10, the GAD-7, TAPS with the heroin block, the safety questions. */
export const FULL: Answers = {
  ...mood([3, 3, 2, 3, 1, 2, 1, 1, 2]),
  'phq9-10': 3,
  'anxiety-consent': 1,
  ...Object.fromEntries([3, 2, 3, 1, 1, 0, 2].map((v, i) => [`gad7-${i + 1}`, v])),
  'substance-consent': 1,
  'taps1-tobacco': 4,
  'taps-alcohol-amount': 5,
  'taps1-alcohol': 3,
  'taps1-drugs': 4,
  'taps1-rx': 1,
  'taps2-heroin-1': 1,
  'taps2-heroin-2': 1,
  'taps2-heroin-3': 1,
  'street-opioids': 1,
  'taps2-rxOpioid-1': 1,
  'taps2-rxOpioid-2': 0,
  'taps2-rxOpioid-3': 1,
  'safety-alone': 1,
  'safety-mixing': 1,
  'safety-break': 1,
  'safety-naloxone': 0,
  'safety-fentanyl': 2,
};

/** Check-ins whose exports every validator and the conformance check read. */
export const EXPORT_CASES: Readonly<Record<string, Answers>> = {
  full: FULL,
  'four drinks': { ...FULL, 'taps-alcohol-amount': 4 },
  'no amount chosen': { ...FULL, 'taps-alcohol-amount': undefined },
  'mood only': { ...mood([0, 1, 2, 3, 0, 1, 2, 3, 0]), 'phq9-10': 0, 'anxiety-consent': 0, 'substance-consent': 0 },
  'left early': mood([1, 2]),
};
