/**
 * The results as FHIR R4, for a clinic's records: a `Bundle` (type `collection`) with one
 * `QuestionnaireResponse` per questionnaire answered, and the matching `Questionnaire` resources (published
 * as static files by the build). Built from the instrument registrations (`exports`), never by hand per
 * questionnaire. Pure: the caller gives the wording, the date and the app version.
 *
 * - PHQ-9 and GAD-7 are LOINC's forms (`http://loinc.org/q/44249-1`, `…/69737-5`, the canonical Regenstrief
 *   uses): items linked by LOINC code ("/44250-9", as LHC-Forms does), answers as LOINC answer codes
 *   (`valueCoding`, with LOINC's display for the code in that form), question 10 included, the total under
 *   its LOINC code with the value type of LOINC's form (`valueDecimal`).
 * - A question whose wording follows an earlier answer (TAPS's alcohol item, by threshold) is one item per
 *   wording in the Questionnaire, each with its own linkId and code; a response has the one asked.
 * - TAPS (TAPS-1 with the opioid blocks of TAPS-2) and the safety questions are this project's own
 *   Questionnaires, at `<site>/fhir/Questionnaire/<id>`. An answer with a LOINC answer code carries it (TAPS-1's
 *   frequencies, as US Core's TAPS Questionnaire codes them); the others are coded in this project's code
 *   system.
 * - No identifier of the person: no subject, no author. `authored` and the app version (a `meta.tag`).
 */
