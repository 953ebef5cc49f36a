import { describe, expect, it, vi } from 'vitest';
import { createAnswersStore } from '../../../src/session/answers-store';

describe('answers store', () => {
  it('keeps answers, notifies listeners, and clears [H12]', () => {
    const store = createAnswersStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.setAnswer('phq9-1', 2);
    expect(store.getSnapshot()).toEqual({ 'phq9-1': 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    store.setAnswer('phq9-1', 2);
    expect(listener).toHaveBeenCalledTimes(1);
    store.removeAnswers(['phq9-1']);
    expect(store.getSnapshot()).toEqual({});
    store.setAnswer('phq9-2', 0);
    store.clear();
    expect(store.getSnapshot()).toEqual({});
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('keeps the place in the check-in in memory, and clears it with the answers', () => {
    const store = createAnswersStore();
    expect(store.getPosition()).toEqual({ step: null, review: false, redirected: false });
    store.setAnswer('phq9-1', 3);
    store.setPosition({ step: 'phq9-2', review: false, redirected: false });
    expect(store.getPosition().step).toBe('phq9-2');
    store.clear();
    expect(store.getPosition()).toEqual({ step: null, review: false, redirected: false });
    expect(store.getSnapshot()).toEqual({});
  });

  it('returns a new snapshot object on each change (for useSyncExternalStore)', () => {
    const store = createAnswersStore();
    const before = store.getSnapshot();
    store.setAnswer('phq9-1', 1);
    expect(store.getSnapshot()).not.toBe(before);
    expect(Object.isFrozen(store.getSnapshot())).toBe(true);
  });
});
