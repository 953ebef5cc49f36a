import type { ReactNode } from 'react';
import { useFocusOnNavigate } from './route-focus';

/** A screen's main heading: focusable by script (tabIndex -1) so navigation can move focus to it. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useFocusOnNavigate<HTMLHeadingElement>();
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-xl'}>
      {children}
    </h1>
  );
}
