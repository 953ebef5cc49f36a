import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

const SECTIONS = [
  ['storedHeading', 'stored'],
  ['sentHeading', 'sent'],
  ['browserHeading', 'browser'],
] as const;

export default function PrivacyPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('title'));
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="body-l">{t('lead')}</p>
      {SECTIONS.map(([heading, body]) => (
        <section key={heading}>
          <h2 className="heading-m">{t(heading)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
      <section>
        <h2 className="heading-m">{t('handedHeading')}</h2>
        <p>{t('handed')}</p>
        <ul className="list list--bullet">
          {(['handedDownload', 'handedCopy', 'handedQr'] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2 className="heading-m">{t('privateHeading')}</h2>
        <p>{t('private')}</p>
        <p>{t('history')}</p>
        <p>
          <Link href="/staying-private">{t('stayingLink')}</Link>
        </p>
      </section>
      <section>
        <h2 className="heading-m" id="leaving-quickly">
          {t('exitHeading')}
        </h2>
        <p>{t('exit')}</p>
        <p>{t('exitLimit')}</p>
      </section>
    </>
  );
}
