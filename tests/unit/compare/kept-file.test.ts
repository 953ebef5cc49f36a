/**
 * Reading a kept check-in [H31]: this app's own export reads back to the answers it was made from; each
 * kind of bad file is refused whole, with the problem named; nothing is ever partly read.
 */
import { describe, expect, it } from 'vitest';
import { readKept, readBundle, type KeptResult } from '../../../src/results/compare/kept-file';
import { exportBundle } from '../../../src/results/share/fhir';
import { summarise } from '../../../src/results/summary';
import type { Answers } from '../../../src/instruments/types';
import { authored, context, FULL, mood } from '../../support/fhir-cases';

const NOW = new Date('2026-12-01T10:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);
const exported = (answers: Answers, when = authored, options = { asked: ['gad7'] }) =>
  JSON.parse(JSON.stringify(exportBundle(answers, summarise(answers, options), when, context))) as Record<string, unknown>;
const read = (json: unknown): KeptResult => readKept(bytes(JSON.stringify(json)), NOW, '0.1.0');
const problem = (result: KeptResult) => (result.ok ? 'ok' : result.problem.kind);

describe('a kept check-in reads back to its answers [H31]', () => {
  it('the whole check-in: every answer the export wrote, and its date [H31]', () => {
    const result = read(exported(FULL));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.checkIn.authored.toISOString()).toBe(authored.toISOString());
    expect(result.checkIn.instruments).toEqual(['phq9', 'gad7', 'taps']);
    for (const [id, value] of Object.entries(FULL)) expect(result.checkIn.answers[id], id).toBe(value);
  });

  it('a mood-only check-in left part-way is read, and its total stays missing', () => {
    const partial = mood([1, 2, 0]);
    const result = read(exported(partial, authored, { asked: [] }));
    expect(problem(result)).toBe('ok');
    if (result.ok) expect(result.checkIn.answers).toMatchObject(partial);
  });

  it('a file saved from another address of the site reads the same (own Questionnaires found by their path)', () => {
    const moved = JSON.parse(JSON.stringify(exported(FULL)).replaceAll('https://checkin.example.org', 'http://127.0.0.1:4173')) as unknown;
    expect(problem(read(moved))).toBe('ok');
  });
});

describe('a bad file is refused whole, with what is wrong named [H31]', () => {
  const bundle = () => exported(FULL);
  interface Item {
    linkId: string;
    answer: { valueDecimal?: number; valueCoding?: { code: string } }[];
  }
  interface Response {
    questionnaire: string;
    item: Item[];
  }
  const withResponse = (change: (response: Response) => void) => {
    const copy = bundle() as unknown as { entry: { resource: Response }[] };
    change(copy.entry[0]!.resource);
    return copy;
  };

  it.each([
    ['too large', readKept(new Uint8Array(300 * 1024), NOW, '0.1.0'), 'tooLarge'],
    ['empty', readKept(new Uint8Array(0), NOW, '0.1.0'), 'empty'],
    ['a renamed PNG', readKept(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), NOW, '0.1.0'), 'image'],
    ['a renamed JPEG', readKept(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), NOW, '0.1.0'), 'image'],
    ['not UTF-8', readKept(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), NOW, '0.1.0'), 'notText'],
    ['not JSON', readKept(bytes('hello, world'), NOW, '0.1.0'), 'notJson'],
    ['JSON that is not FHIR', read({ phq9: 12 }), 'notCheckIn'],
    ['a JSON array', read([1, 2, 3]), 'notCheckIn'],
    ['a FHIR Bundle from another app', read({ resourceType: 'Bundle', type: 'collection', entry: [] }), 'otherApp'],
    ['a Patient resource', read({ resourceType: 'Patient', id: 'x' }), 'otherApp'],
    ['from a newer version', read(JSON.parse(JSON.stringify(bundle()).replaceAll('0.1.0', '0.2.0'))), 'newerVersion'],
    ['dated in the future', read(exported(FULL, new Date('2027-01-01T00:00:00Z'))), 'future'],
    ['with no date', read({ ...bundle(), timestamp: 'yesterday' }), 'noDate'],
    ['a total that disagrees with its items', read(withResponse((r) => (r.item.at(-1)!.answer[0]!.valueDecimal = 3))), 'totalMismatch'],
    ['a total removed from a completed questionnaire', read(withResponse((r) => void r.item.pop())), 'totalMismatch'],
    ['an answer changed to a code the question does not have', read(withResponse((r) => (r.item[0]!.answer[0]!.valueCoding!.code = 'LA-nope'))), 'unknownAnswer'],
    ['a question this app does not ask', read(withResponse((r) => (r.item[0]!.linkId = '/00000-0'))), 'unknownAnswer'],
    ['an answer given twice', read(withResponse((r) => void r.item.push(r.item[0]!))), 'unknownAnswer'],
    ['an unknown questionnaire', read(withResponse((r) => (r.questionnaire = 'http://loinc.org/q/00000-0'))), 'unknownAnswer'],
    ['a response with no answers', read(withResponse((r) => (r.item = []))), 'noAnswers'],
  ])('%s is refused [H31]', (_name, result, kind) => {
    expect(problem(result)).toBe(kind);
  });

  it('the control: the same file unchanged reads', () => {
    expect(problem(read(bundle()))).toBe('ok');
    expect(problem(readBundle(bundle(), NOW, '0.1.0'))).toBe('ok');
  });
});
