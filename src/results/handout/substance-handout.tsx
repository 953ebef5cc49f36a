import { useTranslation } from 'react-i18next';
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../../instruments/safety';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, OPIOID_BLOCKS, TAPS1_ITEMS } from '../../instruments/taps';
import type { Answers, QuestionItem } from '../../instruments/types';
import { useInstrumentText } from '../../ui/use-instrument-text';
import type { SubstanceSummary } from '../../instruments/taps-instrument';

/** TAPS's rows on the handout (its own presentation): TAPS-1, the opioid blocks' scores, the safety answers. */
export function SubstanceHandout({
  answers,
  substance,
  label,
}: {
  answers: Answers;
  substance: SubstanceSummary | null;
  label: (item: QuestionItem, value: number | undefined) => string;
}) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  if (!substance) return <p>{t('substance.skipped')}</p>;
  const ours = [STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS].filter((item) => answers[item.id] !== undefined);
  return (
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
            const result = substance.blocks.find((b) => b.block === block);
            if (!result?.asked) return null;
            return (
              <tr key={block}>
                <td>
                  {t(`substance.blocks.${block}`)}: {items.map((item) => `${item.number} ${label(item, answers[item.id])}`).join(' · ')}
                </td>
                <td>
                  <strong>{result.score === null ? t('review.notAnswered') : t('substance.score', { score: result.score })}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {ours.length > 0 && (
        <>
          <h3>{t('handout.safetyHeading')}</h3>
          <table className="handout__table">
            <tbody>
              {ours.map((item) => (
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
  );
}
