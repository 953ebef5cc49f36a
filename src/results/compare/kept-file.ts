/**
 * Reading a kept check-in: the FHIR Bundle the results page saves ("Keep a copy of these results", the same
 * file as "Download for my clinic's records"), picked again by the person to compare. Read in the page,
 * never sent. Pure (no React, no DOM): bytes in, a check-in or one named problem out, and never a throw
 * (tests/property/kept-file.property.test.ts feeds it 10,000 inputs).
 *
 * A file is read whole or refused whole: there is no partial reading. It must be this app's export (its
 * app-version tag), from this version or an earlier one, dated no later than now, every answer one of its
 * question's options, and every total equal to the one its answers give (the registered instruments
 * score them again). A questionnaire left part-way is read, and marked incomplete: it is shown, not compared.
 */
import { INSTRUMENTS } from '../../instruments/registry';
import type { ExportQuestionnaire, Instrument } from '../../instruments/registry-types';
import type { AnswerOption, Answers, QuestionItem } from '../../instruments/types';
import { MAX_FILE_BYTES } from './limits';
import { allWordings, APP_NAME, APP_VERSION_PATH, LOINC, ownCode } from '../share/fhir';

/** A clock a little ahead of the one that wrote the file is not "the future". */
const CLOCK_SKEW_MS = 10 * 60 * 1000;

export type KeptProblem =
  | { readonly kind: 'tooLarge'; readonly size: number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'image'; readonly format: string }
  | { readonly kind: 'notText' }
  | { readonly kind: 'notJson' }
  /** JSON, but not a FHIR Bundle of this app's kind. */
  | { readonly kind: 'notCheckIn' }
  /** A FHIR Bundle (or another FHIR resource) that this app did not write. */
  | { readonly kind: 'otherApp' }
  | { readonly kind: 'newerVersion'; readonly version: string }
  | { readonly kind: 'noDate' }
  | { readonly kind: 'future'; readonly date: Date }
  | { readonly kind: 'noAnswers' }
  /** A question or an answer that none of this app's questionnaires has (an edited file). */
  | { readonly kind: 'unknownAnswer' }
  | { readonly kind: 'totalMismatch'; readonly name: string; readonly total: number | null; readonly fromAnswers: number | null };

export interface KeptCheckIn {
  readonly authored: Date;
  readonly appVersion: string;
  /** Every answer the file holds, by question id, as the check-in keeps them. */
  readonly answers: Answers;
  /** The instruments the file has a response for. */
  readonly instruments: readonly string[];
}

export type KeptResult = { readonly ok: true; readonly checkIn: KeptCheckIn } | { readonly ok: false; readonly problem: KeptProblem };

const refuse = (problem: KeptProblem): KeptResult => ({ ok: false, problem });

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: Json): readonly Json[] | null => (Array.isArray(value) ? value : null);

/** The first bytes of the picture and document formats people most often pick by mistake. */
const SIGNATURES: readonly { readonly format: string; readonly bytes: readonly (number | null)[] }[] = [
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'WebP', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { format: 'HEIC', bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] },
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
];

function imageFormat(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find(({ bytes: signature }) => bytes.length >= signature.length && signature.every((byte, i) => byte === null || bytes[i] === byte));
  return match?.format ?? null;
}

