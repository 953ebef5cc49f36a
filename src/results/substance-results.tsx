import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useGoTo } from '../session/answers-context';
import { CHECKIN_PATH } from '../session/paths';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, TAPS1_OPTIONS } from '../instruments/taps';
import { SUBSTANCE_INTRO } from '../instruments/taps-instrument';
import type { OpioidBlockResult, Taps1Result } from '../instruments/taps-score';
import type { Answers } from '../instruments/types';
import type { SubstanceSummary } from '../instruments/taps-instrument';
import { useInstrumentText } from '../ui/use-instrument-text';
import type { ReactNode } from 'react';

/** The key of what a TAPS-2 block's level says ("no heroin use", not just "no use", when that is what it shows). */
export function blockLevelKey(block: OpioidBlockResult['block'], level: NonNullable<OpioidBlockResult['level']>) {
  return level === 'none' ? (`substance.none.${block}` as const) : (`substance.levels.${level}` as const);
}

/**
 * The substance-use section (TAPS's own presentation, `custom: 'substance'` in its registration): TAPS-1 per
 * substance, each opioid block's level, the street-opioids answer, or a note that the part was skipped.
 */
export function SubstanceResults({
  answers,
  substance,
  cite,
}: {
  answers: Answers;
  /** Null when the person chose to skip the part. */
  substance: SubstanceSummary | null;
  cite: (text: string) => ReactNode;
}) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const goTo = useGoTo();
  const nameKey = (substance: Taps1Result['substance']) =>
    substance === 'alcohol' ? (`alcohol${alcoholAmount(answers[ALCOHOL_AMOUNT_ID])}` as const) : substance;

  return (
    <section aria-labelledby="substance-heading">
      <h2 className="heading-l" id="substance-heading">
        {t('substance.heading')}
      </h2>
      {substance === null ? (
        <>
          <p>{t('substance.skipped')}</p>
          <p>
            <Link
              href={CHECKIN_PATH}
              onClick={(event) => {
                event.preventDefault();
                goTo(SUBSTANCE_INTRO);
              }}
            >
              {t('substance.answerNow')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('substance.intro')}</p>
          <dl className="summary-list">
            {substance.taps1.map((result) => {
              const option = TAPS1_OPTIONS.find((o) => o.value === result.answer);
              return (
                <div className="summary-list__row summary-list__row--three" key={result.substance}>
                  <dt className="summary-list__key">{t(`substance.names.${nameKey(result.substance)}`)}</dt>
                  <dd className="summary-list__value">{option ? text(option.labelKey) : t('substance.notAnswered')}</dd>
                  <dd className="summary-list__value">
                    {result.positive === null ? '' : result.positive ? <strong>{t('substance.positive')}</strong> : t('substance.negative')}
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="hint">{t('substance.tapsNote')}</p>
          {substance.blocks
            .filter((block) => block.asked)
            .map((block) => (
              <div key={block.block} className="opioid-block">
                <h3 className="heading-m">{t(`substance.blocks.${block.block}`)}</h3>
                {block.level === null || block.score === null ? (
                  <p>{t('substance.incomplete')}</p>
                ) : (
                  <>
                    <p>{cite(t(blockLevelKey(block.block, block.level)))}</p>
                    <p className="hint">{t('substance.score', { score: block.score })}</p>
                  </>
                )}
              </div>
            ))}
          {substance.streetOpioids !== null && (
            <div className="opioid-block">
              <h3 className="heading-m">{t('substance.streetOpioids.heading')}</h3>
              <p>{substance.streetOpioids ? t('substance.streetOpioids.yes') : t('substance.streetOpioids.no')}</p>
              <p className="hint">{t('substance.streetOpioids.note')}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
