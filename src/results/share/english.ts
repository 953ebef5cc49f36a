/**
 * The export's wording: English, the language the instruments' wording is verified in, whatever the
 * language of the visit; and the app's version, which the export carries. Each instrument's English file
 * (`locales/en/instruments/<id>.json`) gives its `instruments` section; the download in the browser reads
 * the i18n store's English instead, which also holds instruments registered from elsewhere.
 */
export { version as APP_VERSION } from '../../../package.json';

const FILES = import.meta.glob<Record<string, unknown> | undefined>('../../locales/*/instruments/*.json', { eager: true, import: 'instruments' });
const sectionsIn = (language: string) => Object.entries(FILES).filter(([path]) => path.startsWith(`../../locales/${language}/`)).map(([, section]) => section);
const SECTIONS = sectionsIn('en');

function lookup(sections: readonly (Record<string, unknown> | undefined)[], key: string): string | undefined {
  for (const section of sections) {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], section);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export function english(key: string): string {
  return lookup(SECTIONS, key) ?? key;
}

/** The instruments' wording in `language` by key (undefined where it has none), for the Questionnaires' translations. */
export function wordingIn(language: string): (key: string) => string | undefined {
  const sections = sectionsIn(language);
  return (key) => lookup(sections, key);
}
