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
/**
 * Each instrument's strings, one file per instrument per language (`<lang>/instruments/<id>.json`), in
 * sections by namespace (`instruments`: its wording; `results`, `checkin`, `clinicians`, `common`: the
 * rest of what it shows): each namespace, as it loads, is its own file with every instrument's section
 * of it joined in. English's bundled shell gets the instruments' sections (their start-page lines) before
 * the app renders (`ready`); the pages preload those small files (scripts/vite/prerender.ts).
 */
const instrumentLoaders = import.meta.glob<{ default: Strings }>('../locales/*/instruments/*.json');
const bundled: Record<string, Record<string, unknown>> = { common, resources };

type Strings = Record<string, unknown>;
/**
 * Strings from outside src/locales, by language (an instrument registered from elsewhere: a plug-in, the
 * tests' fixture), in the same sections as an instrument's file. The app passes its registry's.
 */
export type StringSource = Readonly<Record<string, () => Promise<{ default: Readonly<Record<string, Strings>> }>>>;

function isObject(value: unknown): value is Strings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep merge of string trees; a key two files both define is a mistake (the parity test finds it). */
function merge(...trees: readonly (Strings | undefined)[]): Strings {
  const out: Strings = {};
  for (const tree of trees) {
    if (!tree) continue;
    for (const [key, value] of Object.entries(tree)) {
      const here = out[key];
      out[key] = isObject(here) && isObject(value) ? merge(here, value) : value;
    }
  }
  return out;
}

function sectionsOf(files: readonly { default: Readonly<Record<string, unknown>> }[], namespace: string): Strings[] {
  return files.flatMap((file) => {
    const section = file.default[namespace];
    return isObject(section) ? [section] : [];
  });
}

/** Other sources' sections of one namespace in one language. */
async function sourceSections(language: string, namespace: string, sources: readonly StringSource[]): Promise<Strings[]> {
  return sectionsOf(await Promise.all(sources.flatMap((source) => (source[language] ? [source[language]()] : []))), namespace);
}

/** Every instrument's section of one namespace in one language (its own files, then other sources'). */
async function instrumentSections(language: string, namespace: string, sources: readonly StringSource[]): Promise<Strings[]> {
  const own = Object.entries(instrumentLoaders).filter(([path]) => path.startsWith(`../locales/${language}/instruments/`));
  const [files, others] = await Promise.all([Promise.all(own.map(([, load]) => load())), sourceSections(language, namespace, sources)]);
  return [...sectionsOf(files, namespace), ...others];
}
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

async function loadNamespace(language: string, namespace: string, sources: readonly StringSource[]): Promise<Strings> {
  const shell = language === DEFAULT_LANGUAGE ? bundled[namespace] : undefined;
  if (shell) return merge(shell, ...(await instrumentSections(language, namespace, sources)));
  const loader = loaders[`../locales/${language}/${namespace}.json`];
  const [base, sections] = await Promise.all([loader ? loader().then((module) => module.default) : undefined, instrumentSections(language, namespace, sources)]);
  if (!base && sections.length === 0) throw new Error(`No ${language}/${namespace} strings`);
  return merge(base, ...sections);
}

/** i18next's backend over the loaders above (a few lines, so no adapter package is needed). */
const backendFor = (sources: readonly StringSource[]): BackendModule => ({
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadNamespace(language, namespace, sources).then(
      (data) => callback(null, data),
      (error: Error) => callback(error, false),
    );
  },
});

export function createI18n(language: LanguageCode = DEFAULT_LANGUAGE, sources: readonly StringSource[] = []): { i18n: i18n; ready: Promise<unknown> } {
  const instance = i18next.createInstance();
  const init = instance
    .use(initReactI18next)
    .use(backendFor(sources))
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      resources: { en: bundled },
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
  // English's bundled shell namespaces never pass through the backend: the instruments' sections join them
  // here. If one fails to load, the app still starts: a screen that needs a missing string throws, and the
  // error screen, with the crisis contacts, takes over (never a raw key).
  const ready = init.then(() =>
    Promise.all(
      SHELL_NAMESPACES.map(async (namespace) => {
        const sections = await instrumentSections(DEFAULT_LANGUAGE, namespace, sources).catch(() => []);
        for (const section of sections) instance.addResourceBundle(DEFAULT_LANGUAGE, namespace, section, true, false);
      }),
    ),
  );
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
