/** Link settings types and defaults, without the validators (which load only when a link has a query). */
export type Parts = 'mood' | 'all';

export interface ClinicPhoneSetting {
  /** As shown ("020 7946 0000" in the link's country, "+44 20 7946 0000" elsewhere). */
  readonly display: string;
  /** A tel: URI in international form. */
  readonly href: string;
  /** E.164 ("+442079460000"). */
  readonly e164: string;
}

export interface LinkSettings {
  readonly parts: Parts;
  /** Optional instruments to ask straight away (`?add=gad7`): ids from src/instruments/registry.ts. */
  readonly add?: readonly string[];
  readonly clinicName?: string;
  readonly clinicPhone?: ClinicPhoneSetting;
}

export interface ParsedLink {
  readonly settings: LinkSettings;
  /** Names of parameters that were present but unknown, malformed or unsafe, and so ignored. */
  readonly ignored: readonly string[];
}

export const DEFAULT_SETTINGS: LinkSettings = { parts: 'all' };
export const DEFAULT_LINK: ParsedLink = { settings: DEFAULT_SETTINGS, ignored: [] };
