import { useTranslation } from 'react-i18next';
import type { Band } from '../instruments/registry-types';

const CELL = 10; // one score point

/** The colour of each band, from the lowest to the highest (five colours, spread over however many bands). */
function colourOf(index: number, count: number): number {
  return count <= 1 ? 1 : Math.round((index * 4) / (count - 1)) + 1;
}

/**
 * Where a total falls on its scale (0–27 for the PHQ-9): the ranges and a marker. The picture is described
 * in words for screen readers (role="img" + label), and the ranges are also listed in text below it, so
 * colour never carries meaning alone.
 */
export function BandScale({ total, band, bands, max, bandName }: { total: number; band: string; bands: readonly Band[]; max: number; bandName: (band: string) => string }) {
  const { t } = useTranslation('results');
  const width = (max + 1) * CELL;
  const markerX = total * CELL + CELL / 2;
  return (
    <figure className="band-scale">
      <svg
        className="band-scale__svg"
        viewBox={`0 0 ${width} 52`}
        role="img"
        aria-label={t('score.scaleAlt', { total, band: bandName(band), max, count: bands.length })}
        preserveAspectRatio="xMidYMid meet"
      >
        <polygon className="band-scale__marker" points={`${markerX - 7},2 ${markerX + 7},2 ${markerX},14`} />
        {bands.map((b, i) => (
          <rect
            key={b.band}
            className={`band-scale__band band-scale__band--${colourOf(i, bands.length)}${b.band === band ? ' is-current' : ''}`}
            x={b.min * CELL + 1}
            y={16}
            width={(b.max - b.min + 1) * CELL - 2}
            height={18}
            rx={2}
          />
        ))}
        <line className="band-scale__needle" x1={markerX} x2={markerX} y1={12} y2={36} />
        {bands.map((b) => (
          <text key={b.band} className="band-scale__tick" x={b.min * CELL + 1} y={48}>
            {b.min}
          </text>
        ))}
        <text className="band-scale__tick" x={width - 1} y={48} textAnchor="end">
          {max}
        </text>
      </svg>
      <figcaption>
        <ul className="band-scale__legend">
          {bands.map((b, i) => (
            <li key={b.band} className={b.band === band ? 'is-current' : undefined}>
              <span className={`band-scale__swatch band-scale__band--${colourOf(i, bands.length)}`} aria-hidden="true" />
              {t('score.legendRange', { band: bandName(b.band), min: b.min, max: b.max })}
              {b.band === band && <strong> ({t('score.yourScore', { total })})</strong>}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
