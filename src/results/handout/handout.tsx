import { useTranslation } from 'react-i18next';
import type { BandedView, Instrument } from '../../instruments/registry-types';
import type { Answers, QuestionItem } from '../../instruments/types';
import { useInstrumentText } from '../../ui/use-instrument-text';
import { useLinkSettings } from '../../visit/link-settings-context';
import { useRegion } from '../../visit/version-context';
import type { Summary } from '../summary';
import { customSectionOf } from '../custom-sections';

/**
 * The one-page summary a person brings to a visit: a dedicated print layout (hidden on screen), with the
 * standard scores a clinician expects, every answer and its value, flagged items clearly marked, and the
 * attributions. One block per instrument answered, in the order asked. Sized to fit one US Letter or A4
 * page (see the print styles).
 */
export function Handout({ answers, summary, onScreen = false, authored }: { answers: Answers; summary: Summary; onScreen?: boolean; authored?: Date }) {
  const { t, i18n } = useTranslation('results');
  const text = useInstrumentText();
  const { settings } = useLinkSettings();
  const date = (authored ?? new Date()).toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'long' });
  const label = (item: QuestionItem, value: number | undefined) => {
    const option = item.options.find((o) => o.value === value);
    return option ? text(option.labelKey) : t('review.notAnswered');
  };

  return (
    <section className={onScreen ? 'handout handout--screen' : 'handout'} aria-label={t('handout.title')}>
      <header className="handout__header">
        <h2>{t('handout.title')}</h2>
        <p>
          {t('handout.date', { date })}
          {settings.clinicName ? ` · ${t('handout.clinic', { clinic: settings.clinicName })}` : ''}
        </p>
        <p className="handout__notice">{t('handout.notDiagnosis')}</p>
      </header>

      {summary.instruments.map(({ instrument, state, banded, detail }) => {
        if (banded) return <BandedHandout key={instrument.id} instrument={instrument} view={banded} answers={answers} label={label} opioidUse={summary.context.anyOpioidUse} />;
        const custom = customSectionOf(instrument);
        if (custom && state !== 'notReached') return <custom.Handout key={instrument.id} answers={answers} summary={summary} detail={detail} label={label} />;
        return null;
      })}

      <footer className="handout__footer">
        {[...new Set(summary.instruments.filter(({ state }) => state === 'answered').flatMap(({ instrument }) => instrument.attributionKeys))].map((key) => (
            <p key={key}>{text(key)}</p>
          ))}
      </footer>
    </section>
  );
}

/** A scored instrument: every item with its answer and value, marks on flagged items, the total and band. */
function BandedHandout({
  instrument,
  view,
  answers,
  label,
  opioidUse,
}: {
  instrument: Instrument;
  view: BandedView;
  answers: Answers;
  label: (item: QuestionItem, value: number | undefined) => string;
  /** Opioid use by any route: a flagged item (PHQ-9 item 9) then asks about an intentional overdose. */
  opioidUse: boolean;
}) {
  const { t } = useTranslation('results');
  const region = useRegion();
  const text = useInstrumentText();
  const name = text(instrument.nameKey);
  const bandNameKey = instrument.presentation.kind === 'banded' ? instrument.presentation.bandNameKey : '';
  const items = view.itemIds.flatMap((id) => instrument.items.filter((item) => item.id === id));
  return (
    <>
      <h3>{t(`handout.headings.${instrument.id}` as 'handout.headings.phq9')}</h3>
      <table className="handout__table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('handout.question')}</th>
            <th scope="col">{t('handout.answer')}</th>
            <th scope="col">{t('handout.value')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const value = answers[item.id];
            const flag = view.flagged.find((f) => f.itemId === item.id);
            return (
              <tr key={item.id} className={flag ? 'handout__flag' : undefined}>
                <td>{item.number}</td>
                <td>
                  {text(item.textKey)}
                  {flag && <strong> — {t(flag.labelKey as 'handout.item9Flag')}</strong>}
                </td>
                <td className="handout__answer">{label(item, value)}</td>
                <td>{value ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {view.flagged.map((flag) => (
        <p key={flag.itemId} className="handout__notice">
          {/* The country's guidance where it differs (the UK: NICE NG225). */}
          <strong>{t(flag.noteKey as 'handout.item9Assess', { context: region.id })}</strong>
          {opioidUse && <strong> {t('handout.item9Opioids')}</strong>}
        </p>
      ))}
      <p className="handout__score">
        <strong>
          {view.total !== null && view.band !== null
            ? t('handout.total', { name, total: view.total, max: view.max, band: t(`${bandNameKey}.${view.band}` as 'mood.bands.mild') })
            : t('handout.noTotal', { name, list: view.missing.join(', ') })}
        </strong>
        {view.extras
          .filter((extra) => extra.handout)
          .map((extra) => ` · ${t(extra.handout as 'handout.phq2', { ...extra.values, answer: extra.answerKey ? text(extra.answerKey) : '' })}`)}
      </p>
    </>
  );
}
