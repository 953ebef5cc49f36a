import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The handout is rendered only while printing, so the screen (and assistive technology) never holds a
 * second copy of the results. It appears on the page's own "Print" button (rendered before print()), and on
 * the browser's print command via `beforeprint` and the `print` media query. Where neither fires, the
 * print styles fall back to printing the screen version.
 */
export function usePrintMode(): { printing: boolean; print: () => void } {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
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
  }, []);
  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };
  return { printing, print };
}