/** "1.2.3" as numbers; null for anything else. */
export function parseVersion(version: string): readonly [number, number, number] | null {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(version);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

const newer = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/** This app's tag on a resource: its version, or null when it has none. */
function appVersionOf(resource: Record<string, Json>): string | null {
  const tags = isObject(resource.meta) ? arrayOf(resource.meta.tag) : null;
  const tag = tags?.find((t) => isObject(t) && typeof t.system === 'string' && t.system.endsWith(APP_VERSION_PATH) && typeof t.display === 'string' && t.display.startsWith(APP_NAME));
  return isObject(tag) && typeof tag.code === 'string' ? tag.code : null;
}

interface PartReader {
  readonly instrument: Instrument;
  readonly part: ExportQuestionnaire;
  /** The question each linkId stands for. */
  readonly questions: ReadonlyMap<string, QuestionItem>;
}

/** Every questionnaire of the export, found by its canonical URL (our own by its path: the site may have moved). */
function partFor(url: string, instruments: readonly Instrument[]): PartReader | null {
  for (const instrument of instruments) {
    for (const part of instrument.exports) {
      const matches = part.loinc ? url === `${LOINC}/q/${part.loinc.code}` : /^https?:\/\/[^/]+/.test(url) && url.endsWith(`/fhir/Questionnaire/${part.id}`);
      if (matches) return { instrument, part, questions: new Map(part.items.flatMap((item) => allWordings(part, item).map((q) => [q.linkId, item] as const))) };
    }
  }
  return null;
}

function optionFor(item: QuestionItem, coding: Json): AnswerOption | null {
  if (!isObject(coding) || typeof coding.code !== 'string') return null;
  const { code, system } = coding;
  return item.options.find((option) => (option.loinc ? system === LOINC && option.loinc === code : system !== LOINC && ownCode(option) === code)) ?? null;
}

function totalOf(item: Record<string, Json>): number | null {
  const answer = arrayOf(item.answer);
  if (!answer || answer.length !== 1 || !isObject(answer[0])) return null;
  const value = answer[0].valueDecimal ?? answer[0].valueInteger;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function dateOf(value: Json): Date | null {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `bytes`: the file as picked; `now`: the time of reading; `appVersion`: this app's. Instruments: the
 * registered ones (a test passes its own).
 */
export function readKept(bytes: Uint8Array, now: Date, appVersion: string, instruments: readonly Instrument[] = INSTRUMENTS): KeptResult {
  if (bytes.length > MAX_FILE_BYTES) return refuse({ kind: 'tooLarge', size: bytes.length });
  if (bytes.length === 0) return refuse({ kind: 'empty' });
  const format = imageFormat(bytes);
  if (format) return refuse({ kind: 'image', format });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse({ kind: 'notText' });
  }
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch {
    return refuse({ kind: 'notJson' });
  }
  return readBundle(json, now, appVersion, instruments);
}

/** The Bundle, once parsed. */
export function readBundle(json: Json, now: Date, appVersion: string, instruments: readonly Instrument[] = INSTRUMENTS): KeptResult {
  if (!isObject(json) || typeof json.resourceType !== 'string') return refuse({ kind: 'notCheckIn' });
  const version = appVersionOf(json);
  if (json.resourceType !== 'Bundle' || version === null) return refuse({ kind: 'otherApp' });
  const theirs = parseVersion(version);
  const ours = parseVersion(appVersion);
  if (!theirs || !ours) return refuse({ kind: 'notCheckIn' });
  if (newer(theirs, ours)) return refuse({ kind: 'newerVersion', version });
  const entries = arrayOf(json.entry);
  if (json.type !== 'collection' || !entries) return refuse({ kind: 'notCheckIn' });
  const authored = dateOf(json.timestamp);
  if (!authored) return refuse({ kind: 'noDate' });
  if (authored.getTime() > now.getTime() + CLOCK_SKEW_MS) return refuse({ kind: 'future', date: authored });

  const answers: Record<string, number> = {};
  const found = new Set<string>();
  const totals: { reader: PartReader; total: number | null; status: string }[] = [];
  for (const entry of entries) {
    const resource = isObject(entry) ? entry.resource : null;
    if (!isObject(resource) || resource.resourceType !== 'QuestionnaireResponse' || appVersionOf(resource) !== version) return refuse({ kind: 'notCheckIn' });
    if (typeof resource.questionnaire !== 'string' || (resource.status !== 'completed' && resource.status !== 'in-progress')) return refuse({ kind: 'notCheckIn' });
    const date = dateOf(resource.authored);
    if (!date || date.getTime() !== authored.getTime()) return refuse({ kind: 'noDate' });
    const reader = partFor(resource.questionnaire, instruments);
    if (!reader || found.has(reader.part.id)) return refuse({ kind: 'unknownAnswer' });
    found.add(reader.part.id);
    const items = arrayOf(resource.item);
    if (!items || items.length === 0) return refuse({ kind: 'noAnswers' });
    let total: number | null = null;
    const seen = new Set<string>();
    for (const item of items) {
      if (!isObject(item) || typeof item.linkId !== 'string' || seen.has(item.linkId)) return refuse({ kind: 'unknownAnswer' });
      seen.add(item.linkId);
      if (reader.part.total && item.linkId === `/${reader.part.total.code}`) {
        total = totalOf(item);
        if (total === null) return refuse({ kind: 'unknownAnswer' });
        continue;
      }
      const question = reader.questions.get(item.linkId);
      const answer = arrayOf(item.answer);
      const option = question && answer?.length === 1 && isObject(answer[0]) ? optionFor(question, answer[0].valueCoding) : null;
      if (!question || !option || question.id in answers) return refuse({ kind: 'unknownAnswer' });
      answers[question.id] = option.value;
    }
    totals.push({ reader, total, status: resource.status });
  }
  if (totals.length === 0) return refuse({ kind: 'noAnswers' });

  // Every total as its answers give it: the instrument scores them again, as it scored the check-in.
  for (const { reader, total, status } of totals) {
    const { presentation } = reader.instrument;
    if (!reader.part.total || presentation.kind !== 'banded') continue;
    const fromAnswers = presentation.view(answers).total;
    const agrees = total === null ? fromAnswers === null && status === 'in-progress' : total === fromAnswers && status === 'completed';
    if (!agrees) return refuse({ kind: 'totalMismatch', name: reader.instrument.acronym, total, fromAnswers });
  }
  const ids = [...new Set(totals.map(({ reader }) => reader.instrument.id))];
  // The intros' choices ("answer these questions") the check-in keeps beside the answers.
  for (const instrument of instruments) {
    if (ids.includes(instrument.id) && instrument.entry.kind === 'intro') answers[instrument.entry.consentId] = 1;
  }
  return { ok: true, checkIn: { authored, appVersion: version, answers: Object.freeze(answers), instruments: ids } };
}
