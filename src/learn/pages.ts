/**
 * Loading the Learn pages (src/learn/slugs.ts lists them). Adding a page is adding its slug there and its
 * file under src/locales/<lng>/learn/.
 */
import { learnPageSchema, type LearnPage } from './content-schema';
import { LEARN_SLUGS, type LearnSlug } from './slugs';

export { isLearnSlug, LEARN_SLUGS, type LearnSlug } from './slugs';

const cache = new Map<string, Promise<LearnPage>>();

/**
 * Loads one page (a separate chunk from this origin, so the check-in never carries the articles) and
 * checks its shape; a malformed file rejects, and the error screen takes over.
 */
export function loadLearnPage(language: string, slug: LearnSlug): Promise<LearnPage> {
  const key = `${language}/${slug}`;
  let promise = cache.get(key);
  if (!promise) {
    promise = import(`../locales/${language}/learn/${slug}.json`)
      .catch(() => import(`../locales/en/learn/${slug}.json`))
      .then((module: { default: unknown }) => learnPageSchema.parse(module.default));
    cache.set(key, promise);
  }
  return promise;
}

const allCache = new Map<string, Promise<{ slug: LearnSlug; page: LearnPage }[]>>();

/** Every page of a language (for the Learn index), one stable promise per language. */
export function loadAllLearnPages(language: string): Promise<{ slug: LearnSlug; page: LearnPage }[]> {
  let promise = allCache.get(language);
  if (!promise) {
    promise = Promise.all(LEARN_SLUGS.map((slug) => loadLearnPage(language, slug).then((page) => ({ slug, page }))));
    allCache.set(language, promise);
  }
  return promise;
}
