import { useTranslation } from 'react-i18next';
import type { FlowOptions } from '../../instruments/registry';
import type { Answers } from '../../instruments/types';
import { pathIn } from '../../visit/versions';
import { QrCode } from '../../ui/qr-code';
import { useVersion } from '../../visit/version-context';
import { CODE_VALID_DAYS, encodeAnswers } from './fragment-codec';

/**
 * The QR code a clinician reads with this site's code reader (/scan). It holds the code itself, not an
 * address: an address with the answers in it would be kept in the clinician's browser history (issue 21).
 * A phone's own camera app shows it as a line of letters and digits, which means nothing without the
 * reader. Error correction M (15% of the code can be damaged or covered and it still reads), a 4-module
 * quiet zone, about 6 screen pixels a module (version 4 for a full check-in: 33 modules, 41 with the quiet zone).
 */
export default function ShareQr({ answers, flow, authored }: { answers: Answers; flow: FlowOptions; authored: Date }) {
  const { t } = useTranslation('results');
  const version = useVersion();
  const code = encodeAnswers(answers, flow, authored);
  const reader = `${window.location.host}${pathIn(version, '/scan')}`;
  return (
    <>
      <QrCode value={code} label={t('share.qrAlt')} size={264} />
      <p className="hint">{t('share.qrHint', { reader, days: CODE_VALID_DAYS })}</p>
      <details className="details">
        <summary className="details__summary">{t('share.codeAsText')}</summary>
        <div className="details__text">
          <p className="hint">{t('share.codeAsTextHint')}</p>
          <p className="share-code" translate="no">
            {code}
          </p>
        </div>
      </details>
    </>
  );
}
