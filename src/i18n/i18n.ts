import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import common from '../locales/en/common.json';
import resources from '../locales/en/resources.json';
import { defaultNS } from './resources';

export const DEFAULT_LANGUAGE = 'en';

/**
 * One i18next instance per app (and per test). The shell's namespaces (`common`, `resources`: header,
 * start page, crisis contacts) are bundled, so the first screen renders at once, with no request.
 * The check-in's and results' namespaces load with their code-split screens (one small chunk each, from
 * this origin); `useTranslation` suspends until they are there.
 */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(initReactI18next)
    .use(resourcesToBackend((language: string, namespace: string) => import(`../locales/${language}/${namespace}.json`)))
    .init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { en: { common, resources } },
      partialBundledLanguages: true,
      ns: ['common', 'resources'],
      defaultNS,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}
