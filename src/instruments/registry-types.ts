/**
 * What registering an instrument means: everything the check-in, the review list, the results, the
 * handout, the clinicians' page and the export need to know about it, in one object. Pure data and
 * functions (no React): the features loop over the registered instruments (registry.ts) and present each
 * one by its `presentation` kind.
 */
import type { InstrumentOutcome } from './facts';
import type { NextStepRule } from './next-step-rule';
import type { Step } from './steps';
import type { Answers, InstrumentTextKey, QuestionItem } from './types';

/**
 * A source of a statement of fact on the results page, by id as cited in the strings (`[n]`). The page
 * numbers them in order of first appearance and lists only those it cites.
 */
export interface Reference {
  readonly id: number;
  readonly textKey: `references.${number}`;
  readonly url: string;
  /**
   * The countries its facts hold in, for a source on one country's drug supply, products, law or services
   * (the CDC on the US supply, the FDA on a US product, SAMHSA…): a message citing it shows only there
   * (tests/unit/results/next-steps.test.ts). Unset: a fact that holds everywhere.
   */
  readonly countries?: readonly string[];
}

/** A score range with its name ("mild": 5–9). */
export interface Band {
  readonly band: string;
  readonly min: number;
  readonly max: number;
}

/** A scored instrument's result, as the results page and the handout show it. */
export interface BandedView {
  /** The total, when every item has a valid answer; never imputed. */
  readonly total: number | null;
  readonly band: string | null;
  readonly max: number;
  readonly bands: readonly Band[];
  /** Numbers of the items without a valid answer. */
  readonly missing: readonly number[];
  /** The scored items, in order (the handout's table). */
  readonly itemIds: readonly string[];
  /** Ids of the items the handout marks (PHQ-9 item 9 above 0), with a `results` key of the mark. */
  readonly flagged: readonly { readonly itemId: string; readonly labelKey: string; readonly noteKey: string }[];
  /**
   * Further lines under the score (the PHQ-2 score, question 10): the `results` keys to show on the results
   * page and on the handout, their values, and an answer's `instruments` key to show as `{{answer}}`.
   */
  readonly extras: readonly {
    readonly results?: string;
    readonly handout?: string;
    readonly values?: Readonly<Record<string, number>>;
    readonly answerKey?: InstrumentTextKey;
  }[];
}

export type Presentation =
  /**
   * A total on a scale with bands: the shared banded section and the handout's item table. Its band joins
   * the facts the next steps read (`bands.<id>`); `concernBands` are those clearly worth talking about.
   */
  | {
      readonly kind: 'banded';
      view(answers: Answers): BandedView;
      readonly bandNameKey: string;
      readonly concernBands?: readonly string[];
      /**
       * The smallest change in the total between two check-ins that means something for one person (its
       * published minimal clinically important difference, instruments.md §6), with the `results` key of the
       * reference that says so. Without it, two check-ins are shown side by side with no verdict.
       */
      readonly change?: { readonly meaningful: number; readonly sourceKey: string; readonly url: string };
    }
  /** A section of its own (named here, provided by the results feature). */
  | { readonly kind: 'custom'; readonly section: string };

/** How a person reaches the instrument's questions. */
export type Entry =
  /** Part of every check-in (the mood questions). */
  | { readonly kind: 'always' }
  /** Behind a short intro with a real choice to answer or skip; `consentId` keeps the choice (1 or 0). */
  | { readonly kind: 'intro'; readonly id: string; readonly consentId: string };

