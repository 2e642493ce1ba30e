import QRCode from 'qrcode';
import { useMemo } from 'react';

type Props = { value: string; size?: number; title: string; testId?: string };

/** A QR code of `value` drawn as SVG in the page (one path of dark modules, a quiet zone of 4), for a tablet's camera to read. */
export function QrCode({ value, size = 220, title, testId }: Props) {
  const { path, width } = useMemo(() => {
    const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
    const margin = 4;
    let d = '';
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
      }
    }
    return { path: d, width: modules.size + margin * 2 };
  }, [value]);
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${width}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ maxWidth: '100%', height: 'auto', background: '#fff' }}
      data-testid={testId}
      data-value={value}
    >
      <title>{title}</title>
      <path d={path} fill="#000" />
    </svg>
  );
}
