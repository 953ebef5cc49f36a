import { useEffect, useRef, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../lib/zod';
import { ErrorSummary } from '../ui/error-summary';
import { Choices, ErrorMessage } from '../ui/fields';
import { PageHeading } from '../ui/page-heading';
import { BackLink } from './back-link';
import { useAnswers, useAnswersStore, useGoTo } from '../session/answers-context';
import { nextAfterChange, nextStepId, unreachableAnswers, type ErrorKey, type QuestionStep as Step } from '../session/flow';
import { questionTextKey } from '../instruments/steps';
import { useInstrumentText } from '../ui/use-instrument-text';
import { useCheckinTitle } from '../session/use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';
import { earlyChoice, replayEarlySubmit } from '../lib/early-submit';

function schemaFor(step: Step) {
  const values = step.item.options.map((option) => String(option.value));
  // An unanswered radio group gives null/undefined: the message is a locale key, translated on render.
  // An optional step (the alcohol amount) may be left empty.
  const answer = z.string({ error: step.errorKey }).refine((value) => values.includes(value), { error: step.errorKey });
  return z.object({ answer: step.optional ? answer.nullish() : answer });
}

type FormValues = { answer: string | null | undefined };

/** One question, its own small form (react-hook-form + zod), answers saved to the shared store. */
export function QuestionStep({ step, review }: { step: Step; review: boolean }) {
  const { t, i18n } = useTranslation('checkin');
  const text = useInstrumentText();
  const store = useAnswersStore();
  const answers = useAnswers();
  const goTo = useGoTo();
  const flow = useFlowOptions();
  const saved = answers[step.id];
  // The prerendered first question may have been answered before the app loaded: start from that answer.
  const [early] = useState(() => (saved === undefined && typeof document !== 'undefined' ? earlyChoice('answer') : undefined));

  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<FormValues>({
    resolver: zodResolver(schemaFor(step)),
    defaultValues: { answer: saved === undefined ? early : String(saved) },
    shouldFocusError: false,
  });

  const errorKey = errors.answer?.message as ErrorKey | undefined;
  const errorText = errorKey ? t(errorKey) : undefined;
  // Some wording follows an earlier answer (the alcohol item: the amount the person chose).
  const questionText = text(questionTextKey(step.item, answers));
  const progress = t(step.progressKey as 'progress.mood', { position: step.position ?? 0, total: step.sectionTotal });

  useCheckinTitle({ error: Boolean(errorText) });

  // The first question is prerendered: an answer given and Next tapped before the app took over are sent
  // again now (src/lib/early-submit.ts); the answer itself is still checked in the page.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    replayEarlySubmit(formRef.current);
  }, []);

  const onSubmit = ({ answer }: FormValues) => {
    if (answer === undefined || answer === null) store.removeAnswers([step.id]);
    else store.setAnswer(step.id, Number(answer));
    // Follow-ups that this answer closed (e.g. drugs changed to Never) lose their answers too.
    store.removeAnswers(unreachableAnswers(store.getSnapshot(), flow));
    const now = store.getSnapshot();
    const next = review ? nextAfterChange(now, step.id, flow) : nextStepId(now, step.id, flow);
    goTo(next, { review });
  };

  const errorId = `${step.id}-error`;
  const stemText = step.stemKey ? text(step.stemKey) : null;

  return (
    <>
      {errorText && (
        <ErrorSummary key={submitCount} title={t('error.summaryTitle')} errors={[{ href: step.id, text: errorText }]} />
      )}
      <p className="caption">{progress}</p>
      {/* autoComplete off: the browser then keeps no form state (which radio is on) in its session files.
          method="dialog": a submission the app does not handle (the prerendered question, before its script
          has loaded) goes nowhere, so no answer ever reaches an address or a server. */}
      <form ref={formRef} method="dialog" onSubmit={handleSubmit(onSubmit)} noValidate autoComplete="off">
        <div className={errorText ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={errorText ? errorId : undefined}>
            <legend className="fieldset__legend">
              {stemText && <span className="question-stem">{stemText}</span>}
              <PageHeading className="heading-l question-heading">{questionText}</PageHeading>
            </legend>
            {step.part === 'safety' && <p className="hint">{t('safetyHint')}</p>}
            {/* TAPS has no validated translation: say so in any language but its original English. */}
            {step.translationNote && i18n.resolvedLanguage !== 'en' && (
              <p className="hint translation-note">{t('translationNote')}</p>
            )}
            {step.item.hintKey && <p className="hint">{text(step.item.hintKey)}</p>}
            <ErrorMessage id={errorId} prefix={t('error.prefix')}>
              {errorText}
            </ErrorMessage>
            <Choices
              type="radio"
              // The first radio's id has no suffix, so the error summary can link to it.
              items={step.item.options.map((option, index) => ({
                id: index === 0 ? step.id : `${step.id}-${option.value}`,
                value: String(option.value),
                label: text(option.labelKey),
              }))}
              inputProps={register('answer')}
            />
          </fieldset>
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {review ? t('saveChange') : t('next')}
          </button>
          <BackLink stepId={step.id} review={review} className="button button--secondary" />
        </div>
      </form>
    </>
  );
}
