import type { CountryNotice } from './country-notice';

/**
 * Shows the one country notice that applies (they are all in the page, hidden: see CountryNotice in
 * layout.tsx), hides the others. Used by the pages that run without the React app.
 */
export function showCountryNotice(root: ParentNode, notice: CountryNotice): void {
  const key = notice.kind === 'unlisted' ? 'unlisted' : notice.kind === 'other' ? `other:${notice.version.region}` : null;
  root.querySelectorAll<HTMLElement>('[data-country-notice]').forEach((element) => {
    element.hidden = element.dataset.countryNotice !== key;
  });
}
