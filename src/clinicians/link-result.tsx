import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { copyText } from '../lib/clipboard';
import { QrCode } from '../ui/qr-code';

/** The link the builder made: to copy, as a QR code, and as a waiting-room flyer. */
export function LinkResult({ link }: { link: { patient: string; flyer: string } }) {
  const { t } = useTranslation('clinicians');
  const [copyStatus, setCopyStatus] = useState('');
  const copy = async () => {
    setCopyStatus(t((await copyText(link.patient)) ? 'builder.copied' : 'builder.copyFailed'));
  };
  return (
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
  );
}
