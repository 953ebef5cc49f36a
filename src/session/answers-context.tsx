import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { createAnswersStore, type AnswersStore, type Position } from './answers-store';
import { CHECKIN_PATH } from './paths';
import type { Answers } from '../instruments/types';

const AnswersContext = createContext<AnswersStore | null>(null);

export function AnswersProvider({ children, store }: { children: ReactNode; store?: AnswersStore }) {
  const [value] = useState(() => store ?? createAnswersStore());
  return <AnswersContext value={value}>{children}</AnswersContext>;
}

export function useAnswersStore(): AnswersStore {
  const store = useContext(AnswersContext);
  if (!store) throw new Error('useAnswersStore must be used inside <AnswersProvider>');
  return store;
}

export function useAnswers(): Answers {
  const store = useAnswersStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

export function usePosition(): Position {
  const store = useAnswersStore();
  return useSyncExternalStore(store.subscribe, store.getPosition, store.getPosition);
}

/**
 * Moves to a screen of the check-in: in memory, at the one check-in address. From inside the check-in
 * nothing is added to the history; from another page (the start page, a Learn page) the check-in is one
 * new entry, as any page is.
 */
export function useGoTo(): (step: string, options?: { review?: boolean; redirected?: boolean }) => void {
  const store = useAnswersStore();
  const [location, navigate] = useLocation();
  return (step, options = {}) => {
    store.setPosition({ step, review: options.review ?? false, redirected: options.redirected ?? false });
    if (location !== CHECKIN_PATH) navigate(CHECKIN_PATH);
  };
}
