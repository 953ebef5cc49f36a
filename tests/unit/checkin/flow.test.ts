import { describe, expect, it } from 'vitest';
import {
  canVisit,
  firstPendingStepId,
  nextAfterChange,
  nextStepId,
  pathFor,
  previousStepId,
  RESULTS,
  SUPPORT,
} from '../../../src/checkin/flow';
import type { Answers } from '../../../src/instruments/types';

const zeros: Answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`phq9-${i + 1}`, 0]));
const with9 = (value: number, base: Answers = zeros): Answers => ({ ...base, 'phq9-9': value });

describe('check-in flow', () => {
  it('asks items 1–9 in order and no question 10 when all are 0', () => {
    expect(pathFor(zeros).map((s) => s.id)).toEqual([
      'phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9',
    ]);
    expect(nextStepId(zeros, 'phq9-9')).toBe(RESULTS);
  });

  it('adds question 10 when any item is above 0', () => {
    const answers = { ...zeros, 'phq9-4': 2 };
    expect(nextStepId(answers, 'phq9-9')).toBe('phq9-10');
    expect(nextStepId({ ...answers, 'phq9-10': 1 }, 'phq9-10')).toBe(RESULTS);
  });

  it('shows crisis support straight after item 9 above 0, before question 10', () => {
    const answers = with9(1);
    expect(nextStepId(answers, 'phq9-9')).toBe(SUPPORT);
    expect(nextStepId(answers, SUPPORT)).toBe('phq9-10');
    expect(previousStepId(answers, 'phq9-10')).toBe(SUPPORT);
  });

  it('has no support step when item 9 is 0', () => {
    expect(pathFor(with9(0)).some((s) => s.id === SUPPORT)).toBe(false);
    expect(canVisit(with9(0), SUPPORT)).toBe(false);
  });

  it('goes back to the start from question 1', () => {
    expect(previousStepId({}, 'phq9-1')).toBeNull();
    expect(previousStepId({}, 'phq9-2')).toBe('phq9-1');
  });

  it('finds the first unanswered question', () => {
    expect(firstPendingStepId({})).toBe('phq9-1');
    expect(firstPendingStepId({ 'phq9-1': 1, 'phq9-2': 0 })).toBe('phq9-3');
    expect(firstPendingStepId(zeros)).toBe(RESULTS);
    expect(firstPendingStepId({ ...zeros, 'phq9-1': 1 })).toBe('phq9-10');
  });

  it('lets a step be visited only when every question before it is answered', () => {
    expect(canVisit({}, 'phq9-1')).toBe(true);
    expect(canVisit({}, 'phq9-5')).toBe(false);
    expect(canVisit({ 'phq9-1': 0, 'phq9-2': 0, 'phq9-3': 0, 'phq9-4': 0 }, 'phq9-5')).toBe(true);
    expect(canVisit({}, 'not-a-step')).toBe(false);
    expect(canVisit(zeros, 'phq9-10')).toBe(false);
  });

  it('after a change from the review list, shows support if the change brought it, else returns to results', () => {
    const complete = { ...zeros, 'phq9-1': 1, 'phq9-10': 0 };
    expect(nextAfterChange(complete, 'phq9-3')).toBe(RESULTS);
    expect(nextAfterChange(with9(2, complete), 'phq9-9')).toBe(SUPPORT);
    // Changing every answer to 0 would drop question 10; one answer above 0 makes it necessary.
    expect(nextAfterChange({ ...zeros, 'phq9-2': 1 }, 'phq9-2')).toBe('phq9-10');
  });
});
