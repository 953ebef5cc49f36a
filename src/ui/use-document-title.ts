import { useContext, useEffect } from 'react';
import { HeadContext } from './head';
import { useTranslation } from 'react-i18next';

/** Each screen names itself in the tab title ("Question 3 of 9 – Mood & Opioids Check-in"). */
export function useDocumentTitle(title: string, options: { error?: boolean } = {}): void {
  const { t } = useTranslation();
  const suffix = t('titleSuffix');
  const prefix = options.error ? `${t('errorTitlePrefix')}: ` : '';
  const full = `${prefix}${title} – ${suffix}`;
  const head = useContext(HeadContext);
  // Prerendering only: the collector belongs to this one render, so reporting to it during render is safe.
  head?.setTitle(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
