import { useTranslation } from 'react-i18next';
import { useInstrumentText } from '../ui/use-instrument-text';
import { glanceSteps, substanceLine } from './at-a-glance';
import type { NextStepContext } from './next-steps';
import type { Summary } from './summary';

/**
 * The results at a glance, right under the crisis panel: each part's one-line result and at most three
 * next steps, most important first (at-a-glance.ts); the details follow on the page.
 */
export function GlanceSection({ summary, context }: { summary: Summary; context: NextStepContext }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const steps = glanceSteps(context);
  const substance = substanceLine(summary);
  return (
    <section aria-labelledby="glance-heading" className="glance">
      <h2 className="heading-m" id="glance-heading">
        {t('glance.heading')}
      </h2>
      <ul className="list glance__parts">
        {summary.instruments.map(({ instrument, banded }) => {
          if (!banded) return null;
          const bandNameKey = instrument.presentation.kind === 'banded' ? instrument.presentation.bandNameKey : '';
          const part = t(`${instrument.part}.heading` as 'mood.heading');
          return (
            <li key={instrument.id}>
              <strong>{part}:</strong>{' '}
              {banded.total !== null && banded.band !== null
                ? t('glance.part', { name: text(instrument.nameKey), total: banded.total, max: banded.max, band: t(`${bandNameKey}.${banded.band}` as 'mood.bands.mild') })
                : t('glance.partIncomplete', { name: text(instrument.nameKey) })}
            </li>
          );
        })}
        {substance && (
          <li>
            <strong>{t('substance.heading')}:</strong> {t(substance as 'glance.substance.none')}
          </li>
        )}
      </ul>
      {steps.length > 0 && (
        <>
          <h3 className="heading-s">{t('glance.stepsHeading')}</h3>
          <ol className="list list--number">
            {steps.map((key) => (
              <li key={key}>{t(key as 'glance.steps.talkToday')}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        <a href="#next-heading">{t('glance.details')}</a>
      </p>
    </section>
  );
}
