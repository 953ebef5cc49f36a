import { useTranslation } from 'react-i18next';
import type { InstrumentTextKey } from '../instruments/types';
import { useRegion } from '../visit/version-context';
import { tRegion } from './use-region-vars';

/**
 * Instrument definitions stay free of i18n types (they are plain data), so their text keys are strings.
 * This is the one place they meet the typed `instruments` namespace; the definition tests check that
 * every key exists in every locale.
 *
 * Our own questions may have a country's wording (i18next's context: `safety.items.naloxone_us` names
 * Narcan, a US and Canadian brand; `safety.items.break_uk` says prison); a key with no such variant is
 * the same everywhere. Validated wording has no variants.
 */
export function useInstrumentText(): (key: InstrumentTextKey) => string {
  const { t } = useTranslation('instruments');
  const region = useRegion();
  return (key) => tRegion(t, key, { context: region.id });
}
