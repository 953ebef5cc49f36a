import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while prerendering and while hydrating a prerendered page, true afterwards. Values that differ
 * between the build and this browser (the language or region asked for, notices about the link) wait for
 * it, so the page hydrates exactly as it was rendered and then updates: React's own pattern for this
 * (useSyncExternalStore's server snapshot), with no mismatch and no extra effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
