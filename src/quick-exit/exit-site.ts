/**
 * Leave the site at once: blank the page first (so nothing stays on screen while the next site loads),
 * clear every answer, then `location.replace` so that Back does not return to this page.
 * The neutral page is a public weather site, as GOV.UK does.
 */
export const EXIT_URL = 'https://www.weather.gov/';

export function exitSite(clearState: () => void): void {
  document.documentElement.classList.add('is-exiting');
  document.title = '…';
  clearState();
  window.location.replace(EXIT_URL);
}
