import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'wouter';

/**
 * After an in-app move to a new screen, focus goes to the new screen's main heading, so that keyboard and
 * screen-reader users start at the top of the new content, as they would after a page load. A new screen
 * is a new location, or a new screen at the same location (each screen of the check-in, which lives at
 * one address). On the first load focus is left alone, so the skip link stays the first stop.
 *
 * A move marks focus as pending; the heading present then takes it, or else the first heading that mounts
 * (a code-split screen that arrives later, or one that React mounts again after suspending).
 */
interface FocusRequest {
  /** A move happened: focus the shown heading now, or the next one to mount. */
  readonly request: () => void;
  /** Called by a heading as it mounts: takes the focus if a move is waiting for one. */
  readonly claim: (heading: HTMLElement) => void;
}

const FocusContext = createContext<FocusRequest | null>(null);

/** Not inside something hidden (React hides a screen that is being replaced while the next one loads). */
function isShown(element: HTMLElement): boolean {
  for (let node: HTMLElement | null = element; node; node = node.parentElement) {
    if (node.hidden || node.style.display === 'none') return false;
  }
  return true;
}

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const pending = useRef(false);
  const value = useMemo<FocusRequest>(
    () => ({
      request: () => {
        // Parent effects run after the children's: a screen already rendered has its heading in the
        // document now.
        const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find(isShown);
        if (heading) heading.focus();
        pending.current = !heading;
      },
      claim: (heading) => {
        if (!pending.current || heading.contains(document.activeElement)) return;
        heading.focus();
        pending.current = false;
      },
    }),
    [],
  );
  useFocusHeadingOnChange(location, value);
  return <FocusContext value={value}>{children}</FocusContext>;
}

/** Moves focus to the main heading whenever `key` changes (not on the first render). */
export function useFocusHeadingOnChange(key: string, given?: FocusRequest): void {
  const context = useContext(FocusContext);
  const focus = given ?? context;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focus?.request();
  }, [key, focus]);
}

/** For a screen's `<h1 tabIndex={-1}>`: takes the focus when it mounts while a move is waiting for it. */
export function useFocusOnNavigate<T extends HTMLElement>(): RefObject<T | null> {
  const focus = useContext(FocusContext);
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (ref.current) focus?.claim(ref.current);
  }, [focus]);
  return ref;
}
