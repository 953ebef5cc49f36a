import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { useAnswersStore, useGoTo } from '../session/answers-context';
import { BackLink } from './back-link';
import { nextStepId, unreachableAnswers, type IntroStep as Step } from '../session/flow';
import { useCheckinTitle } from '../session/use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';

/**
 * Before a part a person may answer or skip (substance use; optional questions such as anxiety): what it
 * asks, how long it takes, why it is asked, and a real choice. Its wording is `intro.<id>.*` in `checkin`.
 */
export function IntroStep({ step, review }: { step: Step; review: boolean }) {
  const { t } = useTranslation('checkin');
  const store = useAnswersStore();
  const goTo = useGoTo();
  const flow = useFlowOptions();
  useCheckinTitle();
  const key = (name: string) => `intro.${step.id}.${name}` as 'intro.substance.title';

  const choose = (consent: 0 | 1) => {
    store.setAnswer(step.consentId, consent);
    store.removeAnswers(unreachableAnswers(store.getSnapshot(), flow));
    goTo(nextStepId(store.getSnapshot(), step.id, flow), { review });
  };

  return (
    <>
      <p className="caption">{t(key('caption'))}</p>
      <PageHeading>{t(key('title'))}</PageHeading>
      <p className="body-l">{t(key('lead'))}</p>
      <ul className="list list--bullet">
        <li>{t(key('time'))}</li>
        <li>{t(key('private'))}</li>
        <li>{t(key('why'))}</li>
      </ul>
      <div className="button-group">
        <button type="button" className="button" onClick={() => choose(1)}>
          {t(key('continue'))}
        </button>
        <button type="button" className="button button--secondary" onClick={() => choose(0)}>
          {t(key('skip'))}
        </button>
      </div>
      <p>
        <BackLink stepId={step.id} review={review} />
      </p>
    </>
  );
}
