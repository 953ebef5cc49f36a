/**
 * The export's wording: English, the language the instruments' wording is verified in, whatever the
 * language of the visit; and the app's version, which the export carries.
 */
import en from '../../locales/en/instruments.json';
export { version as APP_VERSION } from '../../../package.json';

export function english(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  return typeof value === 'string' ? value : key;
}
