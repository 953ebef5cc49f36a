/**
 * Old links keep working. Before the regional versions, a link chose the language and country with
 * `?lang=es&region=mx`; clinics have printed such links. Such a link now leads to its version's address
 * (`/es-mx/`), with every other parameter kept (`?clinic=…`). A value we do not have stays in the query,
 * so the page can say it was not used; a missing one keeps the version of the path (en-US at the root).
 * The same rule is written as nginx rewrites in deploy/, so a server can redirect before any script runs.
 */
import { isLanguage } from '../i18n/languages';
import { findRegion, regionForCountry } from '../regions';
import { findVersion, pathIn, versionFromPath } from './versions';

export function legacyRedirect(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const region = params.get('region');
  if (lang === null && region === null) return null;
  const { version, path } = versionFromPath(pathname);
  const wantedLanguage = lang?.trim().toLowerCase();
  const wantedRegion = region === null ? undefined : (findRegion(region.trim().toLowerCase()) ?? regionForCountry(region.trim()));
  const language = isLanguage(wantedLanguage) ? wantedLanguage : undefined;
  if (!language && !wantedRegion) return null;
  if (language) params.delete('lang');
  if (wantedRegion) params.delete('region');
  const target = findVersion(language ?? version.lang, wantedRegion?.id ?? version.region) ?? version;
  const query = params.toString();
  return `${pathIn(target, path)}${query ? `?${query}` : ''}`;
}
