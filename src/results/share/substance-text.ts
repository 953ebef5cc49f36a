/**
 * TAPS's lines in "Copy as text" (its own presentation, as on the handout): TAPS-1 per substance, the
 * TAPS-2 opioid blocks' scores, and the street-opioids and safety answers. Pure: the caller gives the wording.
 */
import { SAFETY_ITEMS, STREET_OPIOIDS_ITEM } from '../../instruments/safety';
import { ALCOHOL_AMOUNT_ID, alcoholAmount, OPIOID_BLOCKS, TAPS1_ITEMS } from '../../instruments/taps';
import type { SubstanceSummary } from '../../instruments/taps-instrument';
import type { CustomText } from './custom-text';

export const substanceText: CustomText = ({ answers, detail, t, text, label }) => {
  const substance = detail as SubstanceSummary | null;
  if (!substance) return [];
  const lines = [t('handout.tapsHeading')];
  for (const item of TAPS1_ITEMS) {
    const key = item.substance === 'alcohol' ? `alcohol${alcoholAmount(answers[ALCOHOL_AMOUNT_ID])}` : item.substance;
    lines.push(`- ${t(`substance.names.${key}`)}: ${label(item)}`);
  }
  for (const { block } of OPIOID_BLOCKS) {
    const result = substance.blocks.find((b) => b.block === block);
    if (result?.asked) lines.push(`- ${t(`substance.blocks.${block}`)}: ${result.score === null ? t('review.notAnswered') : t('substance.score', { score: result.score })}`);
  }
  const ours = [STREET_OPIOIDS_ITEM, ...SAFETY_ITEMS].filter((item) => answers[item.id] !== undefined);
  if (ours.length > 0) {
    lines.push('', t('handout.safetyHeading'));
    for (const item of ours) lines.push(`- ${text(item.textKey)} ${label(item)}`);
  }
  return lines;
};
