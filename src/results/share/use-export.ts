import { useTranslation } from 'react-i18next';
import type { Answers } from '../../instruments/types';
import { DEFAULT_LANGUAGE } from '../../i18n/languages';
import { useVersion } from '../../visit/version-context';
import type { Summary } from '../summary';

/**
 * Saves the results as the FHIR file, made in the browser (its code loads when first asked for): the file
 * for a clinic's records and the copy a person keeps to compare later are the same file.
 */
export function useExport(answers: Answers, summary: Summary, authored: Date): () => Promise<void> {
  const { i18n } = useTranslation('results');
  const version = useVersion();
  return async () => {
    const [{ downloadExport }] = await Promise.all([import('./download'), i18n.loadLanguages(DEFAULT_LANGUAGE)]);
    // The export's wording is English whatever the visit's language (English is every visit's fallback, so loaded).
    const english = i18n.getFixedT(DEFAULT_LANGUAGE, 'instruments');
    // The response says which language the questions were read in: the version's tag (fr-CA, es-MX, en-US).
    downloadExport(answers, summary, authored, (key) => english(key as 'phq9.stem'), version.tag);
  };
}
