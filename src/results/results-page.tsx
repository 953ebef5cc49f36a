import './results.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StrongText } from '../ui/strong-text';
import { Link, useLocation } from 'wouter';
import { useAnswers, useAnswersStore, useGoTo } from '../checkin/answers-context';
import { firstPendingStepId, SUBSTANCE_CONSENT_ID } from '../checkin/flow';
import { CHECKIN_PATH } from '../checkin/paths';
import { useCheckinTitle } from '../checkin/use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';
import { scorePhq9 } from '../instruments/phq9-score';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../instruments/safety';
import { highestOpioidLevel, scoreOpioidBlocks, scoreTaps1 } from '../instruments/taps-score';
import type { Answers } from '../instruments/types';
import { CrisisContacts } from '../ui/crisis-contacts';
import { useRegion } from '../visit/version-context';
import { tRegion, useRegionVars } from '../ui/use-region-vars';
import { ResourceList } from '../ui/service-list';
import { CitedText } from '../ui/cited-text';
import { ExternalLink } from '../ui/external-link';
import { PageHeading } from '../ui/page-heading';
import { useInstrumentText } from '../ui/use-instrument-text';
import { BandScale } from './band-scale';
import { explainerFor } from './explainer';
import { ExplainerLink } from './explainer-link';
import { nextSteps, type NextStepContext, type OpioidCondition } from './next-steps';
import { citationOrder, RESULTS_REFERENCES } from './references';
import { ReviewAnswers } from './review-answers';
import { blockLevelKey, SubstanceResults } from './substance-results';
import { FromLink } from '../ui/from-link';
import { Handout } from './handout/handout';
import { usePrintMode } from './handout/use-print-mode';

function safetyAnswers(answers: Answers): NextStepContext['safety'] {
  const entries = SAFETY_ITEMS.flatMap((item) => {
    const value = answers[item.id];
    return value === undefined ? [] : [[item.question, value] as const];
  });
  return Object.fromEntries(entries);
}

export default function ResultsPage() {
  const { t } = useTranslation(['results', 'common', 'resources']);
  const region = useRegion();
  const vars = useRegionVars();
  const text = useInstrumentText();
  const answers = useAnswers();
  const flow = useFlowOptions();
  const store = useAnswersStore();
  const [, navigate] = useLocation();
  const { printing, print } = usePrintMode();
  const goTo = useGoTo();
  useCheckinTitle();

  const startOver = () => {
    store.clear();
    navigate('/');
  };

  const mood = scorePhq9(answers);
  const consent = answers[SUBSTANCE_CONSENT_ID];
  const substanceAnswered = consent === 1;
  const taps1 = scoreTaps1(answers);
  const blocks = scoreOpioidBlocks(answers);
  const opioid: OpioidCondition = substanceAnswered ? (highestOpioidLevel(blocks) ?? 'none') : 'notAnswered';
  const context: NextStepContext = {
    moodBand: mood.band,
    opioid,
    substancePositive: substanceAnswered && taps1.some((r) => r.positive === true),
    safety: safetyAnswers(answers),
    region: region.id,
    item9: mood.item9Flag,
    streetOpioids: substanceAnswered && answers[STREET_OPIOIDS_ITEM.id] === 1,
  };
  const linked = nextSteps(context, 'linked').map((key) => t(key as 'linked.both'));
  const next = nextSteps(context, 'next').map((key) => tRegion(t, key, vars));
  const safety = nextSteps(context, 'safety').map((key) => tRegion(t, key, vars));
  const moodTexts = nextSteps(context, 'mood').map((key) => tRegion(t, key, vars));
  const blockTexts = blocks.flatMap((b) => (b.level ? [t(blockLevelKey(b.block, b.level))] : []));

  // References are numbered in the order the page cites them, and only cited ones are listed.
  const order = citationOrder([...moodTexts, ...linked, ...(substanceAnswered ? blockTexts : []), ...next, ...safety]);
  const numbering = (id: number) => order.indexOf(id) + 1;
  const cite = (value: string): ReactNode => (
    <CitedText text={value} prefix="results" referenceLabel={t('referencesHeading')} numbering={numbering} />
  );
  const references = order.flatMap((id) => RESULTS_REFERENCES.filter((ref) => ref.id === id));

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
              <StrongText text={t('mood.band', { band: t(`mood.bands.${mood.band}`) })} />
            </p>
            <BandScale total={mood.total} band={mood.band} />
            {moodTexts.map((text) => (
              <p key={text}>{cite(text)}</p>
            ))}
          </>
        ) : (
          <>
            <p>
              {t('mood.incomplete', {
                list: mood.missing.map((number) => t('mood.incompleteItem', { number })).join(', '),
              })}
            </p>
            <p>
              <Link
                href={CHECKIN_PATH}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(firstPendingStepId(answers, flow));
                }}
              >
                {t('mood.answerMissing')}
              </Link>
            </p>
          </>
        )}
        {mood.difficulty !== null && (
          <p>{t('mood.difficulty', { answer: text(`phq9.difficulty.options.${mood.difficulty}`) })}</p>
        )}
      </section>

      {consent !== undefined && (
        <SubstanceResults answers={answers} skipped={!substanceAnswered} taps1={taps1} blocks={blocks} cite={cite} />
      )}

      {linked.length > 0 && (
        <section aria-labelledby="linked-heading" className="linked">
          <h2 className="heading-l" id="linked-heading">
            {t('linked.heading')}
          </h2>
          {linked.map((message) => (
            <p key={message}>{cite(message)}</p>
          ))}
        </section>
      )}

      <section aria-labelledby="next-heading">
        <h2 className="heading-l" id="next-heading">
          {t('nextSteps.heading')}
        </h2>
        <ul className="list list--bullet">
          {next.map((message) => (
            <li key={message}>{cite(message)}</li>
          ))}
        </ul>
        <ExplainerLink slug={explainerFor(context)} />
      </section>

      {safety.length > 0 && (
        <section aria-labelledby="safety-heading">
          <h2 className="heading-l" id="safety-heading">
            {t('safetyTips.heading')}
          </h2>
          <p className="hint">{t('safetyTips.intro')}</p>
          <ul className="list list--bullet">
            {safety.map((message) => (
              <li key={message}>{cite(message)}</li>
            ))}
          </ul>
        </section>
      )}


      <div className="print-action no-print">
        <button type="button" className="button" onClick={print} aria-describedby="print-hint">
          {t('handout.print')}
        </button>
        <p className="hint" id="print-hint">
          {t('handout.printHint')}
        </p>
      </div>

      <ResourceList heading={t('resources.heading')} />

      <FromLink withPhone />

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
          {references.map((ref) => (
            <li key={ref.id} id={`results-ref-${ref.id}`}>
              {t(ref.textKey as 'references.1')} <ExternalLink href={ref.url}>{ref.url}</ExternalLink>
            </li>
          ))}
        </ol>
        <p className="attribution">{t('attribution')}</p>
        <p className="attribution">{text('phq9.licence')}</p>
        {substanceAnswered && <p className="attribution">{text('taps.licence')}</p>}
      </section>

      {printing && <Handout answers={answers} />}
    </>
  );
}
