import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAnswers, useGoTo } from '../session/answers-context';
import { previousStepId, RESULTS } from '../session/flow';
import { CHECKIN_PATH } from '../session/paths';
import { useFlowOptions } from '../visit/use-flow-options';

/**
 * "Back" inside the check-in: the previous question (in memory, no history entry), the results when
 * changing one answer, or the start page from the first question.
 */
export function BackLink({ stepId, review, className }: { stepId: string; review: boolean; className?: string }) {
  const { t } = useTranslation('checkin');
  const answers = useAnswers();
  const goTo = useGoTo();
  const flow = useFlowOptions();
  const previous = review ? RESULTS : previousStepId(answers, stepId, flow);
  if (previous === null) {
    return (
      <Link href="/" className={className}>
        {t('back')}
      </Link>
    );
  }
  return (
    <Link
      href={CHECKIN_PATH}
      className={className}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        goTo(previous);
      }}
    >
      {t('back')}
    </Link>
  );
}
