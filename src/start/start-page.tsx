import { useTranslation } from 'react-i18next';
import { StrongText } from '../ui/strong-text';
import { Link } from 'wouter';
import { CrisisContacts } from '../ui/crisis-contacts';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { CHECKIN_PATH } from '../session/paths';
import { FromLink } from '../ui/from-link';
import { useLinkSettings } from '../visit/link-settings-context';
import { activeInstruments } from '../instruments/registry';
import { useFlowOptions } from '../visit/use-flow-options';

export default function StartPage() {
  const { t } = useTranslation();
  // The start page's title is the site's name alone: it is what the history keeps for it.
  useDocumentTitle(t('titleSuffix'), { bare: true });
  const { settings } = useLinkSettings();
  const moodOnly = settings.parts === 'mood' && !settings.add?.length;
  // One line per part the check-in asks (or offers) on this visit, from the registered instruments.
  const parts = activeInstruments(useFlowOptions());
  return (
    <>
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="body-l">{moodOnly ? t('start.leadMoodOnly') : t('start.lead')}</p>

      <h2 className="heading-m">{t('start.aboutHeading')}</h2>
      <ul className="list list--bullet">
        <li>
          <StrongText text={t('start.notDiagnosis')} />
        </li>
        <li>
          <StrongText text={t('start.private')} />
        </li>
        <li>
          <StrongText text={t('start.leave')} />
        </li>
      </ul>
      <p>
        <Link href="/staying-private">{t('start.stayingPrivateLink')}</Link>
      </p>

      <h2 className="heading-m">{t('start.partsHeading')}</h2>
      <ul className="list list--bullet">
        {parts.map((instrument) => (
          <li key={instrument.id}>{t(instrument.startKey as 'start.partMood')}</li>
        ))}
      </ul>

      <Link href={CHECKIN_PATH} className="button button--start" draggable={false}>
        {t('start.startButton')}
        <svg className="button__arrow" aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </Link>

      <p className="body-l">
        {t('start.familyLead')} <Link href="/family">{t('start.familyLink')}</Link>
      </p>

      <p>
        <Link href="/privacy">{t('start.privacyLink')}</Link>
      </p>

      <h2 className="heading-m">{t('start.learnHeading')}</h2>
      <ul className="list">
        <li>
          <Link href="/learn">{t('start.learnLink')}</Link>
        </li>
        <li>
          <Link href="/clinicians">{t('start.cliniciansLink')}</Link>
        </li>
      </ul>

      <CrisisContacts heading={t('crisis.heading')} lead={t('crisis.lead')} />

      <FromLink />
    </>
  );
}
