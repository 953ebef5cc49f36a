import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from '../locales/en/common.json';
import resources from '../locales/en/resources.json';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from './languages';
import { defaultNS } from './resources';

/**
 * One i18next instance per app (and per test). English's shell namespaces (`common`, `resources`: header,
 * start page, crisis contacts) are bundled, so the English first screen renders at once with no request.
 * Every other namespace, and every other language, loads on demand as its own small chunk from this origin
 * (the English start page never carries Spanish); `useTranslation` suspends until it is there.
 *
 * Returns the instance and a promise that settles once the chosen language's shell namespaces are loaded,
 * so a Spanish first screen is rendered in Spanish, not English first.
 */
// One lazily loaded chunk per language and namespace; English's bundled shell namespaces are served from
// the bundle rather than listed twice.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  '../locales/*/*.json',
  '!../locales/en/common.json',
  '!../locales/en/resources.json',
  // Build-time strings (the <noscript> notes), never needed in the browser.
  '!../locales/*/static.json',
]);
const bundled: Record<string, Record<string, unknown>> = { common, resources };
/** The strings every screen needs (header, crisis contacts, errors): the app starts only with them. */
export const SHELL_NAMESPACES = ['common', 'resources'] as const;

/**
 * A string that is missing (its chunk failed to load, or a key is wrong) is never shown as its raw key
 * ("phq9.items.1", a question that could still be answered): it throws, and the error screen, with the
 * crisis contacts, takes over (src/app/error-boundary.tsx).
 */
export class MissingStringError extends Error {
  constructor(key: string) {
    super(`Missing string: ${key}`);
    this.name = 'MissingStringError';
  }
}

function loadNamespace(language: string, namespace: string): Promise<Record<string, unknown>> {
  if (language === DEFAULT_LANGUAGE && bundled[namespace]) return Promise.resolve(bundled[namespace]);
  const loader = loaders[`../locales/${language}/${namespace}.json`];
  if (!loader) return Promise.reject(new Error(`No ${language}/${namespace} strings`));
  return loader().then((module) => module.default);
}

/** i18next's backend interface over the loaders above (a few lines, so no adapter package is needed). */
const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadNamespace(language, namespace).then(
      (data) => callback(null, data),
      (error: Error) => callback(error, false),
    );
  },
};

export function createI18n(language: LanguageCode = DEFAULT_LANGUAGE): { i18n: i18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance();
  const ready = instance
    .use(initReactI18next)
    .use(backend)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      resources: { en: { common, resources } },
      partialBundledLanguages: true,
      ns: ['common', 'resources'],
      defaultNS,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      parseMissingKeyHandler: (key: string, defaultValue?: string) => {
        if (defaultValue !== undefined) return defaultValue;
        throw new MissingStringError(key);
      },
    });
  return { i18n: instance, ready };
}

/**
 * Switch language without losing the place: first load, in the new language, every namespace the page is
 * using, then switch, so no screen has to suspend (and remount) mid-question.
 */
export async function switchLanguage(instance: i18n, language: LanguageCode): Promise<void> {
  if (instance.resolvedLanguage === language) return;
  const loaded = Object.keys(instance.store.data[instance.resolvedLanguage ?? DEFAULT_LANGUAGE] ?? {});
  await instance.reloadResources([language], loaded);
  await instance.changeLanguage(language);
}
