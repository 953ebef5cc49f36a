import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QuickExit } from '../quick-exit/quick-exit';
import { useLinkSettings } from '../clinicians/link-settings-context';
import { useRegion } from '../resources/region-context';
import { RegionPicker } from '../resources/region-picker';
import { LanguageSwitch } from './language-switch';
import { useHydrated } from '../ui/use-hydrated';

/** Every screen: skip link, crisis bar (988 and 911, one tap), leave button, content, footer. */
export interface VisitNotices {
  readonly unknownLanguage: boolean;
  readonly unknownRegion: boolean;
}

export function Layout({ children, notices }: { children: ReactNode; notices: VisitNotices }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__bar width-container">
          <Link href="/" className="site-header__name">
            {t('appName')}
          </Link>
          <LanguageSwitch />
          <QuickExit />
        </div>
        <CrisisBar />
      </header>
      <main id="main" className="width-container main" tabIndex={-1}>
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
          <RegionPicker />
        </div>
      </footer>
    </>
  );
}

export function CrisisBar() {
  const { t } = useTranslation(['common', 'resources']);
  const region = useRegion();
  return (
    <nav className="crisis-bar" aria-label={t('crisisBar.label')}>
      <div className="width-container crisis-bar__inner">
        <span className="crisis-bar__lead">{t('crisisBar.lead')}</span>
        <a className="crisis-bar__link" href={region.crisisBar}>
          {t(`resources:${region.id}.crisisBar` as 'resources:us.crisisBar')}
        </a>
        <a className="crisis-bar__link" href={`tel:${region.emergency}`}>
          {t('resources:emergencyBar', { number: region.emergency })}
        </a>
      </div>
    </nav>
  );
}

/** Short notices about a link that could not be fully honoured; the safe default is used instead. */
function SettingsNotice({ notices }: { notices: VisitNotices }) {
  const { t } = useTranslation();
  const { ignored } = useLinkSettings();
  // Shown once hydrated, so a prerendered page hydrates exactly as it was rendered. (Only this small
  // component re-renders then: an update higher up would make React re-render a code-split page that is
  // still waiting for its chunk, instead of hydrating it.)
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const messages = [
    notices.unknownLanguage && t('settingsNotice.unknownLanguage'),
    notices.unknownRegion && t('settingsNotice.unknownRegion'),
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
