import { instrumentStringSources } from '../instruments/registry';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createI18n, SHELL_NAMESPACES } from '../i18n/i18n';
import { showLoadError } from '../lib/load-error';
import { versionFromPath } from '../visit/versions';
import { App } from './app';

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
    if (prerendered === here) {
      hydrateRoot(container, app);
    } else {
      container.replaceChildren();
      createRoot(container).render(app);
    }
  };
  void ready.then(start, showLoadError);
}
