import { useTranslation } from 'react-i18next';
import { SUBSTANCE_CONSENT_ID } from '../../checkin/flow';
import { useLinkSettings } from '../../visit/link-settings-context';
import { PHQ9_DIFFICULTY, PHQ9_ITEMS } from '../../instruments/phq9';
import { scorePhq9 } from '../../instruments/phq9-score';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../../instruments/safety';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, OPIOID_BLOCKS, TAPS1_ITEMS } from '../../instruments/taps';
import { scoreOpioidBlocks } from '../../instruments/taps-score';
import type { Answers, QuestionItem } from '../../instruments/types';
import { useInstrumentText } from '../../ui/use-instrument-text';

/**
 * The one-page summary a person brings to a visit: a dedicated print layout (hidden on screen), with the
 * standard scores a clinician expects, every answer and its value, item 9 clearly marked, and the
 * attributions. Sized to fit one US Letter or A4 page (see the print styles).
 */
export function Handout({ answers }: { answers: Answers }) {
  const { t, i18n } = useTranslation('results');
  const text = useInstrumentText();
  const { settings } = useLinkSettings();
  const mood = scorePhq9(answers);
  const substance = answers[SUBSTANCE_CONSENT_ID];
  const blocks = scoreOpioidBlocks(answers);
  const label = (item: QuestionItem, value: number | undefined) => {
    const option = item.options.find((o) => o.value === value);
    return option ? text(option.labelKey) : t('review.notAnswered');
  };
  const date = new Date().toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'long' });

  return (
    <section className="handout" aria-label={t('handout.title')}>
      <header className="handout__header">
        <h2>{t('handout.title')}</h2>
        <p>
          {t('handout.date', { date })}
          {settings.clinicName ? ` · ${t('handout.clinic', { clinic: settings.clinicName })}` : ''}
        </p>
        <p className="handout__notice">{t('handout.notDiagnosis')}</p>
      </header>

      <h3>{t('handout.phq9Heading')}</h3>
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
          {PHQ9_ITEMS.map((item) => {
            const value = answers[item.id];
            const flagged = item.number === 9 && mood.item9Flag;
            return (
              <tr key={item.id} className={flagged ? 'handout__flag' : undefined}>
                <td>{item.number}</td>
                <td>
                  {text(item.textKey)}
                  {flagged && <strong> — {t('handout.item9Flag')}</strong>}
                </td>
                <td>{label(item, value)}</td>
                <td>{value ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {mood.item9Flag && (
        <p className="handout__notice">
          <strong>{t('handout.item9Assess')}</strong>
        </p>
      )}
      <p className="handout__score">
        <strong>
          {mood.total !== null && mood.band
            ? t('handout.total', { total: mood.total, band: t(`mood.bands.${mood.band}`) })
            : t('handout.noTotal', { list: mood.missing.join(', ') })}
        </strong>
        {mood.phq2 !== null && ` · ${t('handout.phq2', { score: mood.phq2 })}`}
        {mood.difficulty !== null &&
          ` · ${t('handout.difficulty', { answer: label(PHQ9_DIFFICULTY, mood.difficulty) })}`}
      </p>

      {substance === 1 && (
        <>
          <h3>{t('handout.tapsHeading')}</h3>
          <table className="handout__table">
            <tbody>
              {TAPS1_ITEMS.map((item) => (
                <tr key={item.id}>
                  <td>
                    {t(
                      `substance.names.${item.substance === 'alcohol' ? `alcohol${alcoholAmount(answers[ALCOHOL_AMOUNT_ID])}` : item.substance}` as 'substance.names.tobacco',
                    )}
                  </td>
                  <td>{label(item, answers[item.id])}</td>
                </tr>
              ))}
              {OPIOID_BLOCKS.map(({ block, items }) => {
                const result = blocks.find((b) => b.block === block);
                if (!result?.asked) return null;
                return (
                  <tr key={block}>
                    <td>
                      {t(`substance.blocks.${block}`)}:{' '}
                      {items.map((item) => `${item.number} ${label(item, answers[item.id])}`).join(' · ')}
                    </td>
                    <td>
                      <strong>{result.score === null ? t('review.notAnswered') : t('substance.score', { score: result.score })}</strong>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {[STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS].some((item) => answers[item.id] !== undefined) && (
            <>
              <h3>{t('handout.safetyHeading')}</h3>
              <table className="handout__table">
                <tbody>
                  {[STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS].filter((item) => answers[item.id] !== undefined).map((item) => (
                    <tr key={item.id}>
                      <td>{text(item.textKey)}</td>
                      <td>{label(item, answers[item.id])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
      {substance === 0 && <p>{t('substance.skipped')}</p>}

      <footer className="handout__footer">
        <p>{text('phq9.licence')}</p>
        {substance === 1 && <p>{text('taps.licence')} {text('safety.note')}</p>}
      </footer>
    </section>
  );
}
