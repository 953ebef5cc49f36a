import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../ui/use-document-title';

/**
 * The one title of every check-in screen, the results too. Neutral: the browser keeps titles in its
 * history, its recently closed tabs and its synced devices, so no title names a question, a symptom or a
 * substance.
 */
export function useCheckinTitle(options: { error?: boolean } = {}): void {
  const { t } = useTranslation();
  useDocumentTitle(t('checkinTitle'), options);
}
