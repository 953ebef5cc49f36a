/** Link settings types and defaults, without the validator (which loads only when a link has a query). */
export type Parts = 'mood' | 'all';

export interface LinkSettings {
  readonly parts: Parts;
  readonly clinicName?: string;
  /** As written by the clinic (digits, spaces, + ( ) - .); dialled as digits only. */
  readonly clinicPhone?: string;
}

export interface ParsedLink {
  readonly settings: LinkSettings;
  /** Names of parameters that were present but unknown or malformed, and so ignored. */
  readonly ignored: readonly string[];
}

export const DEFAULT_SETTINGS: LinkSettings = { parts: 'all' };
export const DEFAULT_LINK: ParsedLink = { settings: DEFAULT_SETTINGS, ignored: [] };
