import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { Redirect, Route, Router, Switch, useLocation, type BaseLocationHook } from 'wouter';
import { AnswersProvider } from '../checkin/answers-context';
import { LinkSettingsProvider } from '../visit/link-settings-context';
import { createAnswersStore, type AnswersStore } from '../checkin/answers-store';
import { StartPage } from '../start/start-page';
import { findRegion, defaultRegion } from '../regions';
import { switchLanguage } from '../i18n/i18n';
import { versionFromPath } from '../lib/versions';
import { RouteFocusProvider } from '../ui/route-focus';
import { VersionContext } from '../visit/version-context';
import { ErrorBoundary } from './error-boundary';
import { Layout, type VisitNotices } from './layout';
import { Loading } from './loading';
import { ShellPage } from './shell-page';

// The check-in (with its results) carries react-hook-form, zod and the scoring: loaded when first needed.
const CheckinPage = lazy(() => import('../checkin/checkin-page'));
// Learn pages: each article is its own small chunk too (src/learn/pages.ts).
const PrivacyPage = lazy(() => import('../privacy/privacy-page'));
const StayingPrivatePage = lazy(() => import('../privacy/staying-private-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const LearnIndexPage = lazy(() => import('../learn/learn-index-page'));
const LearnArticlePage = lazy(() => import('../learn/learn-article-page'));
const CliniciansPage = lazy(() => import('../clinicians/clinicians-page'));
const FlyerPage = lazy(() => import('../clinicians/flyer-page'));
const FamilyPage = lazy(() => import('../family/family-page'));

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
              <RouteFocusProvider>
                <Layout notices={layoutNotices}>
                  <ErrorBoundary onReset={store.clear}>
                    <Suspense fallback={<Loading />}>
                      {shell ? (
                        <ShellPage />
                      ) : (
                        <Switch>
                          <Route path="/" component={StartPage} />
                          <Route path="/privacy" component={PrivacyPage} />
                          <Route path="/staying-private" component={StayingPrivatePage} />
                          <Route path="/learn" component={LearnIndexPage} />
                          <Route path="/clinicians" component={CliniciansPage} />
                          <Route path="/clinicians/flyer" component={FlyerPage} />
                          <Route path="/family" component={FamilyPage} />
                          <Route path="/learn/:slug">{(params) => <LearnArticlePage slug={params.slug} />}</Route>
                          <Route path="/check-in" component={CheckinPage} />
                          {/* Old addresses of check-in steps: the check-in now lives at one address. */}
                          <Route path="/check-in/*">
                            <Redirect to="/check-in" replace />
                          </Route>
                          <Route component={NotFoundPage} />
                        </Switch>
                      )}
                    </Suspense>
                  </ErrorBoundary>
                </Layout>
              </RouteFocusProvider>
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
