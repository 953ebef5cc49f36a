import { useTranslation } from 'react-i18next';
import { activeInstruments } from '../../instruments/registry';
import type { Answers } from '../../instruments/types';
import { CrisisContacts } from '../../ui/crisis-contacts';
import { ExternalLink } from '../../ui/external-link';
import { useFlowOptions } from '../../visit/use-flow-options';
import { customSectionOf } from '../custom-sections';
import type { Summary } from '../summary';
import { ChangeChart } from './change-chart';
import { chartable, compareCheckIns, type Change, type ScoreComparison, type ScoreRow } from './compare';
import type { PickedFiles } from './read-files';
import type { Translate } from './problem-text';

/** A date as the tables show it; with the time when two check-ins fall on one day. */
function dateFormatter(dates: readonly Date[], language: string | undefined) {
  const days = dates.map((date) => date.toDateString());
  const sameDay = new Set(days).size < days.length;
  return (date: Date) => date.toLocaleString(language, sameDay ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' });
}

/** The earlier check-ins the person picked beside today's: per questionnaire, a table, the change, a chart. */
export default function CompareView({ answers, summary, authored, picked }: { answers: Answers; summary: Summary; authored: Date; picked: PickedFiles }) {
  const { t, i18n } = useTranslation('results');
  const flow = useFlowOptions();
  const language = i18n.resolvedLanguage;
  const todayInstruments = summary.instruments.filter(({ state }) => state === 'answered').map(({ instrument }) => instrument.id);
  // Every registered instrument a file or today has answers for (a file may have the GAD-7 when today's visit did not ask it).
  const instruments = [...activeInstruments({ ...flow, asked: [...(flow.asked ?? []), ...picked.checkIns.flatMap(({ checkIn }) => checkIn.instruments)] })];
  const comparison = compareCheckIns(
    { authored, answers, instruments: todayInstruments },
    picked.checkIns.map(({ checkIn }) => checkIn),
    instruments,
  );
  const date = dateFormatter([authored, ...picked.checkIns.map(({ checkIn }) => checkIn.authored)], language);
  const shortDate = (value: Date) => value.toLocaleDateString(language, { day: 'numeric', month: 'short' });

  return (
    <div className="compare-view" aria-live="polite">
      <p role="status">{t('compare.read', { count: picked.checkIns.length })}</p>
      {picked.skipped.length > 0 && (
        <ul className="list list--bullet">
          {picked.skipped.map(({ name, reason }) => (
            <li key={name}>{reason.kind === 'today' ? t('compare.skipped.today', { name }) : t('compare.skipped.duplicate', { name, other: reason.of })}</li>
          ))}
        </ul>
      )}
      {/* Thoughts of self-harm today bring crisis support first, whatever any change says. */}
      {summary.context.item9 && <CrisisContacts heading={t('compare.item9.heading')} lead={t('compare.item9.body')} headingLevel="h3" landmark={false} id="compare-crisis" />}
      {comparison.scored.map((scored) => (
        <ScoredComparison key={scored.instrument.id} comparison={scored} date={date} shortDate={shortDate} />
      ))}
      {comparison.sideBySide.map(({ instrument, points }) => {
        const Compare = customSectionOf(instrument)?.Compare;
        if (!Compare) return null;
        return (
          <div key={instrument.id} className="compare-block">
            <h3 className="heading-m">{t('compare.partHeading', { part: t(`${instrument.part}.heading` as 'mood.heading'), name: instrument.acronym })}</h3>
            <p>{t('compare.noVerdict', { name: instrument.acronym })}</p>
            <Compare points={points.map((point) => ({ label: point.today ? t('compare.today', { date: date(point.authored) }) : date(point.authored), answers: point.answers }))} />
          </div>
        );
      })}
      <p className="hint">{t('compare.notDiagnosis')}</p>
      <h3 className="heading-s">{t('compare.sourcesHeading')}</h3>
      <ul className="list references">
        {comparison.scored.map(({ instrument }) =>
          instrument.presentation.kind === 'banded' && instrument.presentation.change ? (
            <li key={instrument.id}>
              {t(instrument.presentation.change.sourceKey as 'compare.sources.phq9')} <ExternalLink href={instrument.presentation.change.url}>{instrument.presentation.change.url}</ExternalLink>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

function changeText(change: Change, threshold: number, from: string, t: Translate): string {
  if (change.direction === 'same') return t('compare.change.same', { date: from });
  if (change.meaningful) return t(`compare.change.${change.direction}Meaningful`, { count: change.points, date: from });
  return t(`compare.change.${change.direction}Small`, { count: change.points, date: from, threshold });
}

function ScoredComparison({ comparison, date, shortDate }: { comparison: ScoreComparison; date: (d: Date) => string; shortDate: (d: Date) => string }) {
  const { t } = useTranslation('results');
  const { instrument } = comparison;
  const id = `compare-${instrument.id}`;
  const bandNameKey = instrument.presentation.kind === 'banded' ? instrument.presentation.bandNameKey : '';
  const todayRow = comparison.rows[comparison.rows.length - 1]!;
  const cell = (row: ScoreRow) =>
    row.state === 'complete' ? t('compare.total', { total: row.total, max: comparison.max }) : t(row.state === 'notAsked' ? 'compare.notAsked' : 'compare.incomplete');

  return (
    <div className="compare-block">
      <h3 className="heading-m" id={`${id}-heading`}>
        {t('compare.partHeading', { part: t(`${instrument.part}.heading` as 'mood.heading'), name: instrument.acronym })}
      </h3>
      {comparison.change && comparison.changeFrom ? (
        <p className="body-l">
          <strong>{changeText(comparison.change, comparison.threshold, date(comparison.changeFrom), t as unknown as Translate)}</strong>
        </p>
      ) : (
        <p>{t(todayRow.state === 'complete' ? 'compare.noEarlierTotal' : todayRow.state === 'notAsked' ? 'compare.notAskedToday' : 'compare.incompleteToday', { name: instrument.acronym })}</p>
      )}
      <p className="hint">{t('compare.threshold', { name: instrument.acronym, count: comparison.threshold })}</p>
      {chartable(comparison) && (
        <figure className="compare-figure">
          <figcaption id={`${id}-chart`} className="heading-s">
            {t('compare.chartCaption', { name: instrument.acronym })}
          </figcaption>
          <ChangeChart comparison={comparison} labelledBy={`${id}-chart`} describedBy={`${id}-chart-note`} dateLabel={shortDate} />
          <p className="hint" id={`${id}-chart-note`}>
            {t('compare.chartNote')}
          </p>
        </figure>
      )}
      {/* Scrolls sideways when it does not fit: a focusable region, so the keyboard can scroll it. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table">
          <caption className="table__caption" id={`${id}-caption`}>
            {t('compare.tableCaption', { name: instrument.acronym })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.columns.date')}</th>
              <th scope="col">{t('compare.columns.total')}</th>
              <th scope="col">{t('compare.columns.band')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.authored.getTime()} className={row.today ? 'table__row--today' : undefined}>
                <th scope="row">{row.today ? t('compare.today', { date: date(row.authored) }) : date(row.authored)}</th>
                <td>{cell(row)}</td>
                <td>{row.band ? t(`${bandNameKey}.${row.band}` as 'mood.bands.mild') : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
