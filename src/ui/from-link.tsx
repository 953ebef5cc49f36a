import { useTranslation } from 'react-i18next';
import { useLinkSettings } from '../visit/link-settings-context';

/**
 * What a clinic's link added (its name and phone), shown after the official crisis contacts, in a plain
 * style, and labelled as coming from the link and not checked by us: a link can be made by anyone. The
 * checks in link-safety.ts keep crisis words, look-alike letters and crisis or premium numbers out.
 * `withPhone`: also the phone (the results; the start page names the clinic only).
 */
export function FromLink({ withPhone = false }: { withPhone?: boolean }) {
  const { t } = useTranslation();
  const { settings } = useLinkSettings();
  const phone = withPhone ? settings.clinicPhone : undefined;
  if (!settings.clinicName && !phone) return null;
  return (
    <section aria-labelledby="from-link-heading" className="from-link">
      <h2 className="heading-s" id="from-link-heading">
        {t('fromLink.heading')}
      </h2>
      {settings.clinicName && <p>{t('fromLink.clinic', { clinic: settings.clinicName })}</p>}
      {phone && (
        <p>
          <a href={phone.href}>{t('fromLink.call', { phone: phone.display })}</a>
        </p>
      )}
    </section>
  );
}
