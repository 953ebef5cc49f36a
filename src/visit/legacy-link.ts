/**
 * Old links keep working. Before the regional versions, a link chose the language and country with
 * `?lang=es&region=mx`; clinics have printed such links. Such a link now leads to its version's address
 * (`/es-mx/`), with every other parameter kept (`?clinic=…`). A value we do not have stays in the query,
 * so the page can say it was not used; a missing one keeps the version of the path (en-US at the root).
 *
 * The target never leaves this site. `location.pathname` is whatever the address held: `//evil.example/`
 * (or `/\evil.example/`, which a browser reads as `//evil.example/`) would, written back as a path, be a
 * protocol-relative address elsewhere. So the target is resolved with `new URL(target, origin)` and used
 * only when its origin is this one, as an absolute address (never a path a browser could read again as
 * another host); anything else leads to the version's start page. nginx has no rewrite of its own for
 * these links (deploy/nginx.conf): it serves the page, and this script redirects.
 */
import { isLanguage } from '../i18n/languages';
import { findRegion, regionForCountry } from '../regions';
import { findVersion, pathIn, versionFromPath } from './versions';

/**
 * `target` as an absolute address on `origin`, or null when it resolves anywhere else (another host, a
 * `javascript:` or `data:` address, or something `URL` cannot read).
 */
export function sameOriginTarget(target: string, origin: string): string | null {
  try {
    const url = new URL(target, origin);
    if (url.origin !== origin) return null;
    // A path that starts with two slashes would be read as a host if it were ever used as a path again.
    if (url.pathname.startsWith('//')) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The old link's address in its version, on `origin`; null when the link is not an old one. */
export function legacyRedirect(pathname: string, search: string, origin: string): string | null {
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
  const suffix = query ? `?${query}` : '';
  // A page path never starts with two slashes: such an address was made to look like another host.
  const page = path.startsWith('//') ? '/' : path;
  return sameOriginTarget(`${pathIn(target, page)}${suffix}`, origin) ?? sameOriginTarget(`${pathIn(target, '/')}${suffix}`, origin);
}
