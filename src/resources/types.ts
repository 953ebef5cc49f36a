/**
 * Help and crisis services as data, one file per region (src/resources/regions/<id>.ts). Each entry
 * records where its details come from, how they were verified and when they were checked, so a reviewer can
 * re-check them before a release. Wording lives in the `resources` locale namespace under `<region>.<id>`;
 * numbers and addresses live here, once. Only numbers marked verified (or confirmed by a secondary source)
 * in shared/content/facts.md §7 are shown as numbers: an unverified service gets its website only.
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
}

/** facts.md §7 labels: VERIFIED, or [V-sec] (read as quoted by a third party). */
export type Verification = 'verified' | 'secondary' | 'unverified-number';

export interface Resource {
  readonly id: string;
  readonly contacts: readonly Contact[];
  /** True for crisis lines shown in the crisis panel. */
  readonly crisis: boolean;
  readonly verification: Verification;
}

/** Per resource id: where its details come from, and the ISO date they were last checked against it. */
export type Provenance = Readonly<Record<string, { readonly source: string; readonly checked: string }>>;

export interface Region {
  /** Also the `?region=` value and the key prefix in the resources namespace. */
  readonly id: string;
  /** Emergency number (police, fire, ambulance). */
  readonly emergency: string;
  /** The crisis line in the header bar on every screen: where the link goes. */
  readonly crisisBar: string;
  /** Browser locales (BCP 47 region subtags) that suggest this region. */
  readonly locales: readonly string[];
  readonly resources: readonly Resource[];
}
