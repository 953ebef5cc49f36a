import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '../lib/zod';
import { ErrorSummary } from '../ui/error-summary';
import { Choices, SelectField, TextField } from '../ui/fields';
import { CLINIC_NAME_MAX, checkClinicName, checkClinicPhone, settingsQuery } from '../visit/link-settings';
import { LANGUAGES } from '../i18n/languages';
import { findVersion, pathIn } from '../visit/versions';
import { findRegion, REGIONS } from '../regions';
import { useVersion } from '../visit/version-context';
import { optionalInstruments } from '../instruments/registry';
import { useInstrumentText } from '../ui/use-instrument-text';
import { LinkResult } from './link-result';

/** Optional questionnaires a link can add (off by default, so the check-in stays short). */
const OPTIONAL = optionalInstruments();

const countryOf = (region: string) => findRegion(region)?.country ?? 'US';

// One path from the form to the link: the same checks the app applies when the link is opened
// (link-safety.ts), so a link made here is always accepted. The schema's output is what goes in the link:
// the name tidied, the phone number in international form (read as a number of the link's country).
const schema = z
  .object({
    parts: z.enum(['all', 'mood']),
    add: z.array(z.string()),
    lang: z.string(),
    region: z.string(),
    clinicName: z.string(),
    clinicPhone: z.string(),
  })
  .transform((values, ctx) => {
    const name = values.clinicName.trim() === '' ? null : checkClinicName(values.clinicName);
    const phone = values.clinicPhone.trim() === '' ? null : checkClinicPhone(values.clinicPhone, countryOf(values.region));
    if (name && !name.ok) ctx.issues.push({ code: 'custom', message: 'clinic', path: ['clinicName'], input: values.clinicName });
    if (phone && !phone.ok) ctx.issues.push({ code: 'custom', message: 'phone', path: ['clinicPhone'], input: values.clinicPhone });
    // A language is offered only in its countries (French: Canada): no link to a version that does not exist.
    if (!findVersion(values.lang, values.region)) ctx.issues.push({ code: 'custom', message: 'lang', path: ['lang'], input: values.lang });
    return { ...values, clinicName: name?.ok ? name.name : undefined, clinicPhone: phone?.ok ? phone.phone.e164 : undefined };
  });
type Fields = z.input<typeof schema>;
type Values = z.output<typeof schema>;

/** Builds the link (and its QR code) that presets the check-in and shows the clinic's line on the results. */
export function LinkBuilder() {
  const { t } = useTranslation(['clinicians', 'resources']);
  const text = useInstrumentText();
  const current = useVersion();
  // The link's version: its path sets the language and the country (`/es-mx/?clinic=…`).
  const [link, setLink] = useState<{ patient: string; flyer: string } | null>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, submitCount },
  } = useForm<Fields, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: { parts: 'all', add: [], clinicName: '', clinicPhone: '', lang: current.lang, region: current.region },
    shouldFocusError: false,
  });

  const onSubmit = (values: Values) => {
    const version = findVersion(values.lang, values.region);
    if (!version) return;
    const query = settingsQuery(values);
    setLink({ patient: `${window.location.origin}${pathIn(version, '/')}${query}`, flyer: `${pathIn(version, '/clinicians/flyer')}${query}` });
  };
  const onInvalid = () => setLink(null);

  const region = useWatch({ control, name: 'region' });
  const languageError = errors.lang ? t('builder.errors.lang', { country: t(`resources:regions.in.${region}` as 'resources:regions.in.us') }) : undefined;
  const errorItems = [
    languageError && { href: 'link-lang', text: languageError },
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
          <Choices
            type="radio"
            items={[
              { id: 'parts', value: 'all', label: t('builder.partsAll') },
              { id: 'parts-mood', value: 'mood', label: t('builder.partsMood') },
            ]}
            inputProps={register('parts')}
          />
        </fieldset>
        {OPTIONAL.length > 0 && (
          <fieldset className="fieldset form-group" aria-describedby="add-hint">
            <legend className="fieldset__legend heading-s">{t('builder.addLegend')}</legend>
            <p className="hint" id="add-hint">
              {t('builder.addHint')}
            </p>
            <Choices type="checkbox" items={OPTIONAL.map((i) => ({ id: `add-${i.id}`, value: i.id, label: text(`${i.id}.offerLabel`) }))} inputProps={register('add')} />
          </fieldset>
        )}
        <SelectField
          id="link-lang"
          label={t('builder.langLabel')}
          hint={t('builder.langHint')}
          error={languageError}
          errorPrefix={t('builder.errorPrefix')}
          options={LANGUAGES.map(({ code, name }) => ({ value: code, label: name, lang: code }))}
          selectProps={register('lang')}
        />
        <SelectField
          id="link-region"
          label={t('builder.regionLabel')}
          hint={t('builder.regionHint')}
          options={REGIONS.map((r) => ({ value: r.id, label: t(`resources:regions.${r.id}` as 'resources:regions.us') }))}
          selectProps={register('region')}
        />
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

      {link && <LinkResult key={link.patient} link={link} />}
    </section>
  );
}

