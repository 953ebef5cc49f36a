import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { Redirect, Route, Router, Switch, useLocation, type BaseLocationHook } from 'wouter';
import { AnswersProvider } from '../session/answers-context';
import { LinkSettingsProvider } from '../visit/link-settings-context';
import { createAnswersStore, type AnswersStore } from '../session/answers-store';
import { PlanProvider } from '../safety-plan/plan-context';
import { createPlanStore } from '../safety-plan/plan-store';
import { findRegion, defaultRegion } from '../regions';
import { switchLanguage } from '../i18n/i18n';
import { versionFromPath } from '../visit/versions';
import { RouteFocusProvider } from '../ui/route-focus';
import { VersionContext } from '../visit/version-context';
import { ErrorBoundary } from './error-boundary';
import { Layout, type VisitNotices } from './layout';
import { Loading } from './loading';
import { ShellPage } from './shell-page';
import { REDIRECTS, ROUTES } from './routes';

// Every page module, loaded when first needed (each is its own chunk; the prerendered HTML preloads its
// page's). The routes themselves are listed once, in routes.ts.
type PageModule = { default: ComponentType<Record<string, string>> };
// The app's own pages (the check-in's address) are keyed "./x-page.tsx": Vite names a file in the importer's
// own folder that way even when the pattern climbs out of it.
const PAGE_MODULES = import.meta.glob<PageModule>(['../*/*-page.tsx', './*-page.tsx', '!../start/start-page.tsx']);
const EAGER_PAGES = import.meta.glob<PageModule>('../start/start-page.tsx', { eager: true });
const NotFoundPage = lazy(() => import('./not-found-page'));

/** Page modules loaded before the app first renders (preloadPage): used as they are, never suspended on. */
const LOADED = new Map<string, ComponentType<Record<string, string>>>();

