import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpioidsKnown } from './plan-steps';

const SafetyPlan = lazy(() => import('./safety-plan').then((module) => ({ default: module.SafetyPlan })));

/**
 * "Make a safety plan" inside the check-in (its support step and the results, after PHQ-9 item 9 above 0):
 * the plan opens here, at the check-in's one address, so no history entry or title says it was made.
 */
export function PlanOffer({ opioids }: { opioids: OpioidsKnown }) {
  const { t } = useTranslation('plan');
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="plan-offer-heading" className="plan-offer">
      <h2 className="heading-m" id="plan-offer-heading">
        {t('offer.heading')}
      </h2>
      <p>{t('offer.body')}</p>
      <button type="button" className="button button--secondary no-print" aria-expanded={open} aria-controls="plan-offer-plan" onClick={() => setOpen((value) => !value)}>
        {open ? t('offer.close') : t('offer.open')}
      </button>
      <div id="plan-offer-plan">
        {open && (
          <Suspense fallback={null}>
            <SafetyPlan opioids={opioids} level={3} browserPrint={false} prefix="plan-offer" />
          </Suspense>
        )}
      </div>
    </section>
  );
}
