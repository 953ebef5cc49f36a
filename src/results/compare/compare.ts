/**
 * Today's check-in beside earlier kept ones: pure, no React. For each scored instrument with a published
 * change threshold (its registration's `change`: PHQ-9 5 points, GAD-7 4; instruments.md §6), the totals
 * by date and the change from the latest earlier complete total to today's, worded against the threshold,
 * never as "better" or "worse". A questionnaire left part-way has no total and is never compared. An
 * instrument without a threshold (the TAPS) is shown side by side, with no verdict. Never across instruments.
 */
import type { Instrument } from '../../instruments/registry-types';
import type { Answers } from '../../instruments/types';

export interface CheckInPoint {
  readonly authored: Date;
  readonly answers: Answers;
  /** The instruments it has answers for. */
  readonly instruments: readonly string[];
}

export type RowState = 'complete' | 'incomplete' | 'notAsked';

export interface ScoreRow {
  readonly authored: Date;
  readonly today: boolean;
  readonly state: RowState;
  readonly total: number | null;
  readonly band: string | null;
}

export interface Change {
  /** How many points apart (never negative). */
  readonly points: number;
  readonly direction: 'lower' | 'higher' | 'same';
  /** At least the instrument's threshold: "a change this size is meaningful"; else "about the same". */
  readonly meaningful: boolean;
}

export interface ScoreComparison {
  readonly instrument: Instrument;
  readonly threshold: number;
  readonly max: number;
  readonly bands: readonly { readonly band: string; readonly min: number; readonly max: number }[];
  /** Earlier check-ins by date, then today's. */
  readonly rows: readonly ScoreRow[];
  /** From the latest earlier complete total to today's; null when either is missing. */
  readonly change: Change | null;
  readonly changeFrom: Date | null;
}

export interface SideBySide {
  readonly instrument: Instrument;
  readonly points: readonly { readonly authored: Date; readonly today: boolean; readonly answers: Answers | null }[];
}

export interface Comparison {
  readonly scored: readonly ScoreComparison[];
  readonly sideBySide: readonly SideBySide[];
}

export function changeBetween(earlier: number, today: number, threshold: number): Change {
  const points = Math.abs(today - earlier);
  return { points, direction: today < earlier ? 'lower' : today > earlier ? 'higher' : 'same', meaningful: points >= threshold };
}

/** The check-ins in date order, today's last. */
const inOrder = (today: CheckInPoint, earlier: readonly CheckInPoint[]) => [
  ...[...earlier].sort((a, b) => a.authored.getTime() - b.authored.getTime()).map((point) => ({ point, today: false })),
  { point: today, today: true },
];

export function compareCheckIns(today: CheckInPoint, earlier: readonly CheckInPoint[], instruments: readonly Instrument[]): Comparison {
  const points = inOrder(today, earlier);
  const present = (id: string) => points.some(({ point }) => point.instruments.includes(id));
  const scored: ScoreComparison[] = [];
  const sideBySide: SideBySide[] = [];
  for (const instrument of instruments) {
    if (!present(instrument.id)) continue;
    const { presentation } = instrument;
    if (presentation.kind === 'banded' && presentation.change) {
      const rows = points.map(({ point, today: isToday }): ScoreRow => {
        if (!point.instruments.includes(instrument.id)) return { authored: point.authored, today: isToday, state: 'notAsked', total: null, band: null };
        const view = presentation.view(point.answers);
        return { authored: point.authored, today: isToday, state: view.total === null ? 'incomplete' : 'complete', total: view.total, band: view.band };
      });
      const todayRow = rows[rows.length - 1]!;
      const latest = rows.slice(0, -1).filter((row) => row.total !== null).at(-1);
      const change = todayRow.total !== null && latest?.total != null ? changeBetween(latest.total, todayRow.total, presentation.change.meaningful) : null;
      const { max, bands } = presentation.view({});
      scored.push({ instrument, threshold: presentation.change.meaningful, max, bands, rows, change, changeFrom: change ? latest!.authored : null });
    } else {
      sideBySide.push({
        instrument,
        points: points.map(({ point, today: isToday }) => ({ authored: point.authored, today: isToday, answers: point.instruments.includes(instrument.id) ? point.answers : null })),
      });
    }
  }
  return { scored, sideBySide };
}

/** Three or more complete totals: enough for a chart of totals by date. */
export const chartable = (comparison: ScoreComparison) => comparison.rows.filter((row) => row.total !== null).length >= 3;
