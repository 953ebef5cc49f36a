/**
 * Help services as data, one file per country (src/regions/<id>.ts). This is the ONE place where phone
 * numbers, text codes, emergency numbers and service addresses live: every sentence that mentions one
 * refers to it here (by interpolation, or by a block that lists the region's services), and a unit test
 * fails on any such literal in the locale files (tests/unit/regions/no-literal-numbers.test.ts).
 * Each entry records where its details come from, how they were verified, when they were matched against the
 * fact sheet and when the service itself was last checked (`npm run numbers` lists the dates), so a
 * reviewer can re-check them before a release. Only numbers that the project's fact sheet marks verified
 * (or, for a crisis line, confirmed by two or more independent reputable sources) are shown as numbers.
 */
export type ContactKind = 'call' | 'text' | 'tty' | 'chat' | 'web';

export interface Contact {
  readonly kind: ContactKind;
  /** Phone number as dialled (`tel:`/`sms:`) or an https URL. */
  readonly value: string;
  /** How the number or site is shown, e.g. "1-800-662-4357" or "988lifeline.org". */
  readonly display: string;
  /** For texts with a keyword: the word to send (e.g. HOME). */
  readonly body?: string;
  /** Only for readers in these languages (e.g. 988's Spanish text keyword). Shown to all when absent. */
  readonly languages?: readonly string[];
}

/**
 * What a service is for; pages pick the services they list by topic.
 * crisis: suicidal or emotional crisis, 24/7 · emergency: the emergency number · mentalHealth: urgent
 * mental-health help that is not a crisis line · substance: drug and alcohol information or referral ·
 * treatment: finding treatment · overdose: an overdose-response line · family: support for families.
 */
export type Topic = 'crisis' | 'emergency' | 'mentalHealth' | 'substance' | 'treatment' | 'overdose' | 'family';

/** Fact-sheet labels: VERIFIED, or [V-sec] (read as quoted by independent third parties). */
export type Verification = 'verified' | 'secondary';

export interface Resource {
  readonly id: string;
  readonly topics: readonly Topic[];
  readonly contacts: readonly Contact[];
  readonly verification: Verification;
}

/**
 * How a service's own details were last read: on its official page (or a faithful copy of one: the fact
 * sheet's VERIFIED), as quoted by independent reputable sources (its [V-sec]), or not recorded at all:
 * 'fact sheet only' means the fact sheet states the number without naming a page or a label.
 */
export type CheckMethod = 'official page' | 'independent sources' | 'fact sheet only';

/** The last check of the service itself (its number, address or what it offers), not of the fact sheet. */
export interface ServiceCheck {
  /**
   * When it was read: an ISO date, or only the month (YYYY-MM) where the record gives no day; a month
   * counts from its first day (src/regions/checked.ts), so its age is never understated.
   */
  readonly date: string;
  /** What was read, with its address; says so when the date is only that of the fact-sheet review. */
  readonly source: string;
  readonly how: CheckMethod;
}

export interface ProvenanceEntry {
  /** Where the app's details come from: the fact sheet's entry and the source it names. */
  readonly source: string;
  /** ISO date the entry was last matched against the project's fact sheet (docs/sources.md). */
  readonly factSheetChecked: string;
  readonly serviceChecked: ServiceCheck;
}

/** Per resource id: where its details come from, when they were matched against the fact sheet, and when the service itself was last checked. */
export type Provenance = Readonly<Record<string, ProvenanceEntry>>;

export interface Region {
  /** Also the old `?region=` value and the key prefix in the resources and services namespaces. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 country code (the region part of the version's language tag, e.g. es-MX). */
  readonly country: string;
  /** Other region subtags a browser may use for this country (e.g. UK for GB). */
  readonly aliases?: readonly string[];
  /** Emergency number (police, fire, ambulance). */
  readonly emergency: string;
  /** The resource whose first contact is the crisis line in the header bar on every screen. */
  readonly crisisLine: string;
  /**
   * Lines for part of the country, shown in the crisis bar after the crisis line on every page (Canada:
   * Québec's), each with its bar label `resources:<region>.<id>.bar`.
   */
  readonly barLines?: readonly string[];
  /** Crisis numbers no longer in service, as dialled: never shown, and refused as a clinic's number. */
  readonly retiredNumbers?: readonly string[];
  readonly resources: readonly Resource[];
}
