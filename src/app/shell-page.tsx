import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { CHECKIN_PATH } from '../session/paths';
import { CrisisContacts } from '../ui/crisis-contacts';
import { useDocumentTitle } from '../ui/use-document-title';

/**
 * What the server sends for an address with no page of its own (a check-in screen, a mistyped path): the
 * header (Leave, the crisis bar) and the crisis contacts of the version, so nothing is ever blank; the app
 * replaces it as soon as its script runs. Rendered only at build time.
 */
export function ShellPage() {
  const { t } = useTranslation();
  const [location] = useLocation();
  // The check-in's own title (neutral, the same on every screen); any other path keeps the site's name.
  useDocumentTitle(location === CHECKIN_PATH ? t('checkinTitle') : t('titleSuffix'), { bare: location !== CHECKIN_PATH });
  return (
    <>
      <NeedsJavaScript />
      <CrisisContacts heading={t('crisis.heading')} lead={t('crisis.lead')} />
    </>
  );
}

/**
 * With JavaScript off: this page's heading says it needs it, and how to turn it on. In the browser with
 * JavaScript on, a `<noscript>` shows nothing.
 */
export function NeedsJavaScript() {
  const { t } = useTranslation();
  return (
    <noscript>
      <h1 className="heading-xl">{t('shell.title')}</h1>
      <p>{t('shell.body')}</p>
      <p>
        <Link href="/">{t('shell.home')}</Link>
      </p>
    </noscript>
  );
}
