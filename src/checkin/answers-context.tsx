import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createAnswersStore, type AnswersStore } from './answers-store';
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
