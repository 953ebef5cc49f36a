import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswers, useAnswersStore, usePosition } from '../session/answers-context';
import { canVisit, findStep, firstPendingStepId, RESULTS } from '../session/flow';
import { QuestionStep } from './question-step';
import { IntroStep } from './intro-step';
import { SupportStep } from './support-step';
import { useFlowOptions } from '../visit/use-flow-options';

/**
 * The check-in's question screens, at the check-in's one address: the screen shown is the one kept in
 * memory (`usePosition`). A screen the answers do not lead to (after a change, or a stale position, or the
 * results before every question is answered) sends the person to the first question that still needs an
 * answer, with a short notice, never a blank page. The switch to the results is the app's
 * (src/app/check-in-page.tsx): the check-in and the results never import each other.
 */
export function QuestionScreens() {
  const { t } = useTranslation('checkin');
  const answers = useAnswers();
  const store = useAnswersStore();
  const position = usePosition();
  const flow = useFlowOptions();

  const wanted = position.step ?? firstPendingStepId(answers, flow);
  const current = wanted === RESULTS ? undefined : findStep(wanted);
  const visitable = current !== undefined && canVisit(answers, current.id, flow);

  useEffect(() => {
    if (visitable) return;
    // The first visit (no position yet) is simply the beginning: no notice needed.
    store.setPosition({ step: firstPendingStepId(answers, flow), review: false, redirected: position.step !== null });
  }, [visitable, answers, flow, store, position.step]);

  if (!visitable || !current) return null;

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
