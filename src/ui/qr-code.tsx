import './qr-code.css';
import { encode } from 'uqr';

/**
 * A QR code as an SVG drawn from uqr's module matrix (no innerHTML). Error correction M; a 4-module quiet
 * zone as the standard asks. Black on white whatever the colour scheme, so every phone camera reads it.
 */
export function QrCode({ value, label, size = 240 }: { value: string; label: string; size?: number }) {
  const { data } = encode(value, { ecc: 'M', border: 4 });
  const modules = data.length;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={modules} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
