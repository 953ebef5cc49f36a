import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionScreens } from '../checkin/question-screens';
import { useAnswers, usePosition } from '../session/answers-context';
import { firstPendingStepId, RESULTS } from '../session/flow';
import { useFocusHeadingOnChange } from '../ui/route-focus';
import { useFlowOptions } from '../visit/use-flow-options';
import { NeedsJavaScript } from './shell-page';

const ResultsPage = lazy(() => import('../results/results-page'));

/**
 * The check-in's one address (/check-in): its question screens, then its results, from the answers kept in
 * the session (src/session/). The switch between the two lives here, in the app, so that the check-in and
 * the results are siblings that never import each other. Every screen has the same neutral title
 * (useCheckinTitle); focus moves to each new screen's heading, which names the question.
 */
export default function CheckInPage() {
  const answers = useAnswers();
  const position = usePosition();
  const flow = useFlowOptions();
  const { i18n } = useTranslation();
  useEffect(() => {
    // Everything the rest of the check-in needs, fetched once the first question is up and the browser is
    // idle: the results and their strings. A check-in then never waits for the network, and a new version
    // of the site taken in another tab cannot leave it without a screen it still has to show.
    const fetchRest = () => {
      void import('../results/results-page').catch(() => undefined);
      void i18n.loadNamespaces(['results', 'services', 'learn']).catch(() => undefined);
    };
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(fetchRest, { timeout: 5000 }) : null;
    const timer = idle === null ? window.setTimeout(fetchRest, 2000) : undefined;
    return () => {
      if (idle !== null) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, [i18n]);

  const pending = firstPendingStepId(answers, flow);
  const wanted = position.step ?? pending;
  useFocusHeadingOnChange(`${wanted}:${String(position.review)}`);
  // The results only once every question on the path has its answer; else the question screens send the
  // person to the first one that still needs it.
  if (wanted === RESULTS && pending === RESULTS) return <ResultsPage />;
  // The first question is prerendered, so it paints before any script. Without JavaScript it could not be
  // sent: the page then says it needs JavaScript instead (public/noscript.css hides `.needs-js`).
  return (
    <>
      <NeedsJavaScript />
      <div className="needs-js">
        <QuestionScreens />
      </div>
    </>
  );
}
