import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import { chooseLanguage } from './i18n/languages';
import { chooseRegion } from './resources/region-context';
import { defaultRegion } from './resources/regions';
import './styles/global.css';

// Offline after the first visit: the service worker precaches the app once the page has loaded. A new
// version waits until every tab is closed, so it never replaces the app in the middle of a check-in.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}

const container = document.getElementById('root');
if (container) {
  const search = window.location.search;
  const browserLanguages = navigator.languages;
  const language = chooseLanguage(search, browserLanguages);
  const region = chooseRegion(search, browserLanguages);
  const notices = { unknownLanguage: language.unknownRequested, unknownRegion: region.unknownRequested };

  if (container.dataset.prerendered === window.location.pathname) {
    // A page prerendered at build time (in English, for the United States): hydrate it as it is, then
    // switch to the language and region asked for, so the markup matches and nothing is thrown away.
    const { i18n } = createI18n('en');
    hydrateRoot(
      container,
      <StrictMode>
        <App
          i18n={i18n}
          initialSearch={search}
          initialRegion={defaultRegion()}
          notices={notices}
          preferredLanguage={language.language}
          preferredRegion={region.region}
        />
      </StrictMode>,
    );
  } else {
    // Any other path (a check-in step, the shell): render in the browser. English renders at once
    // (bundled); another language waits for its shell strings (one small chunk), or falls back to English.
    const { i18n, ready } = createI18n(language.language);
    void ready.finally(() => {
      container.replaceChildren();
      createRoot(container).render(
        <StrictMode>
          <App i18n={i18n} initialSearch={search} initialRegion={region.region} notices={notices} />
        </StrictMode>,
      );
    });
  }
}
