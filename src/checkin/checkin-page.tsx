import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useAnswers } from './answers-context';
import { canVisit, findStep, firstPendingStepId } from './flow';
import { stepPath } from './paths';
import { QuestionStep } from './question-step';
import { SubstanceIntroStep } from './substance-intro-step';
import { SupportStep } from './support-step';
import { useFlowOptions } from './use-flow-options';

/**
 * One screen of the check-in, chosen by the step in the path. A step that the answers do not lead to
 * (an unknown id, a later question after a reload emptied the answers) sends the person to the first
 * question that still needs an answer, with a short notice, never a blank page.
 */
export default function CheckinPage({ step }: { step: string | undefined }) {
  const { t } = useTranslation('checkin');
  const answers = useAnswers();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const review = query.get('review') === '1';
  // Set when this page was reached by being sent on from a step that could not be shown.
  const notice = query.get('from') === 'unavailable';

  const current = step ? findStep(step) : undefined;
  const flow = useFlowOptions();
  const visitable = current !== undefined && canVisit(answers, current.id, flow);

  useEffect(() => {
    if (visitable) return;
    // No step at all (/check-in) is simply the beginning: no notice needed.
    navigate(stepPath(firstPendingStepId(answers, flow), { redirected: step !== undefined }), { replace: true });
  }, [visitable, step, answers, navigate, flow]);

  if (!current || !visitable) return null;

  return (
    <>
      {notice && (
        <div className="notice" role="status">
          <p>{t('redirected')}</p>
        </div>
      )}
      {current.kind === 'support' && <SupportStep key={current.id} review={review} />}
      {current.kind === 'intro' && <SubstanceIntroStep key={current.id} review={review} />}
      {current.kind === 'question' && <QuestionStep key={current.id} step={current} review={review} />}
    </>
  );
}
