import type { ScoreComparison } from './compare';

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { left: 30, right: 12, top: 10, bottom: 34 };

/**
 * Totals by date as a small line chart, with the band edges as lines across it: a picture of the table
 * beside it, which holds the same figures for screen readers (the chart is one image, named by
 * `labelledBy`, and says where its figures are). Points are spaced by time; today's is filled.
 */
export function ChangeChart({ comparison, labelledBy, describedBy, dateLabel }: {
  comparison: ScoreComparison;
  labelledBy: string;
  describedBy: string;
  /** A short date for the axis ("3 Nov"). */
  dateLabel: (date: Date) => string;
}) {
  const rows = comparison.rows.filter((row) => row.total !== null);
  const times = rows.map((row) => row.authored.getTime());
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (time: number) => PAD.left + ((time - first) / span) * plotWidth;
  const y = (total: number) => PAD.top + plotHeight - (total / comparison.max) * plotHeight;
  const edges = comparison.bands.slice(1).map((band) => band.min);
  const points = rows.map((row) => ({ row, cx: x(row.authored.getTime()), cy: y(row.total!) }));

  return (
    <svg className="change-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={labelledBy} aria-describedby={describedBy} focusable="false">
      {[0, ...edges, comparison.max].map((value) => (
        <g key={value}>
          <line className={value === 0 || value === comparison.max ? 'change-chart__axis' : 'change-chart__edge'} x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
          <text className="change-chart__label" x={PAD.left - 4} y={y(value) + 4} textAnchor="end">
            {value}
          </text>
        </g>
      ))}
      <polyline className="change-chart__line" points={points.map(({ cx, cy }) => `${cx},${cy}`).join(' ')} />
      {points.map(({ row, cx, cy }, index) => (
        <g key={row.authored.getTime()}>
          <circle className={row.today ? 'change-chart__point change-chart__point--today' : 'change-chart__point'} cx={cx} cy={cy} r={row.today ? 5 : 4} />
          {/* Every date is labelled when they fit; otherwise the first, the last and every other one. */}
          {(points.length <= 5 || index % 2 === 0 || index === points.length - 1) && (
            <text className="change-chart__label" x={cx} y={HEIGHT - PAD.bottom + 16} textAnchor={index === 0 ? 'start' : index === points.length - 1 ? 'end' : 'middle'}>
              {dateLabel(row.authored)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
