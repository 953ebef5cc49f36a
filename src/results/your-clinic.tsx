import { useTranslation } from 'react-i18next';
import { dialable } from '../clinicians/link-settings';
import { useLinkSettings } from '../clinicians/link-settings-context';

/** The clinic's own line, from the link they shared, labelled as theirs (rendered as text only). */
export function YourClinic() {
  const { t } = useTranslation('results');
  const { settings } = useLinkSettings();
  if (!settings.clinicName && !settings.clinicPhone) return null;
  return (
    <section aria-labelledby="clinic-heading" className="your-clinic">
      <h2 className="heading-m" id="clinic-heading">
        {t('clinic.heading')}
      </h2>
      {settings.clinicName && <p className="body-l">{settings.clinicName}</p>}
      {settings.clinicPhone && (
        <p>
          <a href={`tel:${dialable(settings.clinicPhone)}`}>{t('clinic.call', { phone: settings.clinicPhone })}</a>
        </p>
      )}
      <p className="hint">{t('clinic.added')}</p>
    </section>
  );
}
