/**
 * Languages the app speaks, each named in itself, and the countries each is offered in (`regions`: region
 * ids; absent means every country). Adding a language: add its folder under src/locales/ (same files and
 * keys as English) and a line here. French is for Canada only: its country blocks, services and names are
 * Canada's, and no other country we list has French-speaking services we checked.
 */
export const LANGUAGES: readonly { readonly code: 'en' | 'es' | 'fr'; readonly name: string; readonly regions?: readonly string[] }[] = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'fr', name: 'Français', regions: ['ca'] },
];

/** The languages offered in a country (region id), in the list's order. */
export function languagesIn(region: string): typeof LANGUAGES {
  return LANGUAGES.filter((language) => !language.regions || language.regions.includes(region));
}

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE: LanguageCode = 'en';

export function isLanguage(value: string | null | undefined): value is LanguageCode {
  return LANGUAGES.some((language) => language.code === value);
}
