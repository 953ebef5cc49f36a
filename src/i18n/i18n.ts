import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNS, en, namespaces } from './resources';

export const DEFAULT_LANGUAGE = 'en';

/**
 * One i18next instance per app (and per test), initialised synchronously from bundled English
 * resources so the first render never waits.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { en },
    ns: namespaces,
    defaultNS,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
