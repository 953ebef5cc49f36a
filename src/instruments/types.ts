/**
 * Instruments are data: each questionnaire is a plain, typed object (ids, LOINC codes, option values,
 * locale keys for the wording) and a pure scoring function beside it. Nothing here imports React, so the
 * same definitions serve the check-in, the results, the print handout and the tests.
 */

/** A key into the `instruments` locale namespace, e.g. `phq9.items.1`. */
export type InstrumentTextKey = string;

export interface AnswerOption {
  readonly value: number;
  readonly labelKey: InstrumentTextKey;
  /** LOINC answer code (LA…), where one exists. */
  readonly loinc?: string;
  /**
   * LOINC's display for that code in this form's answer list, where it differs from the wording shown (the
   * GAD-7's item 2 codes "More than half the days" as LA18938-3, "More days than not"). The FHIR export
   * writes it: LOINC's forms match an answer on its code and display.
   */
  readonly loincDisplay?: string;
}

/** One wording of a question whose wording follows an earlier answer, as the FHIR export names it. */
export interface ItemVariant {
  /** Its linkId in the export (the question's id, with the variant's own suffix). */
  readonly id: string;
  readonly loinc?: string;
  readonly textKey: InstrumentTextKey;
}

export interface QuestionItem {
  /** Stable id, also the check-in step in the URL (e.g. `phq9-3`). Never changes once published. */
  readonly id: string;
  /** The number shown to people and clinicians ("question 3"). */
  readonly number: number;
  /** LOINC question code, where one exists. */
  readonly loinc?: string;
  readonly textKey: InstrumentTextKey;
  /** When the wording depends on an earlier answer (the TAPS alcohol item follows the amount chosen). */
  readonly textKeyFor?: (answers: Answers) => InstrumentTextKey;
  /** A hint shown under the question. */
  readonly hintKey?: InstrumentTextKey;
  readonly options: readonly AnswerOption[];
  /**
   * Where the question asked depends on an earlier answer and each wording is a question of its own (TAPS's
   * alcohol item: 4 or more drinks is LOINC 75889-6, 5 or more 88037-7): every wording, for the published
   * Questionnaire, and the one a person was asked, for their response.
   */
  readonly variants?: { readonly all: readonly ItemVariant[]; readonly asked: (answers: Answers) => ItemVariant };
}

export interface InstrumentDefinition {
  readonly id: string;
  readonly name: InstrumentTextKey;
  /** Full citation of the instrument's source. */
  readonly source: string;
  readonly licenceKey: InstrumentTextKey;
  readonly stemKey?: InstrumentTextKey;
  readonly loinc?: Readonly<Record<string, string>>;
  readonly items: readonly QuestionItem[];
}

/** Answers as the check-in keeps them: question id → option value. */
export type Answers = Readonly<Record<string, number | undefined>>;
