import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QuickExit } from '../quick-exit/quick-exit';
import { unavailableInLanguage } from '../instruments/registry';
import { useFlowOptions } from '../visit/use-flow-options';
import { useLinkSettings } from '../visit/link-settings-context';
import { crisisLineOf } from '../regions';
import { regionNumbers } from '../regions/text';
import { contactHref } from '../ui/contact-link';
import { useHydrated } from '../ui/use-hydrated';
import { tRegion } from '../ui/use-region-vars';
import { useRegion, useVersion } from '../visit/version-context';
import { versionInCountry } from '../visit/versions';
import { REGIONS } from '../regions';
import { countryNotice } from './country-notice';
import { UpdateNotice } from './update-notice';
import { CountryLinks, LanguageSwitch, VersionLink } from './version-links';

export interface VisitNotices {
  /** An old link's `?lang=` named a language we do not have. */
  readonly unknownLanguage: boolean;
  /** An old link's `?region=` named a country we do not list. */
  readonly unknownRegion: boolean;
  /** The browser's preferred languages (their region subtags suggest the reader's country). */
  readonly browserLanguages: readonly string[];
}

/** Every screen: skip link, crisis bar (the country's crisis line and emergency number, one tap), leave button, content, footer. */
/** `clear`: what Leave and Shift ×3 delete (everything the visit holds: the app passes it). */
export function Layout({ children, notices, clear }: { children: ReactNode; notices: VisitNotices; clear: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      {/* Leave is always in reach: it sticks to the top of the screen on every page, at every width
          (GOV.UK's "Exit this page"), over the header at first and over the content once scrolled. */}
      <div className="quick-exit-bar">
        <div className="width-container quick-exit-bar__inner">
          <QuickExit clear={clear} />
        </div>
      </div>
      <header className="site-header">
        <div className="site-header__bar width-container">
          <Link href="/" className="site-header__name">
            {t('appName')}
          </Link>
          <LanguageSwitch />
          <span className="button button--warning quick-exit__button quick-exit-space" aria-hidden="true">
            {t('quickExit.button')}
          </span>
          <span id="quick-exit-hint" className="quick-exit__hint">
            {t('quickExit.buttonHint')}
          </span>
        </div>
        <CrisisBar />
      </header>
      <main id="main" className="width-container main" tabIndex={-1}>
        <p className="notice" data-load-error="" hidden>
          {t('loadError')}
        </p>
        <UpdateNotice />
        <CountryNotice browserLanguages={notices.browserLanguages} />
        <SettingsNotice notices={notices} />
        {children}
      </main>
      <footer className="site-footer">
        <div className="width-container">
          <p>{t('footer.notDiagnosis')}</p>
          <p>
            {t('footer.privacy')} <Link href="/privacy">{t('footer.privacyLink')}</Link>
          </p>
          <p>
            <Link href="/learn">{t('nav.learn')}</Link>
          </p>
          <CountryLinks id="countries" />
        </div>
      </footer>
    </>
  );
}

/** The country's crisis line and emergency number on every screen, named with the country they work in. */
export function CrisisBar() {
  const { t } = useTranslation(['common', 'resources']);
  const region = useRegion();
  const line = crisisLineOf(region).contacts[0];
  const numbers = regionNumbers(region);
  return (
    <nav className="crisis-bar" aria-label={t('crisisBar.label')}>
      <div className="width-container crisis-bar__inner">
        <span className="crisis-bar__lead">
          {t('crisisBar.lead', { country: t(`resources:regions.in.${region.id}` as 'resources:regions.in.us') })}
        </span>
        {line && (
          <a className="crisis-bar__link" href={contactHref(line)}>
            {tRegion(t, `resources:${region.id}.crisisBar`, numbers)}
          </a>
        )}
        {region.barLines?.map((id) => {
          const contact = region.resources.find((resource) => resource.id === id)?.contacts[0];
          return contact ? (
            <a className="crisis-bar__link" href={contactHref(contact)} key={id}>
              {tRegion(t, `resources:${region.id}.${id}.bar`, numbers)}
            </a>
          ) : null;
        })}
        <a className="crisis-bar__link" href={`tel:${region.emergency}`}>
          {t('resources:emergencyBar', { number: region.emergency })}
        </a>
        <a className="crisis-bar__other" href="#countries">
          {t('crisisBar.otherCountries')}
        </a>
      </div>
    </nav>
  );
}

/**
 * The reader's country, when the browser suggests another one than this page's, or one we do not list, so
 * that no one is shown another country's numbers silently. Every variant is in the page, hidden, so a page
 * that runs without the React app can show the right one too (src/lite/enhance.ts); here, the right one is
 * shown once hydrated (a prerendered page hydrates exactly as it was rendered).
 */
function CountryNotice({ browserLanguages }: { browserLanguages: readonly string[] }) {
  const { t } = useTranslation(['common', 'resources']);
  const version = useVersion();
  const hydrated = useHydrated();
  const notice = hydrated ? countryNotice(version, browserLanguages) : ({ kind: 'none' } as const);
  const country = (id: string) => t(`resources:regions.in.${id}` as 'resources:regions.in.us');
  const here = country(version.region);
  return (
    <div className="country-notice" role="status">
      <div className="notice" data-country-notice="unlisted" hidden={notice.kind !== 'unlisted'}>
        <p>
          <strong>{t('countryNotice.unlistedTitle')}</strong> {t('countryNotice.unlisted', { country: here })}
        </p>
        <CountryLinks id="notice-countries" compact />
      </div>
      {REGIONS.filter((region) => region.id !== version.region).map((region) => {
        const target = versionInCountry(version.lang, region.id);
        if (!target) return null;
        const shown = notice.kind === 'other' && notice.version.region === region.id;
        return (
          <div className="notice" key={region.id} data-country-notice={`other:${region.id}`} hidden={!shown}>
            <p>
              {t('countryNotice.other', { country: here, browserCountry: country(region.id) })}{' '}
              <VersionLink target={target}>{t('countryNotice.switch', { browserCountry: country(region.id) })}</VersionLink>
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** Short notices about a link that could not be fully honoured, shown once hydrated. */
function SettingsNotice({ notices }: { notices: VisitNotices }) {
  const { t } = useTranslation(['common', 'resources']);
  const { ignored } = useLinkSettings();
  const version = useVersion();
  const hydrated = useHydrated();
  // Questionnaires the clinic's link asks for whose wording is not verified in this language: never shown
  // in it, and the reader is told.
  const notInLanguage = unavailableInLanguage(useFlowOptions());
  if (!hydrated) return null;
  const messages = [
    notices.unknownLanguage && t('settingsNotice.unknownLanguage'),
    ...notInLanguage.map((instrument) => t('settingsNotice.notInLanguage', { name: instrument.acronym })),
    notices.unknownRegion && t('settingsNotice.unknownRegion', { country: t(`resources:regions.in.${version.region}` as 'resources:regions.in.us') }),
    ignored.length > 0 && t('error.safeFallback'),
  ].filter((m): m is string => Boolean(m));
  if (messages.length === 0) return null;
  return (
    <div className="notice" role="status">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
