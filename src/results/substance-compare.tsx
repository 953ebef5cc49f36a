import { useTranslation } from 'react-i18next';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, TAPS1_OPTIONS } from '../instruments/taps';
import { scoreOpioidBlocks, scoreTaps1 } from '../instruments/taps-score';
import type { Answers } from '../instruments/types';
import { useInstrumentText } from '../ui/use-instrument-text';

/**
 * The TAPS at several check-ins side by side: each substance's answer and each opioid block's level, one
 * column per check-in, with no verdict (the TAPS has no published change threshold; instruments.md §6).
 * The alcohol question is a row per amount asked ("4 or more", "5 or more"): different questions are never
 * put in one row.
 */
export function SubstanceCompare({ points }: { points: readonly { readonly label: string; readonly answers: Answers | null }[] }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  const scored = points.map(({ label, answers }) => ({
    label,
    answers,
    taps1: answers ? scoreTaps1(answers) : null,
    blocks: answers ? scoreOpioidBlocks(answers) : null,
    amount: answers ? alcoholAmount(answers[ALCOHOL_AMOUNT_ID]) : null,
  }));
  const substances = (scored.find((point) => point.taps1)?.taps1 ?? []).map((result) => result.substance);
  const rows = substances.flatMap((substance) => {
    if (substance !== 'alcohol') return [{ key: substance, name: t(`substance.names.${substance}`), cell: (point: (typeof scored)[number]) => answerText(point, substance) }];
    return ([4, 5] as const)
      .filter((amount) => scored.some((point) => point.amount === amount))
      .map((amount) => ({ key: `alcohol${amount}`, name: t(`substance.names.alcohol${amount}`), cell: (point: (typeof scored)[number]) => (point.amount === amount ? answerText(point, substance) : '–') }));
  });
  function answerText(point: (typeof scored)[number], substance: string): string {
    if (!point.taps1) return t('compare.notAsked');
    const answer = point.taps1.find((result) => result.substance === substance)?.answer;
    const option = TAPS1_OPTIONS.find((o) => o.value === answer);
    return option ? text(option.labelKey) : t('substance.notAnswered');
  }
  const blocks = (scored.find((point) => point.blocks)?.blocks ?? []).map((block) => block.block);

  return (
    // A region that scrolls sideways when the columns do not fit: focusable, so the keyboard can scroll it (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby="compare-taps-caption" tabIndex={0}>
      <table className="table">
        <caption className="table__caption" id="compare-taps-caption">
          {t('compare.taps.caption')}
        </caption>
        <thead>
          <tr>
            <td />
            {scored.map((point) => (
              <th scope="col" key={point.label}>
                {point.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {scored.map((point) => (
                <td key={point.label}>{row.cell(point)}</td>
              ))}
            </tr>
          ))}
          {blocks.map((block) => (
            <tr key={block}>
              <th scope="row">{t(`substance.blocks.${block}`)}</th>
              {scored.map((point) => {
                const result = point.blocks?.find((b) => b.block === block);
                const cell = !point.blocks ? t('compare.notAsked') : !result?.asked ? t('compare.taps.notAsked') : result.level ? t(`compare.taps.levels.${result.level}`) : t('compare.incomplete');
                return <td key={point.label}>{cell}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
