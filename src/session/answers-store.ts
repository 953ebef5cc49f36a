/**
 * The one store that the check-in and the results share: the answers, and where the person is in the
 * check-in. In memory only: never written to localStorage, sessionStorage, cookies or IndexedDB, and never
 * in the address (the whole check-in lives at one neutral address, `/check-in`; moving between its screens
 * adds nothing to the browser's history). Both vanish when the tab is closed or reloaded.
 * Plain TypeScript (no React) so it can be tested, and cleared by whoever is given `clear`.
 */
import type { Answers } from '../instruments/types';

/** Where the person is: a step id, or RESULTS; changing one answer from the results (`review`). */
export interface Position {
  readonly step: string | null;
  readonly review: boolean;
  /** Set when a step could not be shown and the person was taken to the first one still needing an answer. */
  readonly redirected: boolean;
}

export const START: Position = Object.freeze({ step: null, review: false, redirected: false });

export interface AnswersStore {
  // Arrow-typed members: they are passed around unbound (e.g. `onReset={store.clear}`).
  readonly getSnapshot: () => Answers;
  readonly getPosition: () => Position;
  readonly subscribe: (listener: () => void) => () => void;
  readonly setAnswer: (id: string, value: number) => void;
  readonly removeAnswers: (ids: readonly string[]) => void;
  readonly setPosition: (position: Position) => void;
  /** Deletes every answer and the place in the check-in. */
  readonly clear: () => void;
}

const EMPTY: Answers = Object.freeze({});

export function createAnswersStore(initial: Answers = EMPTY): AnswersStore {
  let answers: Answers = initial;
  let position: Position = START;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((listener) => listener());

  return {
    getSnapshot: () => answers,
    getPosition: () => position,
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
    setPosition: (next) => {
      if (next.step === position.step && next.review === position.review && next.redirected === position.redirected) return;
      position = Object.freeze({ ...next });
      emit();
    },
    clear: () => {
      if (answers === EMPTY && position === START) return;
      answers = EMPTY;
      position = START;
      emit();
    },
  };
}
