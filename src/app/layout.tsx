import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { QuickExit } from '../quick-exit/quick-exit';

/** Every screen: skip link, crisis bar (988 and 911, one tap), leave button, content, footer. */
export function Layout({ children }: { children: ReactNode }) {
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
          <QuickExit />
        </div>
        <CrisisBar />
      </header>
      <main id="main" className="width-container main" tabIndex={-1}>
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
        </div>
      </footer>
    </>
  );
}

export function CrisisBar() {
  const { t } = useTranslation();
  return (
    <nav className="crisis-bar" aria-label={t('crisisBar.label')}>
      <div className="width-container crisis-bar__inner">
        <span className="crisis-bar__lead">{t('crisisBar.lead')}</span>
        <a className="crisis-bar__link" href="tel:988">
          {t('crisisBar.call988')}
        </a>
        <a className="crisis-bar__link" href="tel:911">
          {t('crisisBar.call911')}
        </a>
      </div>
    </nav>
  );
}
