import '../ui/forms.css';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { z } from '../lib/zod';
import { ErrorSummary } from '../ui/error-summary';
import { CLINIC_NAME_MAX, checkClinicName, checkClinicPhone, settingsQuery } from '../visit/link-settings';
import { QrCode } from '../ui/qr-code';
import { LANGUAGES } from '../i18n/languages';
import { findVersion, pathIn } from '../visit/versions';
import { findRegion, REGIONS } from '../regions';
import { useVersion } from '../visit/version-context';
import { optionalInstruments } from '../instruments/registry';
import { copyText } from '../lib/clipboard';
import { useInstrumentText } from '../ui/use-instrument-text';

/** Optional questionnaires a link can add (off by default, so the check-in stays short). */
const OPTIONAL = optionalInstruments();

const countryOf = (region: string) => findRegion(region)?.country ?? 'US';

// The same checks the app applies when the link is opened (link-safety.ts), so a link made here is always
// accepted; the phone number is read as a number of the link's country.
const schema = z
  .object({
    parts: z.enum(['all', 'mood']),
    add: z.array(z.string()),
    lang: z.string(),
    region: z.string(),
    clinicName: z.string().refine((v) => v.trim() === '' || checkClinicName(v).ok, { error: 'clinic' }),
    clinicPhone: z.string(),
  })
  .refine((v) => v.clinicPhone.trim() === '' || checkClinicPhone(v.clinicPhone, countryOf(v.region)).ok, { error: 'phone', path: ['clinicPhone'] });
type Values = z.infer<typeof schema>;

