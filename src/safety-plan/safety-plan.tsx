import '../ui/print.css';
import '../ui/forms.css';
import './safety-plan.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrintMode } from '../ui/use-print-mode';
import { CitedText } from '../ui/cited-text';
import { SourceList } from '../ui/content-blocks';
import { CrisisContacts } from '../ui/crisis-contacts';
import { citationOrder } from '../ui/content-schema';
import { PlanPrint } from './plan-print';
import { PLAN_REFERENCES, PLAN_STEPS, saferLines, type OpioidsKnown } from './plan-steps';
import { usePlan, usePlanStore } from './plan-context';
import { planText, type PlanTranslate } from './plan-text';
import { usePlanContext } from './use-plan-context';

/**
 * The six steps of a safety plan, to fill in on screen, print on one page or save as a text file. Held in
 * memory only (the plan store, cleared on Leave). `level`: the steps' heading level (2 on its own page, 3
 * inside the check-in); `browserPrint`: whether the browser's print command prints the plan (on its own
 * page) or only its Print button does (on the results, whose print command prints the results).
 */
export function SafetyPlan({ opioids, level, browserPrint, prefix }: { opioids: OpioidsKnown; level: 2 | 3; browserPrint: boolean; prefix: string }) {
  const { t } = useTranslation('plan');
  const plan = usePlan();
  const store = usePlanStore();
  const context = usePlanContext(opioids);
  const { printing, print } = usePrintMode('plan', browserPrint);
  const [saved, setSaved] = useState(false);
  const Heading = level === 2 ? 'h2' : 'h3';
  const safer = saferLines(opioids, context.region);

  const texts = [t('intro'), t('evidence'), ...PLAN_STEPS.map((step) => t(`steps.${step.field}.hint`)), ...safer.map((key) => t(key))];
  const order = citationOrder(texts);
  const numbering = (id: number) => order.indexOf(id) + 1;
  const cite = (text: string): ReactNode => <CitedText text={text} prefix={prefix} referenceLabel={t('referencesHeading')} numbering={numbering} />;

  const save = () => {
    const blob = new Blob([planText(plan, context, t as unknown as PlanTranslate)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t('fileName')}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setSaved(true);
  };

  return (
    <div className="safety-plan">
      <p>{cite(t('intro'))}</p>
      <p>{cite(t('evidence'))}</p>
      <p>{t('together')}</p>
      <p className="inset-text">{t('privacy')}</p>
      {PLAN_STEPS.map((step) => {
        const id = `${prefix}-${step.field}`;
        return (
          <div className="safety-plan__step" key={step.field}>
            <Heading className="heading-m" id={`${id}-heading`}>
              {t('stepHeading', { number: step.number, heading: t(`steps.${step.field}.heading`) })}
            </Heading>
            <p className="hint" id={`${id}-hint`}>
              {cite(t(`steps.${step.field}.hint`))}
            </p>
            {step.crisisContacts && <CrisisContacts heading={t('contactsHeading')} lead={t('contactsLead')} headingLevel={level === 2 ? 'h3' : 'h4'} landmark={false} id={`${id}-contacts`} />}
            {step.safer && (
              <ul className="list list--bullet">
                {safer.map((key) => (
                  <li key={key}>{cite(t(key))}</li>
                ))}
              </ul>
            )}
            <div className="form-group">
              <label className="label" htmlFor={id}>
                {t(`steps.${step.field}.label`)}
              </label>
              <textarea
                id={id}
                className="textarea"
                rows={3}
                value={plan[step.field]}
                onChange={(event) => store.set(step.field, event.target.value)}
                aria-describedby={`${id}-hint`}
                // Never offered back by the browser, nor restored into a page opened again from the history.
                autoComplete="off"
                spellCheck
              />
            </div>
          </div>
        );
      })}
      <div className="safety-plan__actions no-print">
        <button type="button" className="button" onClick={print} aria-describedby={`${prefix}-print-hint`}>
          {t('print')}
        </button>
        <p className="hint" id={`${prefix}-print-hint`}>
          {t('printHint')}
        </p>
        <button type="button" className="button button--secondary" onClick={save} aria-describedby={`${prefix}-save-hint`}>
          {t('save')}
        </button>
        <p className="hint" id={`${prefix}-save-hint`}>
          {t('saveHint')}
        </p>
        <p role="status" className="share__status">
          {saved ? t('saved') : ''}
        </p>
      </div>
      <SourceList
        sources={order.flatMap((id) => PLAN_REFERENCES.filter((ref) => ref.id === id)).map((ref) => ({ id: ref.id, shown: numbering(ref.id), text: t(ref.textKey), url: ref.url }))}
        prefix={prefix}
        heading={t('referencesHeading')}
        headingLevel={level === 2 ? 'h2' : 'h3'}
      />
      {printing && <PlanPrint plan={plan} context={context} />}
    </div>
  );
}
