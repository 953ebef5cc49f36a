import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useAnswers, useAnswersStore } from './answers-context';
import { nextStepId, previousStepId, RESULTS, SUBSTANCE_CONSENT_ID, SUBSTANCE_INTRO, unreachableAnswers } from './flow';
import { RESULTS_PATH, stepPath } from './paths';

/** Before the substance-use part: what it asks, how long it takes, and a real choice to skip it. */
export function SubstanceIntroStep({ review }: { review: boolean }) {
  const { t } = useTranslation('checkin');
  const store = useAnswersStore();
  const answers = useAnswers();
  const [, navigate] = useLocation();
  useDocumentTitle(t('substanceIntro.title'));

  const choose = (consent: 0 | 1) => {
    store.setAnswer(SUBSTANCE_CONSENT_ID, consent);
    store.removeAnswers(unreachableAnswers(store.getSnapshot()));
    const next = nextStepId(store.getSnapshot(), SUBSTANCE_INTRO);
    navigate(next === RESULTS ? RESULTS_PATH : stepPath(next, { review }));
  };
  const previous = previousStepId(answers, SUBSTANCE_INTRO);

  return (
    <>
      <p className="caption">{t('substanceIntro.caption')}</p>
      <PageHeading>{t('substanceIntro.title')}</PageHeading>
      <p className="body-l">{t('substanceIntro.lead')}</p>
      <ul className="list list--bullet">
        <li>{t('substanceIntro.time')}</li>
        <li>{t('substanceIntro.private')}</li>
        <li>{t('substanceIntro.why')}</li>
      </ul>
      <div className="button-group">
        <button type="button" className="button" onClick={() => choose(1)}>
          {t('substanceIntro.continue')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => choose(0)}>
          {t('substanceIntro.skip')}
        </button>
      </div>
      <p>
        <Link href={review ? RESULTS_PATH : previous ? stepPath(previous) : '/'}>{t('back')}</Link>
      </p>
    </>
  );
}
