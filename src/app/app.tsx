import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { Route, Router, Switch, type BaseLocationHook } from 'wouter';
import { AnswersProvider } from '../checkin/answers-context';
import { LinkSettingsProvider } from '../clinicians/link-settings-context';
import { createAnswersStore, type AnswersStore } from '../checkin/answers-store';
import { StartPage } from '../start/start-page';
import { chooseRegion, RegionProvider } from '../resources/region-context';
import type { Region } from '../resources/types';
import { switchLanguage } from '../i18n/i18n';
import type { LanguageCode } from '../i18n/languages';
import { RouteFocusProvider } from '../ui/route-focus';
import { ErrorBoundary } from './error-boundary';
import { Layout } from './layout';
import { Loading } from './loading';
import { AfterHydration } from './after-hydration';

// The check-in and results carry react-hook-form, zod and the scoring: loaded when first needed, so the
// start page stays small.
const CheckinPage = lazy(() => import('../checkin/checkin-page'));
const ResultsPage = lazy(() => import('../results/results-page'));
// Learn pages: each article is its own small chunk too (src/learn/pages.ts).
const PrivacyPage = lazy(() => import('../privacy/privacy-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));
const LearnIndexPage = lazy(() => import('../learn/learn-index-page'));
const LearnArticlePage = lazy(() => import('../learn/learn-article-page'));
const CliniciansPage = lazy(() => import('../clinicians/clinicians-page'));
const FlyerPage = lazy(() => import('../clinicians/flyer-page'));
const FamilyPage = lazy(() => import('../family/family-page'));

export interface AppProps {
  i18n: i18n;
  store?: AnswersStore;
  /** For prerendering: the path to render instead of the browser's. */
  ssrPath?: string;
  /** For tests: an in-memory location (wouter's memoryLocation) instead of the browser's history. */
  locationHook?: BaseLocationHook;
  /** The query string the app was opened with (a clinician's link settings); defaults to the browser's. */
  initialSearch?: string;
  /** The region chosen from the link or the browser's locale (see chooseRegion); defaults from the query. */
  initialRegion?: Region;
  /** What could not be honoured from the link, for a short notice. */
  notices?: { unknownLanguage?: boolean; unknownRegion?: boolean };
  /**
   * After hydrating a prerendered (English, United States) page: the language and region the link or the
   * browser asked for, applied at once after hydration so the markup matches what the server rendered.
   */
  preferredLanguage?: LanguageCode;
  preferredRegion?: Region;
}

export function App({
  i18n,
  store: givenStore,
  ssrPath,
  locationHook,
  initialSearch,
  initialRegion,
  notices = {},
  preferredLanguage,
  preferredRegion,
}: AppProps) {
  const [store] = useState(() => givenStore ?? createAnswersStore());
  // Read once, on the first render: the settings hold for the whole visit, in memory only.
  const [search] = useState(() => initialSearch ?? (typeof window === 'undefined' ? '' : window.location.search));
  const [regionChoice] = useState(() =>
    initialRegion ? { region: initialRegion, unknownRequested: false } : chooseRegion(search, []),
  );
  const [layoutNotices] = useState(() => ({
    unknownLanguage: notices.unknownLanguage ?? false,
    unknownRegion: notices.unknownRegion ?? regionChoice.unknownRequested,
  }));
  useDocumentLanguage(i18n);
  // The language and region asked for apply once the page has hydrated (see AfterHydration).
  const [pageHydrated, setPageHydrated] = useState(false);
  const onHydrated = useCallback(() => setPageHydrated(true), []);
  useEffect(() => {
    if (pageHydrated && preferredLanguage && preferredLanguage !== i18n.resolvedLanguage) void switchLanguage(i18n, preferredLanguage);
  }, [i18n, pageHydrated, preferredLanguage]);
  return (
    <I18nextProvider i18n={i18n}>
      <LinkSettingsProvider search={search}>
      <RegionProvider initial={regionChoice.region} preferred={pageHydrated ? preferredRegion : undefined}>
      <AnswersProvider store={store}>
        <Router ssrPath={ssrPath} ssrSearch={ssrPath === undefined ? undefined : ''} hook={locationHook}>
          <RouteFocusProvider>
            <Layout notices={layoutNotices}>
              <ErrorBoundary onReset={store.clear}>
                <Suspense fallback={<Loading />}>
                  <AfterHydration onHydrated={onHydrated} />
                  <Switch>
                    <Route path="/" component={StartPage} />
                    <Route path="/privacy" component={PrivacyPage} />
                    <Route path="/learn" component={LearnIndexPage} />
                    <Route path="/clinicians" component={CliniciansPage} />
                    <Route path="/clinicians/flyer" component={FlyerPage} />
                    <Route path="/family" component={FamilyPage} />
                    <Route path="/learn/:slug">{(params) => <LearnArticlePage slug={params.slug} />}</Route>
                    <Route path="/check-in/results" component={ResultsPage} />
                    <Route path="/check-in/:step?">{(params) => <CheckinPage step={params.step} />}</Route>
                    <Route component={NotFoundPage} />
                  </Switch>
                </Suspense>
              </ErrorBoundary>
            </Layout>
          </RouteFocusProvider>
        </Router>
      </AnswersProvider>
      </RegionProvider>
      </LinkSettingsProvider>
    </I18nextProvider>
  );
}

/** `<html lang dir>` follow the language (right-to-left ready: `dir` comes from i18next). */
function useDocumentLanguage(i18n: i18n) {
  const [language, setLanguage] = useState(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = i18n.dir(language);
  }, [i18n, language]);
}
