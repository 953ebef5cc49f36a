import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXIT_URL, exitSite } from './exit-site';
import { listenForShift, reloadIfRestoredAfterExit, type ShiftHandlers } from './shift-shortcut';

/**
 * The "Leave this site" button (on every screen, sticky at the top: see the layout) and the Shift ×3
 * shortcut, with screen-reader status. Its hint ("Or press Shift 3 times", #quick-exit-hint) is in the header.
 * Its status messages are also written into the page as data attributes, so a page that runs without the
 * React app (src/lite/enhance.ts) announces the same words.
 *
 * `clear` is what leaving must wipe (the app passes the answers store's clear): quick exit knows nothing of
 * the features whose state it clears.
 */
export function QuickExit({ clear }: { clear: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const handlers = useRef<ShiftHandlers>({ onExit: () => undefined, onProgress: () => undefined, onTimeout: () => undefined });
  useEffect(() => {
    handlers.current = {
      onExit: () => {
        setStatus(t('quickExit.leaving'));
        exitSite(clear);
      },
      onProgress: (remaining) => setStatus(t('quickExit.pressesLeft', { count: remaining })),
      onTimeout: () => setStatus(t('quickExit.timedOut')),
    };
  });
  useEffect(() => listenForShift(() => handlers.current), []);
  useEffect(() => {
    window.addEventListener('pageshow', reloadIfRestoredAfterExit);
    return () => window.removeEventListener('pageshow', reloadIfRestoredAfterExit);
  }, []);

  return (
    <div className="quick-exit">
      {/* A link to the neutral site (GOV.UK's pattern), so it works from the first paint, before any script
          and with none; with script it also clears the answers and replaces this page in the history. */}
      <a
        href={EXIT_URL}
        rel="noopener noreferrer"
        role="button"
        className="button button--warning quick-exit__button"
        data-quick-exit=""
        onClick={(event) => {
          event.preventDefault();
          exitSite(clear);
        }}
        onKeyDown={(event) => {
          // role="button": Space activates it, as it would a button.
          if (event.key === ' ') {
            event.preventDefault();
            exitSite(clear);
          }
        }}
        aria-describedby="quick-exit-hint"
      >
        {t('quickExit.button')}
      </a>
      <p
        className="visually-hidden"
        role="status"
        data-quick-exit-status=""
        data-remaining-2={t('quickExit.pressesLeft', { count: 2 })}
        data-remaining-1={t('quickExit.pressesLeft', { count: 1 })}
        data-timed-out={t('quickExit.timedOut')}
        data-leaving={t('quickExit.leaving')}
      >
        {status}
      </p>
    </div>
  );
}
