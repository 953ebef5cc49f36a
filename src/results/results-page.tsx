import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAnswers, useAnswersStore } from '../checkin/answers-context';
import { firstPendingStepId } from '../checkin/flow';
import { FIRST_STEP_PATH, stepPath } from '../checkin/paths';
import { scorePhq9 } from '../instruments/phq9-score';
import { CrisisContacts } from '../resources/crisis-contacts';
import { ResourceList } from '../resources/resource-list';
import { CitedText } from '../ui/cited-text';
import { ExternalLink } from '../ui/external-link';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useInstrumentText } from '../ui/use-instrument-text';
import { BandScale } from './band-scale';
import { nextSteps } from './next-steps';
import { RESULTS_REFERENCES } from './references';
import { ReviewAnswers } from './review-answers';

export default function ResultsPage() {
  const { t } = useTranslation(['results', 'common', 'instruments']);
  const text = useInstrumentText();
  const answers = useAnswers();
  const store = useAnswersStore();
  const [, navigate] = useLocation();
  useDocumentTitle(t('title'));

  const startOver = () => {
    store.clear();
    navigate('/');
  };

  if (Object.keys(answers).length === 0) {
    return (
      <>
        <PageHeading>{t('noAnswers.title')}</PageHeading>
        <p>{t('noAnswers.body')}</p>
        <Link href={FIRST_STEP_PATH} className="button">
          {t('noAnswers.start')}
        </Link>
        <CrisisContacts heading={t('common:crisis.heading')} lead={t('common:crisis.lead')} />
      </>
    );
  }

  const mood = scorePhq9(answers);
  const cite = (text: string) => <CitedText text={text} prefix="results" referenceLabel={t('referencesHeading')} />;

  return (
    <>
      {mood.item9Flag && (
        <CrisisContacts id="support-top-heading" heading={t('supportTop.heading')} lead={t('supportTop.body')} />
      )}
      <PageHeading>{t('title')}</PageHeading>
      <p className="inset-text">{t('notDiagnosis')}</p>

      <section aria-labelledby="mood-heading">
        <h2 className="heading-l" id="mood-heading">
          {t('mood.heading')}
        </h2>
        {mood.total !== null && mood.band !== null ? (
          <>
            <p className="body-l">{t('mood.total', { total: mood.total })}</p>
            <p>
              <Trans t={t} i18nKey="mood.band" values={{ band: t(`mood.bands.${mood.band}`) }} components={{ strong: <strong /> }} />
            </p>
            <BandScale total={mood.total} band={mood.band} />
            <p>{cite(t(`mood.bandText.${mood.band}`))}</p>
          </>
        ) : (
          <>
            <p>
              {t('mood.incomplete', {
                list: mood.missing.map((number) => t('mood.incompleteItem', { number })).join(', '),
              })}
            </p>
            <p>
              <Link href={stepPath(firstPendingStepId(answers))}>{t('mood.answerMissing')}</Link>
            </p>
          </>
        )}
        {mood.difficulty !== null && (
          <p>
            {t('mood.difficulty', {
              answer: text(`phq9.difficulty.options.${mood.difficulty}`),
            })}
          </p>
        )}
      </section>

      <section aria-labelledby="next-heading">
        <h2 className="heading-l" id="next-heading">
          {t('nextSteps.heading')}
        </h2>
        <ul className="list list--bullet">
          {nextSteps({ moodBand: mood.band }).map((message) => (
            <li key={message}>{cite(t(message))}</li>
          ))}
        </ul>
      </section>

      <ResourceList heading={t('resources.heading')} />

      <ReviewAnswers answers={answers} />

      <div className="start-over">
        <button type="button" className="button button--warning" onClick={startOver} aria-describedby="start-over-hint">
          {t('startOver.button')}
        </button>
        <p className="hint" id="start-over-hint">
          {t('startOver.hint')}
        </p>
      </div>

      <section aria-labelledby="results-refs-heading" className="references">
        <h2 className="heading-m" id="results-refs-heading">
          {t('referencesHeading')}
        </h2>
        <ol className="references__list">
          {RESULTS_REFERENCES.map((ref) => (
            <li key={ref.id} id={`results-ref-${ref.id}`}>
              {t(ref.textKey)} <ExternalLink href={ref.url}>{ref.url}</ExternalLink>
            </li>
          ))}
        </ol>
        <p className="attribution">
          {t('attribution')} {t('instruments:phq9.licence')}
        </p>
      </section>
    </>
  );
}