/** Builds the link (and its QR code) that presets the check-in and shows the clinic's line on the results. */
export function LinkBuilder() {
  const { t } = useTranslation(['clinicians', 'resources']);
  const text = useInstrumentText();
  const current = useVersion();
  // The link's version: its path sets the language and the country (`/es-mx/?clinic=…`).
  const [link, setLink] = useState<{ patient: string; flyer: string } | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { parts: 'all', add: [], clinicName: '', clinicPhone: '', lang: current.lang, region: current.region },
    shouldFocusError: false,
  });

  const onSubmit = (values: Values) => {
    setCopyStatus('');
    const version = findVersion(values.lang, values.region) ?? current;
    const name = checkClinicName(values.clinicName);
    const phone = checkClinicPhone(values.clinicPhone, countryOf(values.region));
    const query = settingsQuery({
      parts: values.parts,
      add: values.add,
      clinicName: name.ok ? name.name : undefined,
      clinicPhone: phone.ok ? phone.phone.e164 : undefined,
    });
    setLink({ patient: `${window.location.origin}${pathIn(version, '/')}${query}`, flyer: `${pathIn(version, '/clinicians/flyer')}${query}` });
  };
  const onInvalid = () => setLink(null);

  const copy = async () => {
    if (!link) return;
    setCopyStatus(t((await copyText(link.patient)) ? 'builder.copied' : 'builder.copyFailed'));
  };

  const errorItems = [
    errors.clinicName && { href: 'clinic-name', text: t('builder.errors.clinic', { max: CLINIC_NAME_MAX }) },
    errors.clinicPhone && { href: 'clinic-phone', text: t('builder.errors.phone') },
  ].filter((e): e is { href: string; text: string } => Boolean(e));

  return (
    <section aria-labelledby="builder-heading" className="link-builder">
      <h2 className="heading-l" id="builder-heading">
        {t('builder.heading')}
      </h2>
      <p>{t('builder.intro')}</p>
      <p>{t('builder.handoverHint')}</p>
      {errorItems.length > 0 && <ErrorSummary key={submitCount} title={t('builder.errorTitle')} errors={errorItems} />}
      <form onSubmit={handleSubmit(onSubmit, onInvalid)} noValidate autoComplete="off">
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend heading-s">{t('builder.partsLegend')}</legend>
          <div className="radios">
            <div className="radios__item">
              <input className="radios__input" id="parts" type="radio" value="all" {...register('parts')} />
              <label className="radios__label" htmlFor="parts">
                {t('builder.partsAll')}
              </label>
            </div>
            <div className="radios__item">
              <input className="radios__input" id="parts-mood" type="radio" value="mood" {...register('parts')} />
              <label className="radios__label" htmlFor="parts-mood">
                {t('builder.partsMood')}
              </label>
            </div>
          </div>
        </fieldset>
        {OPTIONAL.length > 0 && (
          <fieldset className="fieldset form-group" aria-describedby="add-hint">
            <legend className="fieldset__legend heading-s">{t('builder.addLegend')}</legend>
            <p className="hint" id="add-hint">
              {t('builder.addHint')}
            </p>
            <div className="checkboxes">
              {OPTIONAL.map((instrument) => (
                <div className="checkboxes__item" key={instrument.id}>
                  <input className="checkboxes__input" id={`add-${instrument.id}`} type="checkbox" value={instrument.id} {...register('add')} />
                  <label className="checkboxes__label" htmlFor={`add-${instrument.id}`}>
                    {text(`${instrument.id}.offerLabel`)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        )}
        <div className="form-group">
          <label className="label" htmlFor="link-lang">
            {t('builder.langLabel')}
          </label>
          <p className="hint" id="link-lang-hint">
            {t('builder.langHint')}
          </p>
          <select id="link-lang" className="select" aria-describedby="link-lang-hint" {...register('lang')}>
            {LANGUAGES.map(({ code, name }) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="link-region">
            {t('builder.regionLabel')}
          </label>
          <p className="hint" id="link-region-hint">
            {t('builder.regionHint')}
          </p>
          <select id="link-region" className="select" aria-describedby="link-region-hint" {...register('region')}>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {t(`resources:regions.${r.id}` as 'resources:regions.us')}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="clinic-name"
          label={t('builder.clinicLabel')}
          hint={t('builder.clinicHint', { max: CLINIC_NAME_MAX })}
          error={errors.clinicName ? t('builder.errors.clinic', { max: CLINIC_NAME_MAX }) : undefined}
          errorPrefix={t('builder.errorPrefix')}
          inputProps={{ ...register('clinicName'), maxLength: CLINIC_NAME_MAX + 20, autoComplete: 'organization' }}
        />
        <TextField
          id="clinic-phone"
          label={t('builder.phoneLabel')}
          hint={t('builder.phoneHint')}
          error={errors.clinicPhone ? t('builder.errors.phone') : undefined}
          errorPrefix={t('builder.errorPrefix')}
          inputProps={{ ...register('clinicPhone'), type: 'tel', autoComplete: 'tel', inputMode: 'tel' }}
        />
        <button type="submit" className="button">
          {t('builder.create')}
        </button>
      </form>

      {link && (
        <div className="link-result" aria-labelledby="link-heading">
          <h3 className="heading-m" id="link-heading">
            {t('builder.linkHeading')}
          </h3>
          <label className="label" htmlFor="patient-link">
            {t('builder.linkLabel')}
          </label>
          <input className="input input--code" id="patient-link" readOnly value={link.patient} onFocus={(e) => e.currentTarget.select()} />
          <div className="button-group">
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('builder.copy')}
            </button>
            <p role="status" className="hint">
              {copyStatus}
            </p>
          </div>
          <QrCode value={link.patient} label={t('builder.qrAlt')} />
          <p className="hint">{t('builder.qrHint')}</p>
          <p>
            <Link href={`~${link.flyer}`}>{t('builder.flyer')}</Link>
          </p>
        </div>
      )}
    </section>
  );
}

function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  inputProps,
}: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  errorPrefix: string;
  inputProps: React.InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> };
}) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{errorPrefix}</span> {error}
        </p>
      )}
      <input className="input" id={id} type="text" aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...inputProps} />
    </div>
  );
}
