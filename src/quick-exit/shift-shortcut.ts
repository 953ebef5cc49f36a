import { createShiftCounter, WINDOW_MS } from './shift-counter';

export interface ShiftHandlers {
  /** The third Shift within the window: leave now. */
  readonly onExit: () => void;
  /** A Shift press that is not yet the third: how many are still needed. */
  readonly onProgress: (remaining: number) => void;
  /** The window ran out before the third press. */
  readonly onTimeout: () => void;
}

/**
 * GOV.UK's "Exit this page" shortcut on the document: Shift pressed 3 times within 5 seconds. Used by the
 * React app and by the pages that run without it (src/lite/enhance.ts). Returns a function that stops
 * listening.
 */
export function listenForShift(handlers: () => ShiftHandlers): () => void {
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
      handlers().onExit();
      return;
    }
    handlers().onProgress(remaining);
    timer = setTimeout(() => {
      counter.other();
      handlers().onTimeout();
    }, WINDOW_MS);
  };
  document.addEventListener('keyup', onKeyUp);
  return () => {
    document.removeEventListener('keyup', onKeyUp);
    clearTimeout(timer);
  };
}

/** After leaving, a page restored from the back/forward cache starts afresh instead of showing the blanked page. */
export function reloadIfRestoredAfterExit(event: PageTransitionEvent): void {
  if (event.persisted && document.documentElement.classList.contains('is-exiting')) window.location.reload();
}
