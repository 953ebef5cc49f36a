import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useGoTo } from '../checkin/answers-context';
import { pathFor, type QuestionStep, type Section } from '../checkin/flow';
import { CHECKIN_PATH } from '../checkin/paths';
import { useFlowOptions } from '../visit/use-flow-options';
import { ALCOHOL_AMOUNT_ID, alcoholTextKey } from '../instruments/taps';
import type { Answers } from '../instruments/types';
import { useInstrumentText } from '../ui/use-instrument-text';

type ReviewGroup = 'mood' | 'substance' | 'safety';

const GROUP_OF: Record<Section, ReviewGroup> = {
  mood: 'mood',
  substance: 'substance',
  heroin: 'substance',
  rxOpioid: 'substance',
  streetOpioids: 'safety',
  safety: 'safety',
};

/** Every question the person was asked, with the chosen answer and a "Change" link (GOV.UK summary list). */
export function ReviewAnswers({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const goTo = useGoTo();
  const steps = pathFor(answers, useFlowOptions()).filter((step): step is QuestionStep => step.kind === 'question');
  const groups = (['mood', 'substance', 'safety'] as const)
    .map((group) => ({ group, steps: steps.filter((step) => GROUP_OF[step.section] === group) }))
    .filter((g) => g.steps.length > 0);

  return (
    <section aria-labelledby="review-heading">
      <h2 className="heading-l" id="review-heading">
        {t('review.heading')}
      </h2>
      <p>{t('review.intro')}</p>
      {groups.map(({ group, steps: groupSteps }) => (
        <div key={group}>
          <h3 className="heading-m">{t(`review.sections.${group}`)}</h3>
          <dl className="summary-list">
            {groupSteps.map((step) => {
              const value = answers[step.id];
              const option = step.item.options.find((o) => o.value === value);
              const question = text(step.id === 'taps1-alcohol' ? alcoholTextKey(answers[ALCOHOL_AMOUNT_ID]) : step.item.textKey);
              // Numbered within the group; the optional alcohol-amount choice is a setting, not a question.
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
                        {step.optional
                          ? t('review.changeAmountHidden')
                          : t('review.changeHidden', { section: t(`review.sections.${group}`), number: shownNumber })}
                      </span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
