import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import { chooseLanguage } from './i18n/languages';
import { chooseRegion } from './resources/region-context';
import './styles/global.css';

const container = document.getElementById('root');
if (container) {
  const search = window.location.search;
  const browserLanguages = navigator.languages;
  const language = chooseLanguage(search, browserLanguages);
  const region = chooseRegion(search, browserLanguages);
  const { i18n, ready } = createI18n(language.language);
  // English renders at once (bundled); another language waits for its shell strings (one small chunk), and
  // if that fails, the page still renders, in English.
  void ready.finally(() => {
    createRoot(container).render(
      <StrictMode>
        <App
          i18n={i18n}
          initialSearch={search}
          initialRegion={region.region}
          notices={{ unknownLanguage: language.unknownRequested, unknownRegion: region.unknownRequested }}
        />
      </StrictMode>,
    );
  });
}
