import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { z } from 'zod';
import { ErrorSummary } from '../ui/error-summary';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useAnswers, useAnswersStore } from './answers-context';
import { nextAfterChange, nextStepId, previousStepId, RESULTS, type QuestionStep as Step } from './flow';
import { RESULTS_PATH, stepPath } from './paths';
import { useInstrumentText } from '../ui/use-instrument-text';

type ErrorKey = 'error.required' | 'error.requiredDifficulty';

function schemaFor(step: Step) {
  const values = step.item.options.map((option) => String(option.value));
  const errorKey: ErrorKey = step.position === null ? 'error.requiredDifficulty' : 'error.required';
  return z.object({
    // An unanswered radio group gives null/undefined: the message is a locale key, translated on render.
    answer: z.string({ error: errorKey }).refine((value) => values.includes(value), { error: errorKey }),
  });
}

type FormValues = { answer: string };

/** One question, its own small form (react-hook-form + zod), answers saved to the shared store. */
export function QuestionStep({ step, review }: { step: Step; review: boolean }) {
  const { t } = useTranslation('checkin');
  const text = useInstrumentText();
  const store = useAnswersStore();
  const answers = useAnswers();
  const [, navigate] = useLocation();
  const saved = answers[step.id];

  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<FormValues>({
    resolver: zodResolver(schemaFor(step)),
    defaultValues: saved === undefined ? {} : { answer: String(saved) },
    shouldFocusError: false,
  });

  const errorKey = errors.answer?.message as ErrorKey | undefined;
  const errorText = errorKey ? t(errorKey) : undefined;
  const questionText = text(step.item.textKey);
  const progress =
    step.position === null
      ? t('progress.moodExtra')
      : t('progress.mood', { position: step.position, total: step.sectionTotal });

  useDocumentTitle(`${progress}: ${questionText}`, { error: Boolean(errorText) });

  const onSubmit = ({ answer }: FormValues) => {
    store.setAnswer(step.id, Number(answer));
    const now = store.getSnapshot();
    const next = review ? nextAfterChange(now, step.id) : nextStepId(now, step.id);
    navigate(next === RESULTS ? RESULTS_PATH : stepPath(next, { review }));
  };

  const previous = previousStepId(answers, step.id);
  const backHref = review ? RESULTS_PATH : previous ? stepPath(previous) : '/';
  const errorId = `${step.id}-error`;
  const stemText = step.stemKey ? text(step.stemKey) : null;

  return (
    <>
      {errorText && (
        <ErrorSummary key={submitCount} title={t('error.summaryTitle')} errors={[{ href: step.id, text: errorText }]} />
      )}
      <p className="caption">{progress}</p>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <div className={errorText ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={errorText ? errorId : undefined}>
            <legend className="fieldset__legend">
              {stemText && <span className="question-stem">{stemText}</span>}
              <PageHeading className="heading-l question-heading">{questionText}</PageHeading>
            </legend>
            {errorText && (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{t('error.prefix')}</span> {errorText}
              </p>
            )}
            <div className="radios">
              {step.item.options.map((option, index) => {
                // The first radio's id has no suffix, so the error summary can link to it.
                const id = index === 0 ? step.id : `${step.id}-${option.value}`;
                return (
                  <div className="radios__item" key={option.value}>
                    <input className="radios__input" id={id} type="radio" value={String(option.value)} {...register('answer')} />
                    <label className="radios__label" htmlFor={id}>
                      {text(option.labelKey)}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>
        <div className="button-group">
          <button type="submit" className="button">
            {review ? t('saveChange') : t('next')}
          </button>
          <Link href={backHref} className="button button--secondary">
            {t('back')}
          </Link>
        </div>
      </form>
    </>
  );
}
