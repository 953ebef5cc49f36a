import '../ui/print.css';
import './results.css';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useAnswers, useAnswersStore } from '../session/answers-context';
import { useCheckinTitle } from '../session/use-checkin-title';
import { useFlowOptions } from '../visit/use-flow-options';
import { CrisisContacts } from '../ui/crisis-contacts';
import { useRegion } from '../visit/version-context';
import { tRegion, useRegionVars } from '../ui/use-region-vars';
import { ResourceList } from '../ui/service-list';
import { CitedText } from '../ui/cited-text';
import { SourceList } from '../ui/content-blocks';
import { PageHeading } from '../ui/page-heading';
import { useInstrumentText } from '../ui/use-instrument-text';
import { FromLink } from '../ui/from-link';
import { BandedSection } from './banded-section';
import { explainerFor } from './explainer';
import { ExplainerLink } from './explainer-link';
import { GlanceSection } from './glance-section';
import { nextSteps, type NextStepContext } from './next-steps';
import { citationOrder, RESULTS_REFERENCES } from './references';
import { ReviewAnswers } from './review-answers';
import { customSectionOf } from './custom-sections';
import { summarise } from './summary';
import { Handout } from './handout/handout';
import { ShareSection } from './share/share-section';
import { KeepSection } from './compare/keep-section';
import { usePrintMode } from '../ui/use-print-mode';
import { PlanOffer } from '../safety-plan/plan-offer';
import { opioidsKnown } from '../safety-plan/plan-steps';
import { usePlanStore } from '../safety-plan/plan-context';

export default function ResultsPage() {
  const { t } = useTranslation(['results', 'common', 'resources']);
  const region = useRegion();
  const vars = useRegionVars();
  const text = useInstrumentText();
  const answers = useAnswers();
  const flow = useFlowOptions();
  const store = useAnswersStore();
  const plan = usePlanStore();
  const [, navigate] = useLocation();
  const { printing, print } = usePrintMode();
  // The time the results were first shown stands for when the check-in was done (every file made from it).
  const [authored] = useState(() => new Date());
  useCheckinTitle();

  const startOver = () => {
    store.clear();
    plan.clear();
    navigate('/');
  };

  // One summary per change of the answers: the sections, the handout, copy-as-text and the FHIR export all
  // read this one (a print, a copy or a status message re-renders the page, and scores nothing again).
  const flowKey = `${flow.off?.join(',') ?? ''}|${flow.asked?.join(',') ?? ''}|${flow.language ?? ''}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `flow` is a new object each render; its values are flowKey.
  const summary = useMemo(() => summarise(answers, flow), [answers, flowKey]);
  const context: NextStepContext = { ...summary.context, region: region.id };
  const translate = (key: string) => tRegion(t, key, vars);
  // Each scored instrument's section shows the messages of its part (the mood band texts for the PHQ-9).
  const sectionTexts = new Map(summary.instruments.map(({ instrument }) => [instrument.id, nextSteps(context, instrument.part).map(translate)]));
  const linked = nextSteps(context, 'linked').map((key) => t(key as 'linked.both'));
  const next = nextSteps(context, 'next').map(translate);
  const safety = nextSteps(context, 'safety').map(translate);
  const customTexts = summary.instruments.flatMap(({ instrument, detail }) => customSectionOf(instrument)?.citedTexts(detail, t as (key: string) => string) ?? []);

  // References are numbered in the order the page cites them, and only cited ones are listed.
  const order = citationOrder([...[...sectionTexts.values()].flat(), ...linked, ...customTexts, ...next, ...safety]);
  const numbering = (id: number) => order.indexOf(id) + 1;
  const cite = (value: string): ReactNode => (
    <CitedText text={value} prefix="results" referenceLabel={t('referencesHeading')} numbering={numbering} />
  );
  const references = order.flatMap((id) => RESULTS_REFERENCES.filter((ref) => ref.id === id));

  return (
    <>
      {summary.context.item9 && (
        <CrisisContacts id="support-top-heading" heading={t('supportTop.heading')} lead={t('supportTop.body')} />
      )}
      <PageHeading>{t('title')}</PageHeading>
      <p className="inset-text">{t('notDiagnosis')}</p>
      {summary.context.item9 && <PlanOffer opioids={opioidsKnown(summary.context)} />}

      <GlanceSection summary={summary} context={context} />

      {summary.instruments.map(({ instrument, state, banded, detail }) => {
        if (banded) {
          return <BandedSection key={instrument.id} instrument={instrument} view={banded} messages={(sectionTexts.get(instrument.id) ?? []).map(cite)} />;
        }
        const custom = customSectionOf(instrument);
        if (custom && state !== 'notReached') return <custom.Results key={instrument.id} answers={answers} summary={summary} detail={detail} cite={cite} />;
        return null;
      })}

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
          <p className="hint">{t(Object.keys(context.safety).length > 0 ? 'safetyTips.intro' : 'safetyTips.introDrugs')}</p>
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

      <ShareSection answers={answers} summary={summary} flow={flow} authored={authored} />

      <KeepSection answers={answers} summary={summary} authored={authored} />

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

      <SourceList sources={references.map((ref) => ({ id: ref.id, text: t(ref.textKey as 'references.1'), url: ref.url }))} prefix="results" heading={t('referencesHeading')}>
        <p className="attribution">{t('attribution')}</p>
        {[...new Set(summary.instruments.filter(({ state }) => state === 'answered').flatMap(({ instrument }) => instrument.attributionKeys))].map((key) => (
          <p className="attribution" key={key}>
            {text(key)}
          </p>
        ))}
      </SourceList>

      {printing && <Handout answers={answers} summary={summary} />}
    </>
  );
}
