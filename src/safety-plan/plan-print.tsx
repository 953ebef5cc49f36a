import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { stripCitations } from '../ui/cited-text';
import { PLAN_STEPS, saferLines } from './plan-steps';
import type { Plan } from './plan-store';
import type { PlanContext } from './plan-text';

/**
 * The plan on paper: one page (Letter or A4), each step with what the person wrote, or ruled lines to
 * write on by hand. Rendered only while printing, into the page's main element (the print styles print
 * only a `.handout` there), so the screen never holds a second copy.
 */
export function PlanPrint({ plan, context }: { plan: Plan; context: PlanContext }) {
  const { t } = useTranslation('plan');
  const main = typeof document === 'undefined' ? null : document.getElementById('main');
  if (!main) return null;
  return createPortal(
    <section className="handout plan-handout" aria-label={t('printTitle')}>
      <h2>{t('printTitle')}</h2>
      <p>
        {t('printDate', { date: context.date })} · {t('printLead')}
      </p>
      {PLAN_STEPS.map((step) => {
        const written = plan[step.field].trim();
        return (
          <div className="plan-handout__step" key={step.field}>
            <h3>{t('stepHeading', { number: step.number, heading: t(`steps.${step.field}.heading`) })}</h3>
            {step.crisisContacts && (
              <ul>
                {context.contacts.map((contact) => (
                  <li key={contact}>{contact}</li>
                ))}
              </ul>
            )}
            {step.safer && (
              <ul>
                {saferLines(context.opioids, context.region).map((key) => (
                  <li key={key}>{stripCitations(t(key))}</li>
                ))}
              </ul>
            )}
            {written === '' ? (
              <div className="plan-handout__lines" aria-hidden="true">
                <span />
                <span />
                <span />
              </div>
            ) : <p className="plan-handout__written">{written}</p>}
          </div>
        );
      })}
      <p>
        <strong>{t('emergency', { number: context.emergency })}</strong>
      </p>
    </section>,
    main,
  );
}
