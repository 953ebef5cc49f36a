import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PHQ9_DIFFICULTY, PHQ9_ITEMS } from '../instruments/phq9';
import { phq9NeedsDifficulty } from '../instruments/phq9-score';
import type { Answers, QuestionItem } from '../instruments/types';
import { stepPath } from '../checkin/paths';
import { useInstrumentText } from '../ui/use-instrument-text';

/** Each question with the chosen answer and a "Change" link (GOV.UK summary list). */
export function ReviewAnswers({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const items: QuestionItem[] = [...PHQ9_ITEMS, ...(phq9NeedsDifficulty(answers) ? [PHQ9_DIFFICULTY] : [])];
  return (
    <section aria-labelledby="review-heading">
      <h2 className="heading-l" id="review-heading">
        {t('review.heading')}
      </h2>
      <p>{t('review.intro')}</p>
      <dl className="summary-list">
        {items.map((item) => {
          const value = answers[item.id];
          const option = item.options.find((o) => o.value === value);
          return (
            <div className="summary-list__row" key={item.id}>
              <dt className="summary-list__key">
                {t('review.questionLabel', { number: item.number, text: text(item.textKey) })}
              </dt>
              <dd className="summary-list__value">{option ? text(option.labelKey) : t('review.notAnswered')}</dd>
              <dd className="summary-list__actions">
                <Link href={stepPath(item.id, { review: true })}>
                  {t('review.change')} <span className="visually-hidden">{t('review.changeHidden', { number: item.number })}</span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
