import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';
import type { FlowOptions } from '../../instruments/registry';
import type { Answers } from '../../instruments/types';
import { pathIn } from '../../lib/versions';
import { QrCode } from '../../ui/qr-code';
import { useVersion } from '../../visit/version-context';
import { encodeAnswers } from './fragment-codec';

/** The address a clinician's scan opens: the read-only summary, with the answers after `#` only. */
export function summaryLink(origin: string, base: string, fragment: string): string {
  return `${origin}${base}#${fragment}`;
}

/**
 * The QR code of the clinician's link. The answers travel only in the fragment, which browsers never send
 * to a server. Error correction M (15% of the code can be damaged or covered and it still reads), a 4-module
 * quiet zone, and at least 4 screen pixels a module (version 5–6 for a full check-in: 37–41 modules).
 */
export default function ShareQr({ answers, flow, authored }: { answers: Answers; flow: FlowOptions; authored: Date }) {
  const { t } = useTranslation('results');
  const version = useVersion();
  const link = summaryLink(window.location.origin, pathIn(version, '/summary'), encodeAnswers(answers, flow, authored));
  const { size } = encode(link, { ecc: 'M', border: 4 });
  return (
    <>
      <QrCode value={link} label={t('share.qrAlt')} size={Math.max(264, size * 6)} />
      <p className="hint">{t('share.qrHint')}</p>
    </>
  );
}
