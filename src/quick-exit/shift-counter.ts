/**
 * GOV.UK "Exit this page" keyboard shortcut: Shift pressed 3 times within 5 seconds.
 * Pure state machine (no DOM), so its rules are tested without a browser. Any other key resets the count,
 * so typing capital letters never triggers it.
 */
export const PRESSES_NEEDED = 3;
export const WINDOW_MS = 5000;

export interface ShiftCounter {
  /** A Shift key-up at time `now` (ms). Returns how many presses are still needed (0 = leave now). */
  shift(now: number): number;
  /** Any other key: start again. */
  other(): void;
}

export function createShiftCounter(): ShiftCounter {
  let presses: number[] = [];
  const inWindow = (now: number) => presses.filter((time) => now - time < WINDOW_MS);
  return {
    shift(now) {
      presses = [...inWindow(now), now];
      const remaining = Math.max(PRESSES_NEEDED - presses.length, 0);
      if (remaining === 0) presses = [];
      return remaining;
    },
    other() {
      presses = [];
    },
  };
}
