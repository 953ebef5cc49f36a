import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusHeadingOnChange } from '../ui/route-focus';
import { useAnswers, useAnswersStore, usePosition } from './answers-context';
import { canVisit, findStep, firstPendingStepId, RESULTS } from './flow';
import { QuestionStep } from './question-step';
import { IntroStep } from './intro-step';
import { SupportStep } from './support-step';
import { useFlowOptions } from '../visit/use-flow-options';

const ResultsPage = lazy(() => import('../results/results-page'));

/**
 * The whole check-in, at one address: the screen shown is the one kept in memory (`usePosition`). A screen
 * the answers do not lead to (after a change, or a stale position) sends the person to the first question
 * that still needs an answer, with a short notice, never a blank page. Every screen has the same neutral
 * title (useCheckinTitle); focus moves to each new screen's heading, which names the question.
 */
export default function CheckinPage() {
  const { t } = useTranslation('checkin');
  const answers = useAnswers();
  const store = useAnswersStore();
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

  const wanted = position.step ?? firstPendingStepId(answers, flow);
  const showResults = wanted === RESULTS && firstPendingStepId(answers, flow) === RESULTS;
  const current = wanted === RESULTS ? undefined : findStep(wanted);
  const visitable = showResults || (current !== undefined && canVisit(answers, current.id, flow));
  useFocusHeadingOnChange(`${wanted}:${String(position.review)}`);

  useEffect(() => {
    if (visitable) return;
    // The first visit (no position yet) is simply the beginning: no notice needed.
    store.setPosition({ step: firstPendingStepId(answers, flow), review: false, redirected: position.step !== null });
  }, [visitable, answers, flow, store, position.step]);

  if (!visitable) return null;
  if (showResults) return <ResultsPage />;
  if (!current) return null;

  return (
    <>
      {position.redirected && (
        <div className="notice" role="status">
          <p>{t('redirected')}</p>
        </div>
      )}
      {current.kind === 'support' && <SupportStep key={current.id} review={position.review} />}
      {current.kind === 'intro' && <IntroStep key={current.id} step={current} review={position.review} />}
      {current.kind === 'question' && <QuestionStep key={current.id} step={current} review={position.review} />}
    </>
  );
}
