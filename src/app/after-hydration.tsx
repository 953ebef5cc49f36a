import { useEffect } from 'react';

/**
 * Placed inside the routes' Suspense boundary: its effect runs once the page itself has hydrated (React
 * hydrates the shell first and a Suspense boundary's content afterwards, later still for a code-split
 * page). Changing the language or region before that point would reach a page that is not hydrated yet and
 * make its text differ from the prerendered HTML.
 */
export function AfterHydration({ onHydrated }: { onHydrated: () => void }) {
  useEffect(() => {
    onHydrated();
  }, [onHydrated]);
  return null;
}
