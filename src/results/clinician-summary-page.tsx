import './results.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { optionalInstruments } from '../instruments/registry';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { Handout } from './handout/handout';
import { summarise } from './summary';
import { decodeFragment, type DecodeResult } from './share/fragment-codec';

/** The fragment, read once, before the address is cleaned (prerendering has none: nothing to show). */
function readFragment(): DecodeResult {
  if (typeof window === 'undefined') return { ok: false, reason: 'empty' };
  return decodeFragment(window.location.hash, new Date());
}

/**
 * The clinician's read-only view, opened from the QR code on a person's results: the handout's content on
 * screen, "not a diagnosis", item 9 flagged. The answers arrive in the fragment only (never sent to a
 * server); once read, the fragment is removed from this browser's address and history entry. A code that
 * does not decode exactly shows a message and nothing else.
 */
export default function SummaryPage() {
  const { t, i18n } = useTranslation('results');
  const [result] = useState(readFragment);
  useDocumentTitle(t(result.ok ? 'share.view.title' : 'share.view.errorTitle'), { error: !result.ok });

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  }, []);

  if (!result.ok) {
    return (
      <>
        <PageHeading>{t('share.view.errorTitle')}</PageHeading>
        <p>{t('share.view.error')}</p>
        <p>
          <Link href="/">{t('share.view.start')}</Link>
        </p>
      </>
    );
  }

  // An optional questionnaire with answers was asked (offered and taken, or added by the clinic's link).
  const asked = optionalInstruments()
    .filter((instrument) => instrument.items.some((item) => result.answers[item.id] !== undefined))
    .map((instrument) => instrument.id);
  const summary = summarise(result.answers, { asked });
  const date = result.authored.toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'long' });
  return (
    <>
      <PageHeading>{t('share.view.title')}</PageHeading>
      <p className="body-l">{t('share.view.lead', { date })}</p>
      <Handout answers={result.answers} summary={summary} onScreen authored={result.authored} />
    </>
  );
}
