/**
 * Help and crisis services as data. Each entry records where its details come from and when they were
 * checked, so a reviewer can re-check them before a release. Wording lives in the `resources` locale
 * namespace; numbers and addresses live here, once.
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

export interface Resource {
  readonly id: string;
  /** Key prefix in the resources namespace: `<key>.name`, `<key>.description`. */
  readonly key: string;
  readonly contacts: readonly Contact[];
  /** True for crisis lines shown in the crisis panel. */
  readonly crisis: boolean;
  readonly source: string;
  /** ISO date the entry was last checked against its source. */
  readonly checked: string;
}

export interface Region {
  readonly id: string;
  readonly emergencyNumber: string;
  readonly resources: readonly Resource[];
}
