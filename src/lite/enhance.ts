/**
 * Pages that are only reading (the start page, Learn) run without the React app: everything on them is
 * in the prerendered HTML, and every control is a link. This adds what needs a script, with no framework
 * (about 3 KB), so the page is interactive as soon as it is painted:
 * - "Leave this site": replaces this page in the history (GOV.UK's behaviour), also with Space;
 * - Shift pressed 3 times leaves, announcing the presses left in the page's own words;
 * - the notice about the reader's country (prerendered, hidden; shown here when it applies);
 * - after leaving, a page restored from the back/forward cache starts afresh;
 * - a new version of the site (a corrected number) is taken at once: a reading page has nothing to lose.
 * The service worker is registered by the entry (src/main.tsx) for every page.
 */
import { countryNotice } from '../app/country-notice';
import { applyUpdate, onUpdate } from '../lib/service-worker';
import type { Version } from '../visit/versions';
import { exitSite } from '../quick-exit/exit-site';
import { listenForShift, reloadIfRestoredAfterExit } from '../quick-exit/shift-shortcut';
import { showCountryNotice } from '../app/country-notice-dom';

// Nothing is kept on a reading page: there are no answers to clear.
const leave = () => exitSite(() => undefined);

export function enhance(version: Version): void {
  const button = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  button?.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  button?.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      leave();
    }
  });

  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  const say = (text: string | undefined) => {
    if (status && text) status.textContent = text;
  };
  listenForShift(() => ({
    onExit: () => {
      say(status?.dataset.leaving);
      leave();
    },
    onProgress: (remaining) => say(status?.getAttribute(`data-remaining-${remaining}`) ?? undefined),
    onTimeout: () => say(status?.dataset.timedOut),
  }));
  window.addEventListener('pageshow', reloadIfRestoredAfterExit);
  // Leave and Shift ×3 work from now on (the entry script loads once the page has painted).
  document.documentElement.dataset.enhanced = '';

  showCountryNotice(document, countryNotice(version, navigator.languages));
  onUpdate(applyUpdate);
}
