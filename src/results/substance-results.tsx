import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useGoTo } from '../checkin/answers-context';
import { CHECKIN_PATH } from '../checkin/paths';
import { SUBSTANCE_INTRO } from '../checkin/flow';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, TAPS1_OPTIONS } from '../instruments/taps';
import type { OpioidBlockResult, Taps1Result } from '../instruments/taps-score';
import { STREET_OPIOIDS_ITEM } from '../instruments/safety';
import type { Answers } from '../instruments/types';
import { useInstrumentText } from '../ui/use-instrument-text';
import type { ReactNode } from 'react';

/** The key of what a TAPS-2 block's level says ("no heroin use", not just "no use", when that is what it shows). */
export function blockLevelKey(block: OpioidBlockResult['block'], level: NonNullable<OpioidBlockResult['level']>) {
  return level === 'none' ? (`substance.none.${block}` as const) : (`substance.levels.${level}` as const);
}

/** The substance-use section: TAPS-1 per substance, each opioid block's level, or a note that it was skipped. */
export function SubstanceResults({
  answers,
  skipped,
  taps1,
  blocks,
  cite,
}: {
  answers: Answers;
  skipped: boolean;
  taps1: readonly Taps1Result[];
  blocks: readonly OpioidBlockResult[];
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
      {skipped ? (
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
            {taps1.map((result) => {
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
          {blocks
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
          {answers[STREET_OPIOIDS_ITEM.id] !== undefined && (
            <div className="opioid-block">
              <h3 className="heading-m">{t('substance.streetOpioids.heading')}</h3>
              <p>{answers[STREET_OPIOIDS_ITEM.id] === 1 ? t('substance.streetOpioids.yes') : t('substance.streetOpioids.no')}</p>
              <p className="hint">{t('substance.streetOpioids.note')}</p>
            </div>
          )}
        </>
      )}
    </section>
  );
}
