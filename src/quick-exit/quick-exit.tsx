import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswersStore } from '../checkin/answers-context';
import { EXIT_URL, exitSite } from './exit-site';
import { createShiftCounter, WINDOW_MS } from './shift-counter';

/** The "Leave this site" button (on every screen) and the Shift ×3 shortcut, with screen-reader status. */
export function QuickExit() {
  const { t } = useTranslation();
  const store = useAnswersStore();
  const [status, setStatus] = useState('');

  useShiftShortcut(
    () => {
      setStatus(t('quickExit.leaving'));
      exitSite(store.clear);
    },
    (remaining) => setStatus(t('quickExit.pressesLeft', { count: remaining })),
    () => setStatus(t('quickExit.timedOut')),
  );

  useEffect(() => {
    // If the browser restores this page from its back/forward cache after leaving, start afresh rather
    // than show the blanked page (the answers were already cleared).
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && document.documentElement.classList.contains('is-exiting')) window.location.reload();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
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
        onClick={(event) => {
          event.preventDefault();
          exitSite(store.clear);
        }}
        onKeyDown={(event) => {
          // role="button": Space activates it, as it would a button.
          if (event.key === ' ') {
            event.preventDefault();
            exitSite(store.clear);
          }
        }}
        aria-describedby="quick-exit-hint"
      >
        {t('quickExit.button')}
      </a>
      <span id="quick-exit-hint" className="quick-exit__hint">
        {t('quickExit.buttonHint')}
      </span>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}

function useShiftShortcut(onExit: () => void, onProgress: (remaining: number) => void, onTimeout: () => void) {
  const handlers = useRef({ onExit, onProgress, onTimeout });
  useEffect(() => {
    handlers.current = { onExit, onProgress, onTimeout };
  });

  useEffect(() => {
    const counter = createShiftCounter();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        counter.other();
        return;
      }
      const remaining = counter.shift(performance.now());
      clearTimeout(timer);
      if (remaining === 0) {
        handlers.current.onExit();
        return;
      }
      handlers.current.onProgress(remaining);
      timer = setTimeout(() => {
        counter.other();
        handlers.current.onTimeout();
      }, WINDOW_MS);
    };
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keyup', onKeyUp);
      clearTimeout(timer);
    };
  }, []);
}
