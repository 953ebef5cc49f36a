import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { useAnswersStore, useGoTo } from './answers-context';
import { BackLink } from './back-link';
import { nextStepId, SUBSTANCE_CONSENT_ID, SUBSTANCE_INTRO, unreachableAnswers } from './flow';
import { useCheckinTitle } from './use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';

/** Before the substance-use part: what it asks, how long it takes, and a real choice to skip it. */
export function SubstanceIntroStep({ review }: { review: boolean }) {
  const { t } = useTranslation('checkin');
  const store = useAnswersStore();
  const goTo = useGoTo();
  const flow = useFlowOptions();
  useCheckinTitle();

  const choose = (consent: 0 | 1) => {
    store.setAnswer(SUBSTANCE_CONSENT_ID, consent);
    store.removeAnswers(unreachableAnswers(store.getSnapshot(), flow));
    goTo(nextStepId(store.getSnapshot(), SUBSTANCE_INTRO, flow), { review });
  };

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
        <BackLink stepId={SUBSTANCE_INTRO} review={review} />
      </p>
    </>
  );
}
