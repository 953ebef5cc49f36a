/**
 * "Copy as text": the results as plain text for a visit note. Built from the same summary as the handout
 * (summarise), in the reader's language: the date, "self-reported, not a diagnosis", each scored
 * instrument's total and band with its item values and flagged items (PHQ-9 item 9), question 10, TAPS-1 per
 * substance, the TAPS-2 opioid scores, and the safety answers. Pure: the caller gives the wording.
 */
import type { Answers, QuestionItem } from '../../instruments/types';
import type { Summary } from '../summary';
import { customTextOf, type Translate } from './custom-text';

export type { Translate };


export function summaryText(answers: Answers, summary: Summary, date: string, t: Translate, text: (key: string) => string): string {
  const label = (item: QuestionItem) => {
    const option = item.options.find((o) => o.value === answers[item.id]);
    return option ? text(option.labelKey) : t('review.notAnswered');
  };
  const lines = [t('handout.title'), t('handout.date', { date }), t('share.text.selfReported'), ''];

  for (const { instrument, state, banded, detail } of summary.instruments) {
    const name = text(instrument.nameKey);
    if (state !== 'answered') {
      lines.push(t(state === 'skipped' ? 'share.text.skipped' : 'share.text.notReached', { name }), '');
      continue;
    }
    if (banded) {
      const bandNameKey = instrument.presentation.kind === 'banded' ? instrument.presentation.bandNameKey : '';
      lines.push(
        banded.total !== null && banded.band !== null
          ? t('handout.total', { name, total: banded.total, max: banded.max, band: t(`${bandNameKey}.${banded.band}`) })
          : t('handout.noTotal', { name, list: banded.missing.join(', ') }),
      );
      const values = banded.itemIds.map((id) => answers[id] ?? '–').join(' ');
      lines.push(t('share.text.values', { name, count: banded.itemIds.length, values }));
      for (const flag of banded.flagged) {
        const item = instrument.items.find((i) => i.id === flag.itemId);
        if (item) lines.push(t('share.text.flagged', { name, number: item.number, answer: label(item), value: answers[item.id], flag: t(flag.labelKey) }));
        if (item && summary.context.anyOpioidUse) lines.push(t('share.text.item9Opioids'));
      }
      for (const extra of banded.extras) {
        if (extra.handout) lines.push(t(extra.handout, { ...extra.values, answer: extra.answerKey ? text(extra.answerKey) : '' }));
      }
      lines.push('');
      continue;
    }
    // An instrument with its own presentation (TAPS): its lines, as on the handout.
    const custom = customTextOf(instrument);
    if (custom) lines.push(...custom({ answers, summary, detail, t, text, label }), '');
  }
  return lines.join('\n').trim() + '\n';
}
