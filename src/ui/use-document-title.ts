import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Each screen names itself in the tab title ("Question 3 of 9 – Mood & Opioids Check-in"). */
export function useDocumentTitle(title: string, options: { error?: boolean } = {}): void {
  const { t } = useTranslation();
  const suffix = t('titleSuffix');
  const prefix = options.error ? `${t('errorTitlePrefix')}: ` : '';
  const full = `${prefix}${title} – ${suffix}`;
  useEffect(() => {
    document.title = full;
  }, [full]);
}
