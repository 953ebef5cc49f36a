import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { useHydrated } from '../ui/use-hydrated';
import { removeOfflineCopy } from './remove-offline-copy';

const SECTIONS = [
  ['privateHeading', ['private', 'privateLimit']],
  ['historyHeading', ['history', 'historyEntries']],
  ['tabsHeading', ['tabs']],
  ['syncHeading', ['sync']],
  ['handedHeading', ['handed']],
] as const;

/**
 * "Before you start: staying private" (GOV.UK's guidance that goes with "Exit this page"): what the app
 * cannot do, and what the person can. Linked from the start page and the privacy page.
 */
export default function StayingPrivatePage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('staying.title'));
  const hydrated = useHydrated();
  const [status, setStatus] = useState<'removed' | 'none' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    setStatus(await removeOfflineCopy());
    setBusy(false);
  };
  const statusText = { removed: t('staying.offlineRemoved'), none: t('staying.offlineNone'), failed: t('staying.offlineFailed') };
  return (
    <>
      <PageHeading>{t('staying.title')}</PageHeading>
      <p className="body-l">{t('staying.lead')}</p>
      {SECTIONS.map(([heading, paragraphs]) => (
        <section key={heading}>
          <h2 className="heading-m">{t(`staying.${heading}`)}</h2>
          {paragraphs.map((key) => (
            <p key={key}>{t(`staying.${key}`)}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="offline-heading">
        <h2 className="heading-m" id="offline-heading">
          {t('staying.offlineHeading')}
        </h2>
        <p>{t('staying.offline')}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void remove()}
          disabled={!hydrated || busy}
          aria-describedby="offline-again"
        >
          {t('staying.offlineButton')}
        </button>
        <p className="hint" id="offline-again">
          {t('staying.offlineAgain')} {t('staying.offlineNoScript')}
        </p>
        <p role="status">{status ? statusText[status] : ''}</p>
      </section>
      <section>
        <h2 className="heading-m">{t('staying.leaveHeading')}</h2>
        <p>{t('staying.leave')}</p>
      </section>
    </>
  );
}
