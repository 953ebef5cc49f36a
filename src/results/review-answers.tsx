import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useGoTo } from '../session/answers-context';
import { questionsOnPath } from '../session/flow';
import { CHECKIN_PATH } from '../session/paths';
import { questionTextKey } from '../instruments/steps';
import type { Answers } from '../instruments/types';
import { useFlowOptions } from '../visit/use-flow-options';
import { useInstrumentText } from '../ui/use-instrument-text';

/**
 * Every question the person was asked, with the chosen answer and a "Change" link (GOV.UK summary list),
 * grouped by the part of the check-in each belongs to (`review.sections.<part>`), in the order asked.
 */
export function ReviewAnswers({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const goTo = useGoTo();
  const steps = questionsOnPath(answers, useFlowOptions());
  const groups = [...new Set(steps.map((step) => step.part))].map((part) => ({ part, steps: steps.filter((step) => step.part === part) }));

  return (
    <section aria-labelledby="review-heading">
      <h2 className="heading-l" id="review-heading">
        {t('review.heading')}
      </h2>
      <p>{t('review.intro')}</p>
      {groups.map(({ part, steps: groupSteps }) => {
        const section = t(`review.sections.${part}` as 'review.sections.mood');
        return (
          <div key={part}>
            <h3 className="heading-m">{section}</h3>
            <dl className="summary-list">
              {groupSteps.map((step) => {
                const value = answers[step.id];
                const option = step.item.options.find((o) => o.value === value);
                const question = text(questionTextKey(step.item, answers));
                // Numbered within the group; an optional choice (the alcohol amount) is a setting, not a question.
                const shownNumber = groupSteps.filter((s) => !s.optional).indexOf(step) + 1;
                const label = step.optional ? question : t('review.questionLabel', { number: shownNumber, text: question });
                const answerText = option ? text(option.labelKey) : step.optional ? t('review.noAmount') : t('review.notAnswered');
                return (
                  <div className="summary-list__row" key={step.id}>
                    <dt className="summary-list__key">{label}</dt>
                    <dd className="summary-list__value">{answerText}</dd>
                    <dd className="summary-list__actions">
                      <Link
                        href={CHECKIN_PATH}
                        onClick={(event) => {
                          event.preventDefault();
                          goTo(step.id, { review: true });
                        }}
                      >
                        {t('review.change')}{' '}
                        <span className="visually-hidden">
                          {step.optional ? t('review.changeAmountHidden') : t('review.changeHidden', { section, number: shownNumber })}
                        </span>
                      </Link>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
