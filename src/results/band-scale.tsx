import { useTranslation } from 'react-i18next';
import { PHQ9_BANDS, PHQ9_MAX_TOTAL, type Phq9Band } from '../instruments/phq9-score';

const CELL = 10; // one score point
const WIDTH = (PHQ9_MAX_TOTAL + 1) * CELL;

/**
 * Where the total falls on 0–27: five ranges and a marker. The picture is described in words for screen
 * readers (role="img" + label), and the ranges are also listed in text below it, so colour never carries
 * meaning alone.
 */
export function BandScale({ total, band }: { total: number; band: Phq9Band }) {
  const { t } = useTranslation('results');
  const bandName = (b: Phq9Band) => t(`mood.bands.${b}`);
  const markerX = total * CELL + CELL / 2;
  return (
    <figure className="band-scale">
      <svg
        className="band-scale__svg"
        viewBox={`0 0 ${WIDTH} 52`}
        role="img"
        aria-label={t('mood.scaleAlt', { total, band: bandName(band) })}
        preserveAspectRatio="xMidYMid meet"
      >
        <polygon className="band-scale__marker" points={`${markerX - 7},2 ${markerX + 7},2 ${markerX},14`} />
        {PHQ9_BANDS.map((b, i) => (
          <rect
            key={b.band}
            className={`band-scale__band band-scale__band--${i + 1}${b.band === band ? ' is-current' : ''}`}
            x={b.min * CELL + 1}
            y={16}
            width={(b.max - b.min + 1) * CELL - 2}
            height={18}
            rx={2}
          />
        ))}
        <line className="band-scale__needle" x1={markerX} x2={markerX} y1={12} y2={36} />
        {PHQ9_BANDS.map((b) => (
          <text key={b.band} className="band-scale__tick" x={b.min * CELL + 1} y={48}>
            {b.min}
          </text>
        ))}
        <text className="band-scale__tick" x={WIDTH - 1} y={48} textAnchor="end">
          {PHQ9_MAX_TOTAL}
        </text>
      </svg>
      <figcaption>
        <ul className="band-scale__legend">
          {PHQ9_BANDS.map((b, i) => (
            <li key={b.band} className={b.band === band ? 'is-current' : undefined}>
              <span className={`band-scale__swatch band-scale__band--${i + 1}`} aria-hidden="true" />
              {t('mood.legendRange', { band: bandName(b.band), min: b.min, max: b.max })}
              {b.band === band && <strong> ({t('mood.yourScore', { total })})</strong>}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
