import { useContext, useEffect } from 'react';
import { HeadContext } from './head';
import { useTranslation } from 'react-i18next';

/**
 * Each screen names itself in the tab title ("Learn – Private check-in"). The site's name in titles is
 * neutral ("Private check-in"): titles are kept in the browser's history, its recently closed tabs and on
 * synced devices, so none names a symptom or a substance; the check-in has one title for every screen.
 * `bare`: the title alone, without the site's name (the start page, whose title is the name).
 */
export function useDocumentTitle(title: string, options: { error?: boolean; bare?: boolean } = {}): void {
  const { t } = useTranslation();
  const suffix = t('titleSuffix');
  const prefix = options.error ? `${t('errorTitlePrefix')}: ` : '';
  const full = options.bare ? `${prefix}${title}` : `${prefix}${title} – ${suffix}`;
  const head = useContext(HeadContext);
  // Prerendering only: the collector belongs to this one render, so reporting to it during render is safe.
  head?.setTitle(full);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
