import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';

const SECTIONS = [
  ['privacy.storedHeading', 'privacy.stored'],
  ['privacy.sentHeading', 'privacy.sent'],
  ['privacy.browserHeading', 'privacy.browser'],
] as const;

export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.title'));
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p className="body-l">{t('privacy.lead')}</p>
      {SECTIONS.map(([heading, body]) => (
        <section key={heading}>
          <h2 className="heading-m">{t(heading)}</h2>
          <p>{t(body)}</p>
        </section>
      ))}
      <section>
        <h2 className="heading-m">{t('privacy.privateHeading')}</h2>
        <p>{t('privacy.private')}</p>
        <p>{t('privacy.history')}</p>
      </section>
      <section>
        <h2 className="heading-m" id="leaving-quickly">
          {t('privacy.exitHeading')}
        </h2>
        <p>{t('privacy.exit')}</p>
        <p>{t('privacy.exitLimit')}</p>
      </section>
    </>
  );
}
