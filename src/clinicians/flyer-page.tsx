import './clinicians.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { pathIn } from '../visit/versions';
import { PageHeading } from '../ui/page-heading';
import { tRegion, useRegionVars } from '../ui/use-region-vars';
import { useRegion, useVersion } from '../visit/version-context';
import { useDocumentTitle } from '../ui/use-document-title';
import { parseLinkSettings, settingsQuery } from '../visit/link-settings';
import { QrCode } from '../ui/qr-code';

/** A printable waiting-room flyer: a QR code of the patient link and one line on privacy. */
export default function FlyerPage() {
  const { t } = useTranslation(['clinicians', 'common']);
  useDocumentTitle(t('flyer.title'));
  // The flyer's own query holds the settings to encode, validated like any link.
  const version = useVersion();
  const { country } = useRegion();
  const { settings } = parseLinkSettings(useSearch(), country);
  const vars = useRegionVars();
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  // The patient link of this flyer's version: its language, and its country's numbers below.
  const link = `${origin}${pathIn(version, '/')}${settingsQuery({ ...settings, clinicPhone: settings.clinicPhone?.e164 })}`;
  return (
    <div className="flyer">
      <p className="no-print">
        <Link href="/clinicians">{t('flyer.back')}</Link>
      </p>
      <PageHeading className="heading-xl flyer__heading">{t('flyer.heading')}</PageHeading>
      {settings.clinicName && <p className="body-l">{settings.clinicName}</p>}
      <p className="body-l">{settings.parts === 'mood' ? t('flyer.bodyMood') : t('flyer.body')}</p>
      <QrCode value={link} label={t('builder.qrAlt')} size={320} />
      <p className="flyer__link">{link}</p>
      <p className="body-l">
        <strong>{t('flyer.privacy')}</strong>
      </p>
      <p>{tRegion(t, 'flyer.crisis', vars)}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('flyer.print')}
      </button>
    </div>
  );
}
