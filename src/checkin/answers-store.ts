/**
 * The one answers store that the check-in and the results share. In memory only: it is never written to
 * localStorage, sessionStorage, cookies or IndexedDB, so answers vanish when the tab is closed or reloaded.
 * Plain TypeScript (no React) so it can be tested and cleared from anywhere, e.g. by the quick exit.
 */
import type { Answers } from '../instruments/types';

export interface AnswersStore {
  // Arrow-typed members: they are passed around unbound (e.g. `onReset={store.clear}`).
  readonly getSnapshot: () => Answers;
  readonly subscribe: (listener: () => void) => () => void;
  readonly setAnswer: (id: string, value: number) => void;
  readonly removeAnswers: (ids: readonly string[]) => void;
  readonly clear: () => void;
}

const EMPTY: Answers = Object.freeze({});

export function createAnswersStore(initial: Answers = EMPTY): AnswersStore {
  let answers: Answers = initial;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    getSnapshot: () => answers,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAnswer: (id, value) => {
      if (answers[id] === value) return;
      answers = Object.freeze({ ...answers, [id]: value });
      emit();
    },
    removeAnswers: (ids) => {
      if (!ids.some((id) => id in answers)) return;
      const next: Record<string, number | undefined> = { ...answers };
      ids.forEach((id) => delete next[id]);
      answers = Object.freeze(next);
      emit();
    },
    clear: () => {
      if (answers === EMPTY) return;
      answers = EMPTY;
      emit();
    },
  };
}
