/**
 * The export's wording: English, the language the instruments' wording is verified in, whatever the
 * language of the visit; and the app's version, which the export carries. Each instrument's English file
 * (`locales/en/instruments/<id>.json`) gives its `instruments` section; the download in the browser reads
 * the i18n store's English instead, which also holds instruments registered from elsewhere.
 */
export { version as APP_VERSION } from '../../../package.json';

const SECTIONS = Object.values(import.meta.glob<Record<string, unknown> | undefined>('../../locales/en/instruments/*.json', { eager: true, import: 'instruments' }));

export function english(key: string): string {
  for (const section of SECTIONS) {
    const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], section);
    if (typeof value === 'string') return value;
  }
  return key;
}
