import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * What a page's own Print button asked to print ("results", "plan"), until the browser has printed; null
 * when the browser's print command was used. Two print layouts on one screen (the results and a safety
 * plan opened on them) never print together: each prints only on its own button, and the browser's
 * command prints the one that takes it (`browserPrint`).
 */
let requested: string | null = null;

/**
 * The handout is rendered only while printing, so the screen (and assistive technology) never holds a
 * second copy of the results. It appears on the page's own "Print" button (rendered before print()), and on
 * the browser's print command via `beforeprint` and the `print` media query. Where neither fires, the
 * print styles fall back to printing the screen version.
 *
 * `kind`: which layout this is; `browserPrint`: whether the browser's own print command prints it.
 */
export function usePrintMode(kind = 'results', browserPrint = true): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const mine = () => (requested === null ? browserPrint : requested === kind);
    const on = () => {
      if (mine()) flushSync(() => setPrinting(true));
    };
    const off = () => {
      requested = null;
      setPrinting(false);
    };
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const onChange = (event: MediaQueryListEvent) => (event.matches ? on() : off());
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    query?.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      query?.removeEventListener('change', onChange);
    };
  }, [kind, browserPrint]);
  const print = () => {
    requested = kind;
    flushSync(() => setPrinting(true));
    try {
      // The browser prints before print() returns (and fires beforeprint and afterprint around it).
      window.print();
    } finally {
      requested = null;
    }
  };
  return { printing, print };
}
