/**
 * The change between check-ins [H31], worded against the published thresholds (PHQ-9 5 points, GAD-7 4;
 * instruments.md §6): never across instruments, never from a partial questionnaire, the TAPS side by side.
 */
import { describe, expect, it } from 'vitest';
import { changeBetween, chartable, compareCheckIns, type CheckInPoint } from '../../../src/results/compare/compare';
import { INSTRUMENTS } from '../../../src/instruments/registry';
import { mood } from '../../support/fhir-cases';
import type { Answers } from '../../../src/instruments/types';

const point = (date: string, answers: Answers, instruments = ['phq9']): CheckInPoint => ({ authored: new Date(date), answers, instruments });
const nine = (total: number) => mood(Array.from({ length: 9 }, (_, i) => Math.max(0, Math.min(3, total - i * 3))));

describe('the change, worded against the threshold [H31]', () => {
  it('7 points lower on the PHQ-9 is meaningful; 4 is about the same; 5 is the edge [H31]', () => {
    expect(changeBetween(19, 12, 5)).toEqual({ points: 7, direction: 'lower', meaningful: true });
    expect(changeBetween(12, 16, 5)).toEqual({ points: 4, direction: 'higher', meaningful: false });
    expect(changeBetween(10, 15, 5).meaningful).toBe(true);
    expect(changeBetween(10, 10, 5)).toEqual({ points: 0, direction: 'same', meaningful: false });
  });

  it('the GAD-7 uses its own 4 points, from its registration', () => {
    const gad7 = INSTRUMENTS.find((i) => i.id === 'gad7')!;
    expect(gad7.presentation.kind === 'banded' && gad7.presentation.change?.meaningful).toBe(4);
  });

  it('today beside the latest earlier complete total, with the rows in date order', () => {
    const today = point('2026-12-01T10:00:00Z', nine(12));
    const earlier = [point('2026-11-01T10:00:00Z', nine(19)), point('2026-10-01T10:00:00Z', nine(20))];
    const { scored } = compareCheckIns(today, earlier, INSTRUMENTS);
    expect(scored).toHaveLength(1);
    expect(scored[0]!.rows.map((row) => row.total)).toEqual([20, 19, 12]);
    expect(scored[0]!.change).toEqual({ points: 7, direction: 'lower', meaningful: true });
    expect(scored[0]!.changeFrom?.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(chartable(scored[0]!)).toBe(true);
  });

  it('a partial questionnaire is never compared: not today, and not as the earlier total [H31]', () => {
    const partial = mood([1, 1, 1]);
    const fromPartial = compareCheckIns(point('2026-12-01T10:00:00Z', nine(12)), [point('2026-11-01T10:00:00Z', partial)], INSTRUMENTS).scored[0]!;
    expect(fromPartial.change).toBeNull();
    expect(fromPartial.rows[0]!.state).toBe('incomplete');
    const partialToday = compareCheckIns(point('2026-12-01T10:00:00Z', partial), [point('2026-11-01T10:00:00Z', nine(19))], INSTRUMENTS).scored[0]!;
    expect(partialToday.change).toBeNull();
    expect(chartable(partialToday)).toBe(false);
  });

  it('the TAPS has no threshold: side by side, no change', () => {
    const answers = { ...nine(5), 'substance-consent': 1, 'taps1-tobacco': 0, 'taps1-alcohol': 0, 'taps1-drugs': 0, 'taps1-rx': 0 };
    const { scored, sideBySide } = compareCheckIns(point('2026-12-01T10:00:00Z', answers, ['phq9', 'taps']), [point('2026-11-01T10:00:00Z', answers, ['phq9', 'taps'])], INSTRUMENTS);
    expect(scored.map((s) => s.instrument.id)).toEqual(['phq9']);
    expect(sideBySide.map((s) => s.instrument.id)).toEqual(['taps']);
    expect(sideBySide[0]!.points.map((p) => p.today)).toEqual([false, true]);
  });
});
