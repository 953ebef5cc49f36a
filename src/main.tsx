/**
 * The entry script of every page. It stays small, because most of what a first visit needs is already in
 * the prerendered HTML:
 * - an old `?lang=&region=` link moves to its version's address (src/visit/legacy-link.ts);
 * - a page that is only reading (the start page, Learn: `data-lite`, and no link settings in the query)
 *   gets a few enhancements that need no framework (src/lite/enhance.ts): Shift ×3, the Leave link
 *   replacing this page in the history, the notice about the reader's country, the service worker;
 * - every other page starts the React app (src/app/boot.tsx), preloaded by the page's HTML; until it has
 *   taken over, a tap on a link to this site keeps a clinic link's settings (src/visit/carry-link-settings.ts),
 *   and Next on the check-in's prerendered first question is held for it (src/lib/early-submit.ts).
 */
import { carryQueryOnEarlyClicks } from './visit/carry-link-settings';
import { holdEarlySubmits, takeInlineHold } from './lib/early-submit';
import { legacyRedirect } from './visit/legacy-link';
import { registerServiceWorker } from './lib/service-worker';
import { versionFromPath } from './visit/versions';
import { showLoadError } from './lib/load-error';
import { enhance } from './lite/enhance';
import './styles/global.css';

const redirect = legacyRedirect(window.location.pathname, window.location.search, window.location.origin);
const container = document.getElementById('root');
if (redirect) {
  // In place of this entry, so Back does not come here again.
  window.location.replace(redirect);
} else if (container) {
  const { version } = versionFromPath(window.location.pathname);
  // The web app manifest, for installing the site: not needed for the first paint, so added only now.
  if (!document.querySelector('link[rel="manifest"]')) {
    const manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = '/manifest.webmanifest';
    document.head.append(manifest);
  }
  registerServiceWorker();
  const here = window.location.pathname.replace(/\/$/, '');
  const lite = container.dataset.lite !== undefined && container.dataset.prerendered?.replace(/\/$/, '') === here && window.location.search === '';
  // Only the check-in keeps a form sent before the app loaded (below); on any other page the inline
  // loader's hold ends now.
  if (!/\/check-in$/.test(here)) (window as Window & { __early?: { take(): unknown } }).__early?.take();
  if (lite) enhance(version);
  else {
    carryQueryOnEarlyClicks();
    // The check-in's prerendered first question: Next tapped before the app loads is sent once it has.
    if (container.dataset.prerendered !== undefined && /\/check-in$/.test(here)) {
      takeInlineHold();
      holdEarlySubmits();
    }
    // The page the server sent paints first; only then does the app load and take over. Its JavaScript
    // never competes with the first paint (a clinic's link, which starts the app on the start page, paints
    // as fast as the plain start page). requestAnimationFrame runs just before the next paint, and the
    // timeout just after it.
    requestAnimationFrame(() => setTimeout(() => preloadThenStart(container)));
  }
}

/**
 * The page's own chunks and strings, listed by the build (`data-preload`, scripts/vite/prerender.ts), are
 * fetched side by side rather than one after another, and only after the first paint, so they never compete
 * with it. Asking for a module costs the main thread a few milliseconds on a slow phone, so they are asked
 * for a few at a time, each batch its own task (a tap in between is handled at once); then the app starts.
 */
function preloadThenStart(container: HTMLElement, hrefs = container.dataset.preload?.split(' ').filter(Boolean) ?? []): void {
  const BATCH = 8;
  document.head.append(
    ...hrefs.slice(0, BATCH).map((href) => {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      return link;
    }),
  );
  if (hrefs.length > BATCH) {
    setTimeout(() => preloadThenStart(container, hrefs.slice(BATCH)));
    return;
  }
  void import('./app/boot').then(
    ({ boot }) => boot(container),
    // The app could not load (a dropped connection): the page the server sent stays, with its header,
    // Leave and crisis contacts, and says so.
    showLoadError,
  );
}