export interface Instrument {
  /** Stable id: in links (`?add=gad7`), locale keys and exports. */
  readonly id: string;
  /** `instruments` locale key of its short name ("PHQ-9"). */
  readonly nameKey: InstrumentTextKey;
  /** Its acronym, the same in every language ("PHQ-9"), for notices shown before its wording is loaded. */
  readonly acronym: string;
  /** The part of the check-in: a `results` heading (`parts.<part>`) and a group of the review list. */
  readonly part: string;
  readonly entry: Entry;
  /**
   * Off unless offered: an optional instrument is offered by its intro (answer or skip), or asked straight
   * away when a clinician's link adds it. Others are asked unless a link leaves them out.
   */
  readonly optional: boolean;
  /**
   * Languages its wording was checked in; it is never offered in another. Required: a translation's keys
   * alone never put wording live (a new language is offered only once its registration names it).
   */
  readonly languages: readonly string[];
  /** Every question it can ask, in order (for the handout and the export). */
  readonly items: readonly QuestionItem[];
  /** Its screens for the answers so far, after its intro (crisis support where an answer calls for it). */
  steps(answers: Answers): readonly Step[];
  /**
   * What its answers add to the whole-person facts the next steps read, and a detail for its own section
   * (the TAPS: opioid use by any route, and its blocks' scores). Called only once the person answered it.
   */
  summarise?(answers: Answers): InstrumentOutcome;
  /**
   * Its own rows of the results' advice (src/results/next-steps.ts splices them in after the first next
   * steps): what its band means (group: its part), and a next step it calls for. Each message's `[n]`
   * cites one of `references`.
   */
  readonly nextSteps?: readonly NextStepRule[];
  /** The sources its messages cite, numbered as `[n]` in its strings (docs/sources.md lists each). */
  readonly references?: readonly Reference[];
  /**
   * Its strings, by language, when they live outside src/locales (an instrument registered from elsewhere:
   * a plug-in, the tests' fixture): the same sections by namespace as `src/locales/<lang>/instruments/<id>.json`,
   * which is where an instrument of this app keeps them (and leaves this unset).
   */
  readonly strings?: Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, Record<string, unknown>>> }>>>;
  /** How the results and the handout show it. */
  readonly presentation: Presentation;
  /** `instruments` locale keys of its attribution and licence lines. */
  readonly attributionKeys: readonly InstrumentTextKey[];
  /** `clinicians` locale keys: what it asks, and how it scores. */
  readonly clinicians: { readonly asks: readonly string[]; readonly scoring: readonly string[] };
  /** `common` locale key of its line on the start page ("Mood: 9 questions…"). */
  readonly startKey: string;
  /**
   * Its place in the check-in code a clinician reads (src/results/share/fragment-codec.ts). `slot`: a
   * number no other instrument has had, ever; a code lists the instruments by slot, so a new instrument
   * (a higher slot) adds its characters at the end and every code already handed out still reads. `ids`:
   * the answers it keeps (its intro's choice, its items, any question its screens add), in order. Both are
   * frozen once published: a changed list needs a new code version (tests/unit/results/fragment-codec.test.ts).
   */
  readonly fragment: { readonly slot: number; readonly ids: readonly string[] };
  /** What the export (FHIR QuestionnaireResponse, one per questionnaire answered) holds: src/results/share/fhir.ts. */
  readonly exports: readonly ExportQuestionnaire[];
}

/**
 * One questionnaire of the export. With a LOINC panel, it is LOINC's form (`http://loinc.org/q/<panel>`):
 * items are linked by their LOINC codes ("/44250-9", as LHC-Forms does) and answers coded with LOINC answer
 * codes. Without one, it is this project's own Questionnaire (`<site>/fhir/Questionnaire/<id>`), linked by
 * item id, answers coded in this project's code system.
 */
export interface ExportQuestionnaire {
  readonly id: string;
  /** Its title (FHIR resources here are in English, the language the wording is verified in). */
  readonly title: string;
  readonly loinc?: { readonly code: string; readonly display: string };
  readonly items: readonly QuestionItem[];
  /**
   * The total score, as an item with its LOINC code, from the instrument's banded view; `type` is the item's
   * type in LOINC's form (`decimal` for the PHQ-9's 44261-6 and the GAD-7's 70274-6), and the response's
   * value follows it (`valueDecimal`).
   */
  readonly total?: { readonly code: string; readonly display: string; readonly type: 'decimal' | 'integer' };
}
