import { useTranslation } from 'react-i18next';
import { CrisisContacts } from '../ui/crisis-contacts';
import { useRegion } from '../visit/version-context';
import { PageHeading } from '../ui/page-heading';
import { useAnswers, useGoTo } from '../session/answers-context';
import { firstPendingStepId, nextStepId, SUPPORT } from '../session/flow';
import { useCheckinTitle } from '../session/use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';
import { PlanOffer } from '../safety-plan/plan-offer';

/**
 * Shown at once after any answer above 0 to PHQ-9 item 9, before the next question: calm words, crisis
 * lines one tap away, and a clear way to carry on.
 */
export function SupportStep({ review }: { review: boolean }) {
  const { t } = useTranslation(['checkin', 'common']);
  const answers = useAnswers();
  const region = useRegion();
  const goTo = useGoTo();
  useCheckinTitle();

  const flow = useFlowOptions();
  const next = review ? firstPendingStepId(answers, flow) : nextStepId(answers, SUPPORT, flow);
  const go = () => goTo(next, { review });

  return (
    <div className="support-step">
      <PageHeading>{t('support.title')}</PageHeading>
      <p className="body-l">{t('support.body')}</p>
      <CrisisContacts heading={t('support.contactsHeading')} lead={t('support.now')} />
      <p className="emergency-line">{t('common:crisis.emergency', { number: region.emergency })}</p>
      <button type="button" className="button" onClick={go} aria-describedby="support-continue-hint">
        {t('support.continue')}
      </button>
      <p id="support-continue-hint" className="hint">
        {t('support.continueHint')}
      </p>
      {/* The substance questions come after the mood ones: what the plan says of opioids holds for anyone. */}
      <PlanOffer opioids="unknown" />
    </div>
  );
}
