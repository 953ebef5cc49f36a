import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

/**
 * The old address of the clinician's view (`/summary#<code>`). Codes are now read by the code reader
 * (/scan), so that the answers never travel in an address, where the clinician's browser would keep them
 * in its history. An old link's fragment is not read at all: it is taken out of the address at once, and
 * the page points to the reader.
 */
export default function SummaryPage() {
  const { t } = useTranslation('results');
  useDocumentTitle(t('share.view.movedTitle'));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);
  return (
    <>
      <PageHeading>{t('share.view.movedTitle')}</PageHeading>
      <p>{t('share.view.moved')}</p>
      <p>
        <Link href="/scan">{t('share.view.openReader')}</Link>
      </p>
    </>
  );
}
