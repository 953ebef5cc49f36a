import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InstrumentTextKey } from '../instruments/types';

/**
 * Instrument definitions stay free of i18n types (they are plain data), so their text keys are strings.
 * This is the one place they meet the typed `instruments` namespace; the definition tests check that
 * every key exists in every locale.
 */
export function useInstrumentText(): (key: InstrumentTextKey) => string {
  const { t } = useTranslation('instruments');
  return (key) => t(key as ParseKeys<'instruments'>);
}
