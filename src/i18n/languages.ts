/**
 * Languages the app speaks, each named in itself. Adding a language: add its folder under src/locales/
 * (same files and keys as English) and a line here.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguage(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}

export interface LanguageChoice {
  readonly language: LanguageCode;
  /** A `?lang=` value was given but is not a language we have: English is used, with a notice. */
  readonly unknownRequested: boolean;
}

/**
 * `?lang=` decides; without it, the browser's preferred languages do (first one we have); else English.
 * Nothing is stored.
 */
export function chooseLanguage(search: string, browserLanguages: readonly string[]): LanguageChoice {
  const requested = new URLSearchParams(search).get('lang');
  if (requested !== null) {
    const code = requested.trim().toLowerCase();
    return isLanguage(code) ? { language: code, unknownRequested: false } : { language: DEFAULT_LANGUAGE, unknownRequested: true };
  }
  for (const tag of browserLanguages) {
    const base = tag.split('-')[0]?.toLowerCase();
    if (isLanguage(base)) return { language: base, unknownRequested: false };
  }
  return { language: DEFAULT_LANGUAGE, unknownRequested: false };
}
