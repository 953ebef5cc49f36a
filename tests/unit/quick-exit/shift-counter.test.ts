import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../../src/quick-exit/shift-counter';

describe('Shift ×3 quick exit', () => {
  it('leaves on the third press within 5 seconds [H13]', () => {
    const counter = createShiftCounter();
    expect(counter.shift(0)).toBe(2);
    expect(counter.shift(1000)).toBe(1);
    expect(counter.shift(4900)).toBe(0);
  });

  it('does not leave when the presses are spread over more than 5 seconds', () => {
    const counter = createShiftCounter();
    counter.shift(0);
    counter.shift(3000);
    expect(counter.shift(5200)).toBe(1);
  });

  it('starts again after any other key (typing capitals never triggers it)', () => {
    const counter = createShiftCounter();
    counter.shift(0);
    counter.shift(100);
    counter.other();
    expect(counter.shift(200)).toBe(2);
  });

  it('starts again after leaving', () => {
    const counter = createShiftCounter();
    counter.shift(0);
    counter.shift(1);
    counter.shift(2);
    // The next Shift is the first of a new three.
    expect(counter.shift(3)).toBe(2);
  });
});
