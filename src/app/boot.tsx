import { instrumentStringSources } from '../instruments/registry';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createI18n, SHELL_NAMESPACES } from '../i18n/i18n';
import { showLoadError } from '../lib/load-error';
import { versionFromPath } from '../visit/versions';
import { App, preloadPage } from './app';

/**
 * Starts the React app on a page that needs it (src/main.tsx decides): hydrates a page prerendered for
 * this very address, or renders any other (a check-in screen, the shell) in the browser.
 */
export function boot(container: HTMLElement): void {
  const { version } = versionFromPath(window.location.pathname);
  // What is left of an old link's `?lang=` / `?region=` named something we do not have.
  const params = new URLSearchParams(window.location.search);
  const notices = { unknownLanguage: params.has('lang'), unknownRegion: params.has('region') };
  const here = window.location.pathname.replace(/\/$/, '');
  const prerendered = container.dataset.prerendered?.replace(/\/$/, '');

  // The page's own language first (English is bundled; another language is one small chunk, preloaded by
  // the page), so the app renders exactly what the server sent.
  const { i18n, ready } = createI18n(version.lang, instrumentStringSources());
  const start = () => {
    // Without its shell strings the app would show raw keys: keep the page the server sent, and say so.
    if (!SHELL_NAMESPACES.every((ns) => i18n.hasResourceBundle(version.lang, ns))) {
      showLoadError();
      return;
    }
    const app = (
      <StrictMode>
        <App i18n={i18n} notices={notices} />
      </StrictMode>
    );
    // As a transition, so React renders in slices of a few milliseconds and yields to the browser between
    // them: no task blocks the main thread for long (hydration, or a first render, outside a transition is
    // one task for the whole page), and a tap meanwhile is handled first.
    if (prerendered === here) {
      startTransition(() => {
        hydrateRoot(container, app);
      });
    } else {
      container.replaceChildren();
      const root = createRoot(container);
      startTransition(() => root.render(app));
    }
  };
  // A prerendered page hydrates in one pass: its page module and the string files it used (listed by the
  // prerender) are loaded first, so no part of it suspends and is rendered again instead. A page module
  // that fails to load is the app's to report (its error screen, with the crisis contacts).
  const namespaces = prerendered === here ? (container.dataset.namespaces?.split(' ').filter(Boolean) ?? []) : [];
  void Promise.all([ready.then(() => (namespaces.length ? i18n.loadNamespaces(namespaces) : undefined)), prerendered === here ? preloadPage(window.location.pathname).catch(() => undefined) : undefined]).then(start, showLoadError);
}
