import { createContext, useContext, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'wouter';

/**
 * After an in-app navigation, focus moves to the new screen's main heading so that keyboard and
 * screen-reader users start at the top of the new content, as they would after a full page load.
 * On the first load focus is left alone, so the skip link stays the first stop.
 *
 * The provider remembers which location is waiting for focus; a heading that mounts for that location
 * takes it. This also covers code-split screens that mount after the navigation, and a screen that
 * React mounts again (for example after suspending) while its location is still current.
 */
const FocusTarget = createContext<RefObject<string | null> | null>(null);

export function RouteFocusProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const target = useRef<string | null>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    target.current = location;
    // Parent effects run after the children's: a screen already rendered for this location has its
    // heading in the document now.
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location]);
  return <FocusTarget value={target}>{children}</FocusTarget>;
}

/** For a screen's `<h1 tabIndex={-1}>`: takes the focus when it mounts for the location awaiting it. */
export function useFocusOnNavigate<T extends HTMLElement>(): RefObject<T | null> {
  const target = useContext(FocusTarget);
  const [location] = useLocation();
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (target?.current === location && ref.current && !ref.current.contains(document.activeElement)) {
      ref.current.focus();
    }
  }, [target, location]);
  return ref;
}