import type { Bundle, Coding, Extension, Questionnaire, QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { INSTRUMENTS } from '../../instruments/registry';
import type { ExportQuestionnaire, Instrument } from '../../instruments/registry-types';
import { questionTextKey } from '../../instruments/steps';
import type { AnswerOption, Answers, ItemVariant, QuestionItem } from '../../instruments/types';
import type { Summary } from '../summary';

export const LOINC = 'http://loinc.org';

export interface ExportContext {
  /** Where the site is served from: this project's canonical URLs start there. */
  readonly site: string;
  readonly appVersion: string;
  /** English wording by `instruments` key. */
  readonly text: (key: string) => string;
  /** The language the person read the questions in (BCP 47): the response's `language`. */
  readonly language?: string;
  /**
   * The wording in each other language by key (undefined where there is none), for the Questionnaires'
   * translation extension: only in the languages an instrument is offered in.
   */
  readonly translations?: Readonly<Record<string, (key: string) => string | undefined>>;
}

export const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/**
 * French typography's no-break spaces (before « : », inside « ») as plain spaces: FHIR's JSON schema checks
 * a string with a pattern that JavaScript's (and many validators') `\S` reads as refusing them, so a
 * client could reject the file. The screen keeps them.
 */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** The translation extension (FHIR R4 core) of the wording at `key`, in each of `languages` that has it. */
function translated(key: string, languages: readonly string[], context: ExportContext): { extension: Extension[] } | undefined {
  const extension = languages.flatMap((language): Extension[] => {
    const content = context.translations?.[language]?.(key);
    return content === undefined ? [] : [{ url: TRANSLATION, extension: [{ url: 'lang', valueCode: language }, { url: 'content', valueString: plainSpaces(content) }] }];
  });
  return extension.length > 0 ? { extension } : undefined;
}

export const questionnaireUrl = (part: ExportQuestionnaire, site: string) =>
  part.loinc ? `${LOINC}/q/${part.loinc.code}` : `${site}/fhir/Questionnaire/${part.id}`;

const linkId = (part: ExportQuestionnaire, item: QuestionItem) => (part.loinc && item.loinc ? `/${item.loinc}` : item.id);

/** Our answer codes are the last part of the option's wording key ("taps.options.weekly" → "weekly"). */
export const ownCode = (option: AnswerOption) => option.labelKey.slice(option.labelKey.lastIndexOf('.') + 1);

function coding(option: AnswerOption, context: ExportContext): Coding {
  const display = context.text(option.labelKey);
  if (option.loinc) return { system: LOINC, code: option.loinc, display: option.loincDisplay ?? display };
  return { system: `${context.site}/fhir/CodeSystem/answers`, code: ownCode(option), display };
}

/** The question as exported: its linkId, LOINC code and wording (for a response, the wording asked). */
export interface ExportedQuestion {
  readonly linkId: string;
  readonly loinc?: string;
  readonly textKey: string;
}
function asExported(part: ExportQuestionnaire, item: QuestionItem, variant?: ItemVariant): ExportedQuestion {
  if (variant) return { linkId: part.loinc && variant.loinc ? `/${variant.loinc}` : variant.id, loinc: variant.loinc, textKey: variant.textKey };
  return { linkId: linkId(part, item), loinc: item.loinc, textKey: item.textKey };
}
/** Every wording of a question, for the published Questionnaire. */
export const allWordings = (part: ExportQuestionnaire, item: QuestionItem) => (item.variants ? item.variants.all.map((variant) => asExported(part, item, variant)) : [asExported(part, item)]);

/** The total's value, typed as the Questionnaire's total item is. */
const totalValue = (type: 'decimal' | 'integer', total: number) => (type === 'decimal' ? { valueDecimal: total } : { valueInteger: total });

/** The app-version tag's system ends with this path, and its display starts with APP_NAME (a kept file is recognised by both). */
export const APP_VERSION_PATH = '/fhir/app-version';
export const APP_NAME = 'Mood & Opioids Check-in';

const appTag = (context: ExportContext): Coding => ({
  system: `${context.site}${APP_VERSION_PATH}`,
  code: context.appVersion,
  display: `${APP_NAME} ${context.appVersion}`,
});

/**
 * The Questionnaire a response answers: every item, its options, and the total as a read-only item; the
 * wording in `languages` (those the instrument is offered in, besides English) as translation extensions.
 */
export function questionnaireFor(part: ExportQuestionnaire, context: ExportContext, languages: readonly string[] = []): Questionnaire {
  const withTranslation = (key: string, field: 'text' | 'display') => {
    const extensions = translated(key, languages, context);
    return extensions ? { [`_${field}`]: extensions } : {};
  };
  const items: QuestionnaireItem[] = part.items.flatMap((item) =>
    allWordings(part, item).map((question) => ({
      linkId: question.linkId,
      ...(question.loinc ? { code: [{ system: LOINC, code: question.loinc }] } : {}),
      text: context.text(question.textKey),
      ...withTranslation(question.textKey, 'text'),
      type: 'choice' as const,
      answerOption: item.options.map((option) => ({ valueCoding: { ...coding(option, context), ...withTranslation(option.labelKey, 'display') } })),
    })),
  );
  if (part.total) {
    items.push({ linkId: `/${part.total.code}`, code: [{ system: LOINC, code: part.total.code, display: part.total.display }], text: part.total.display, type: part.total.type, readOnly: true });
  }
  return {
    resourceType: 'Questionnaire',
    id: part.id,
    // The base language of its wording; the others are translation extensions.
    language: 'en',
    meta: { tag: [appTag(context)] },
    url: questionnaireUrl(part, context.site),
    version: context.appVersion,
    title: part.title,
    status: 'active',
    subjectType: ['Patient'],
    ...(part.loinc ? { code: [{ system: LOINC, code: part.loinc.code, display: part.loinc.display }] } : {}),
    item: items,
  };
}

/** Every Questionnaire the export can refer to. */
export function allQuestionnaires(context: ExportContext, instruments: readonly Instrument[] = INSTRUMENTS): Questionnaire[] {
  return instruments.flatMap((instrument) => instrument.exports.map((part) => questionnaireFor(part, context, instrument.languages.filter((language) => language !== 'en'))));
}

/** An instrument's total as the results show it (the summary's), or null when it has none. */
function totalIn(summary: Summary, instrument: Instrument): number | null {
  return summary.instruments.find((entry) => entry.instrument.id === instrument.id)?.banded?.total ?? null;
}

function responseItems(instrument: Instrument, part: ExportQuestionnaire, answers: Answers, summary: Summary, context: ExportContext): QuestionnaireResponseItem[] {
  const items = part.items.flatMap((item): QuestionnaireResponseItem[] => {
    const option = item.options.find((o) => o.value === answers[item.id]);
    if (!option) return [];
    const question = item.variants ? asExported(part, item, item.variants.asked(answers)) : { ...asExported(part, item), textKey: questionTextKey(item, answers) };
    return [{ linkId: question.linkId, text: context.text(question.textKey), answer: [{ valueCoding: coding(option, context) }] }];
  });
  const total = part.total ? totalIn(summary, instrument) : null;
  if (part.total && total !== null) items.push({ linkId: `/${part.total.code}`, text: part.total.display, answer: [totalValue(part.total.type, total)] });
  return items;
}

/**
 * The answers as a Bundle: one QuestionnaireResponse per questionnaire with at least one answer (a part the
 * person skipped, or was never asked, is left out). `completed` when every question of it that was asked has
 * an answer, else `in-progress`. Only answers on the check-in's path are given here (the caller passes them
 * after `unreachableAnswers`). Totals and completeness are read from `summary`, the one the results page
 * shows, never scored again here: the file and the screen cannot disagree.
 */
export function exportBundle(answers: Answers, summary: Summary, authored: Date, context: ExportContext, instruments: readonly Instrument[] = INSTRUMENTS): Bundle {
  const when = authored.toISOString();
  const responses: QuestionnaireResponse[] = instruments.flatMap((instrument) =>
    instrument.exports.flatMap((part): QuestionnaireResponse[] => {
      const item = responseItems(instrument, part, answers, summary, context);
      if (item.length === 0) return [];
      const complete = !part.total || totalIn(summary, instrument) !== null;
      return [
        {
          resourceType: 'QuestionnaireResponse',
          meta: { tag: [appTag(context)] },
          questionnaire: questionnaireUrl(part, context.site),
          ...(context.language ? { language: context.language } : {}),
          status: complete ? 'completed' : 'in-progress',
          authored: when,
          item,
        },
      ];
    }),
  );
  return {
    resourceType: 'Bundle',
    meta: { tag: [appTag(context)] },
    type: 'collection',
    timestamp: when,
    entry: responses.map((resource, index) => ({ fullUrl: `urn:uuid:${uuid(index, when)}`, resource })),
  };
}

/**
 * A fullUrl for each entry: unique within the file and carrying nothing about the person (derived from the
 * time and the position, not random, so the same export gives the same file).
 */
function uuid(index: number, when: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${when}#${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  const hex = hash.toString(16).padStart(8, '0');
  return `${hex}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
