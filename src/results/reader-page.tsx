import '../ui/print.css';
import './results.css';
import './reader/reader.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { optionalInstruments } from '../instruments/registry';
import type { Answers } from '../instruments/types';
import { TextField } from '../ui/fields';
import { PageHeading } from '../ui/page-heading';
import { useDocumentTitle } from '../ui/use-document-title';
import { Handout } from './handout/handout';
import { CODE_VALID_DAYS, decodeFragment, type DecodeFailure } from './share/fragment-codec';
import { summarise } from './summary';
import { startScanner, type CameraProblem, type RunningScanner } from './reader/camera';

type Problem = DecodeFailure | CameraProblem;
interface Shown {
  readonly answers: Answers;
  readonly authored: Date;
}

/**
 * The clinician's code reader (/scan): reads the code on a person's results with this device's camera, or
 * typed, and shows the read-only summary. The answers exist only in this page's memory: the address, the
 * title and the history entry never change, no form state is kept, and "Clear" (or leaving the page)
 * drops them. The page is the only one the camera is allowed on (Permissions-Policy, deploy/headers.mjs).
 */
export default function ReaderPage() {
  const { t, i18n } = useTranslation('results');
  // One neutral title, whatever is on screen: titles are kept in the browser's history.
  useDocumentTitle(t('reader.title'));
  const [shown, setShown] = useState<Shown | null>(null);
  /** What went wrong, and where it is shown: by the camera, or at the typed code's field. */
  const [problem, setProblem] = useState<{ reason: Problem; from: 'camera' | 'typed' } | null>(null);
  const [typed, setTyped] = useState('');
  const [camera, setCamera] = useState<'off' | 'starting' | 'on'>('off');
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<RunningScanner | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const stopCamera = () => {
    scanner.current?.stop();
    scanner.current = null;
    setCamera('off');
  };
  useEffect(() => () => scanner.current?.stop(), []);

  const read = (text: string, from: 'camera' | 'typed') => {
    const result = decodeFragment(text.trim(), new Date());
    if (result.ok) {
      stopCamera();
      setTyped('');
      setProblem(null);
      setShown({ answers: result.answers, authored: result.authored });
    } else {
      setProblem({ reason: result.reason, from });
      if (from === 'typed') input.current?.focus();
    }
  };

  useEffect(() => {
    if (shown) summaryHeading.current?.focus();
  }, [shown]);

  const start = async () => {
    if (!video.current || camera !== 'off') return;
    setProblem(null);
    setCamera('starting');
    const started = await startScanner(video.current, (text) => read(text, 'camera'));
    if (started.ok) {
      scanner.current = started.scanner;
      setCamera('on');
    } else {
      setCamera('off');
      setProblem({ reason: started.problem, from: 'camera' });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    read(typed, 'typed');
  };

  const clear = () => {
    setShown(null);
    setProblem(null);
  };

  if (shown) {
    const asked = optionalInstruments()
      .filter((instrument) => instrument.items.some((item) => shown.answers[item.id] !== undefined))
      .map((instrument) => instrument.id);
    const summary = summarise(shown.answers, { asked });
    const date = shown.authored.toLocaleDateString(i18n.resolvedLanguage, { dateStyle: 'long' });
    return (
      <>
        <PageHeading>{t('reader.title')}</PageHeading>
        <h2 className="heading-l" tabIndex={-1} ref={summaryHeading}>
          {t('share.view.title')}
        </h2>
        <div className="inset-text reader-unverified">
          <p>
            <strong>{t('reader.unverifiedTitle')}</strong> {t('reader.unverified')}
          </p>
        </div>
        <p className="body-l">{t('share.view.lead', { date })}</p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('reader.clear')}
          </button>
        </div>
        <Handout answers={shown.answers} summary={summary} onScreen authored={shown.authored} />
      </>
    );
  }

  const message = problem ? t(`reader.problem.${problem.reason}`, { days: CODE_VALID_DAYS }) : null;
  const cameraMessage = problem?.from === 'camera' ? message : null;
  const typedMessage = problem?.from === 'typed' ? message : null;
  return (
    <>
      <PageHeading>{t('reader.title')}</PageHeading>
      <p className="body-l">{t('reader.lead')}</p>
      <p>{t('reader.private')}</p>
      <h2 className="heading-m">{t('reader.cameraHeading')}</h2>
      <p className="hint">{t('reader.cameraHint')}</p>
      <div className="button-group">
        {camera === 'on' ? (
          <button type="button" className="button button--secondary" onClick={stopCamera}>
            {t('reader.stopCamera')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void start()} disabled={camera === 'starting'}>
            {t('reader.startCamera')}
          </button>
        )}
      </div>
      <p role="status" className="hint">
        {camera === 'on' ? t('reader.looking') : ''}
      </p>
      {/* Said at once (role="alert"): the camera could not start, or the code it read cannot be shown. */}
      <div role="alert" className={cameraMessage ? 'reader-problem' : undefined}>
        {cameraMessage && <p className="error-message">{cameraMessage}</p>}
      </div>
      {/* Muted and inline: a preview only. Hidden until the camera runs. */}
      <video ref={video} className="reader-video" hidden={camera !== 'on'} muted playsInline aria-label={t('reader.videoLabel')} />
      <h2 className="heading-m">{t('reader.typeHeading')}</h2>
      <form onSubmit={submit} noValidate autoComplete="off">
        <TextField
          id="reader-code"
          label={t('reader.typeLabel')}
          hint={t('reader.typeHint')}
          error={typedMessage ?? undefined}
          errorPrefix={t('reader.errorPrefix')}
          live
          className="input reader-code-input"
          inputProps={{
            ref: input,
            autoComplete: 'off',
            autoCapitalize: 'none',
            autoCorrect: 'off',
            spellCheck: false,
            value: typed,
            onChange: (event) => setTyped(event.currentTarget.value),
          }}
        />
        <button type="submit" className="button">
          {t('reader.show')}
        </button>
      </form>
    </>
  );
}
