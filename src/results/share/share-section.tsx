import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlowOptions } from '../../instruments/registry';
import type { Answers } from '../../instruments/types';
import { copyText } from '../../lib/clipboard';
import { useInstrumentText } from '../../ui/use-instrument-text';
import type { Summary } from '../summary';
import { summaryText, type Translate } from './summary-text';
import { useExport } from './use-export';

// The QR code and the FHIR file are made only when asked for: their code loads then.
const ShareQr = lazy(() => import('./share-qr'));

/**
 * Three ways to hand the results to a clinician, none of which sends anything: a FHIR file to download, a
 * QR code to show (after a warning that anyone who scans it sees the answers), and text to copy.
 */
/** `authored`: when the check-in was done (the results page's first showing), for every file made from it. */
export function ShareSection({ answers, summary, flow, authored }: { answers: Answers; summary: Summary; flow: FlowOptions; authored: Date }) {
  const { t, i18n } = useTranslation('results');
  const text = useInstrumentText();
  const [showing, setShowing] = useState<'no' | 'warning' | 'code'>('no');
  const [status, setStatus] = useState('');
  const [shownText, setShownText] = useState<string | null>(null);
  const save = useExport(answers, summary, authored);

  const download = async () => {
    await save();
    setStatus(t('share.downloaded'));
  };

  const copy = async () => {
    const date = authored.toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'long' });
    const value = summaryText(answers, summary, date, t as unknown as Translate, text);
    const copied = await copyText(value);
    // No clipboard (an old browser, or permission refused): show the text to select by hand.
    setShownText(copied ? null : value);
    setStatus(t(copied ? 'share.copied' : 'share.copyFailed'));
  };

  return (
    <section aria-labelledby="share-heading" className="share no-print">
      <h2 className="heading-l" id="share-heading">
        {t('share.heading')}
      </h2>
      <p>{t('share.intro')}</p>

      <h3 className="heading-s">{t('share.download')}</h3>
      <p className="hint" id="share-download-hint">
        {t('share.downloadHint')}
      </p>
      <button type="button" className="button button--secondary" onClick={() => void download()} aria-describedby="share-download-hint">
        {t('share.download')}
      </button>

      <h3 className="heading-s">{t('share.show')}</h3>
      <p className="hint" id="share-show-hint">
        {t('share.showHint')}
      </p>
      {showing === 'no' ? (
        <button type="button" className="button button--secondary" onClick={() => setShowing('warning')} aria-describedby="share-show-hint">
          {t('share.show')}
        </button>
      ) : (
        <div className="share__qr">
          <p className="warning-text">
            <strong>{t('share.warning')}</strong>
          </p>
          {showing === 'warning' ? (
            <button type="button" className="button" onClick={() => setShowing('code')}>
              {t('share.showCode')}
            </button>
          ) : (
            <>
              <Suspense fallback={null}>
                <ShareQr answers={answers} flow={flow} authored={authored} />
              </Suspense>
              <button type="button" className="button button--secondary" onClick={() => setShowing('no')}>
                {t('share.hideCode')}
              </button>
            </>
          )}
        </div>
      )}

      <h3 className="heading-s">{t('share.copy')}</h3>
      <p className="hint" id="share-copy-hint">
        {t('share.copyHint')}
      </p>
      <button type="button" className="button button--secondary" onClick={() => void copy()} aria-describedby="share-copy-hint">
        {t('share.copy')}
      </button>
      {shownText !== null && (
        <div className="form-group">
          <label className="label" htmlFor="share-copy-text">
            {t('share.copyLabel')}
          </label>
          <textarea id="share-copy-text" className="textarea" readOnly rows={12} value={shownText} autoComplete="off" />
        </div>
      )}
      <p role="status" className="share__status">
        {status}
      </p>
    </section>
  );
}
