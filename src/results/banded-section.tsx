import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAnswers, useGoTo } from '../session/answers-context';
import { firstPendingStepId } from '../session/flow';
import { CHECKIN_PATH } from '../session/paths';
import type { BandedView, Instrument } from '../instruments/registry-types';
import { StrongText } from '../ui/strong-text';
import { useInstrumentText } from '../ui/use-instrument-text';
import { useFlowOptions } from '../visit/use-flow-options';
import { BandScale } from './band-scale';

/**
 * A scored instrument's results (the PHQ-9's, any other's the same way): its total on its scale, what the
 * band means (the next-steps messages of its part), and its extra lines; or, when some answers are
 * missing, which ones, and a way to answer them. Never a total from incomplete answers.
 */
export function BandedSection({ instrument, view, messages }: { instrument: Instrument; view: BandedView; messages: readonly ReactNode[] }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const answers = useAnswers();
  const flow = useFlowOptions();
  const goTo = useGoTo();
  const bandNameKey = instrument.presentation.kind === 'banded' ? instrument.presentation.bandNameKey : '';
  const bandName = (band: string) => t(`${bandNameKey}.${band}` as 'mood.bands.mild');
  const headingId = `${instrument.part}-heading`;

  return (
    <section aria-labelledby={headingId}>
      <h2 className="heading-l" id={headingId}>
        {t(`${instrument.part}.heading` as 'mood.heading')}
      </h2>
      {view.total !== null && view.band !== null ? (
        <>
          <p className="body-l">{t('score.total', { total: view.total, max: view.max })}</p>
          <p>
            <StrongText text={t('score.band', { band: bandName(view.band) })} />
          </p>
          <BandScale total={view.total} band={view.band} bands={view.bands} max={view.max} bandName={bandName} />
          {messages.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
        </>
      ) : (
        <>
          <p>{t('score.incomplete', { list: view.missing.map((number) => t('score.incompleteItem', { number })).join(', ') })}</p>
          <p>
            <Link
              href={CHECKIN_PATH}
              onClick={(event) => {
                event.preventDefault();
                goTo(firstPendingStepId(answers, flow));
              }}
            >
              {t('score.answerMissing')}
            </Link>
          </p>
        </>
      )}
      {view.extras
        .filter((extra) => extra.results)
        .map((extra) => (
          <p key={extra.results}>{t(extra.results as 'mood.difficulty', { ...extra.values, answer: extra.answerKey ? text(extra.answerKey) : '' })}</p>
        ))}
    </section>
  );
}