const PAGES = ROUTES.map((route) => {
  const key = `../${route.module.replace(/^src\//, '')}`;
  const eager = route.eager ? EAGER_PAGES[key]?.default : undefined;
  const load = PAGE_MODULES[key] ?? PAGE_MODULES[key.replace(/^\.\.\/app\//, './')];
  if (!eager && !load) throw new Error(`routes.ts: ${route.module} is not a page module (src/<feature>/<name>-page.tsx)`);
  const pattern = new RegExp(`^${route.path.replace(/:[a-z]+/gi, '[^/]+')}$`);
  return { route, pattern, load, Lazy: eager ?? lazy(load!) };
});

/**
 * Loads the page module of a path (one with its version's prefix) before the app renders it, so that a
 * prerendered page hydrates in one pass: a page still loading when the app starts would wait behind a
 * Suspense boundary, and an update reaching it meanwhile makes React render it again instead of hydrating.
 */
export async function preloadPage(path: string): Promise<void> {
  const { version } = versionFromPath(path);
  const within = path.slice(version.base.length).replace(/(.)\/$/, '$1') || '/';
  const page = PAGES.find(({ pattern }) => pattern.test(within));
  if (!page || !page.load || LOADED.has(page.route.module)) return;
  LOADED.set(page.route.module, (await page.load()).default);
}

export interface AppProps {
  i18n: i18n;
  store?: AnswersStore;
  /** For prerendering: the path to render instead of the browser's (it names the version: "/es-mx/learn"). */
  ssrPath?: string;
  /** For prerendering the shell that answers paths with no page of their own (the app renders it in the browser). */
  shell?: boolean;
  /** For tests: an in-memory location (wouter's memoryLocation) instead of the browser's history. */
  locationHook?: BaseLocationHook;
  /** The query string the app was opened with (a clinician's link settings); defaults to the browser's. */
  initialSearch?: string;
  /** What could not be honoured from an old link's `?lang=` / `?region=`, for a short notice. */
  notices?: Partial<Pick<VisitNotices, 'unknownLanguage' | 'unknownRegion'>>;
  /** The browser's preferred languages, for the notice about the reader's country (after hydration). */
  browserLanguages?: readonly string[];
}

export function App({ i18n, store: givenStore, ssrPath, shell = false, locationHook, initialSearch, notices = {}, browserLanguages }: AppProps) {
  const [store] = useState(() => givenStore ?? createAnswersStore());
  const [plan] = useState(() => createPlanStore());
  // Everything the visit holds in memory: the answers and a safety plan being written. Leave, Shift ×3
  // and the error screen's Start over delete it all.
  const [clearAll] = useState(() => () => {
    store.clear();
    plan.clear();
  });
  // Read once, on the first render: the settings hold for the whole visit, in memory only.
  const [search] = useState(() => initialSearch ?? (typeof window === 'undefined' ? '' : window.location.search));
  const [layoutNotices] = useState<VisitNotices>(() => ({
    unknownLanguage: notices.unknownLanguage ?? false,
    unknownRegion: notices.unknownRegion ?? false,
    browserLanguages: browserLanguages ?? (typeof navigator === 'undefined' ? [] : navigator.languages),
  }));
  return (
    <I18nextProvider i18n={i18n}>
      <Router ssrPath={ssrPath} ssrSearch={ssrPath === undefined ? undefined : ''} hook={locationHook}>
        <VersionScope i18n={i18n}>
          <LinkSettingsProvider search={search}>
            <AnswersProvider store={store}>
              <PlanProvider store={plan}>
              <RouteFocusProvider>
                <Layout notices={layoutNotices} clear={clearAll}>
                  <ErrorBoundary onReset={clearAll}>
                    <Suspense fallback={<Loading />}>
                      {shell ? (
                        <ShellPage />
                      ) : (
                        <Switch>
                          {PAGES.map(({ route, Lazy }) => (
                            <Route key={route.path} path={route.path}>
                              {(params) => {
                                const Page = LOADED.get(route.module) ?? Lazy;
                                return <Page {...params} />;
                              }}
                            </Route>
                          ))}
                          {REDIRECTS.map(({ from, to }) => (
                            <Route key={from} path={from}>
                              <Redirect to={to} replace />
                            </Route>
                          ))}
                          <Route component={NotFoundPage} />
                        </Switch>
                      )}
                    </Suspense>
                  </ErrorBoundary>
                </Layout>
              </RouteFocusProvider>
              </PlanProvider>
            </AnswersProvider>
          </LinkSettingsProvider>
        </VersionScope>
      </Router>
    </I18nextProvider>
  );
}

/**
 * The version (language and country) comes from the address: everything below reads it from context, and
 * the routes below see paths within it (a nested router whose base is the version's prefix). Moving to
 * another version is a navigation (src/app/version-links.tsx), so the answers store, above, is kept.
 */
function VersionScope({ i18n, children }: { i18n: i18n; children: ReactNode }) {
  const [location] = useLocation();
  const { version } = versionFromPath(location);
  const region = findRegion(version.region) ?? defaultRegion();
  // Versions and regions are constants, so this object changes only when the version does.
  const state = useMemo(() => ({ version, region }), [version, region]);
  useDocumentLanguage(version.tag, i18n);
  useEffect(() => {
    // The version switch loads the language before it navigates; this catches the rest (Back or Forward
    // between versions).
    if (i18n.resolvedLanguage !== version.lang) void switchLanguage(i18n, version.lang);
  }, [i18n, version.lang]);
  return (
    <VersionContext value={state}>
      <Router base={version.base}>{children}</Router>
    </VersionContext>
  );
}

/** `<html lang dir>` follow the version (right-to-left ready: `dir` comes from i18next). */
function useDocumentLanguage(tag: string, i18n: i18n) {
  useEffect(() => {
    document.documentElement.lang = tag;
    document.documentElement.dir = i18n.dir(tag.split('-')[0]);
  }, [i18n, tag]);
}
