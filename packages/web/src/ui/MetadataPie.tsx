import { useEffect, useMemo, useRef } from 'react';
import { rate, type Row } from '@latency-dash/protocol/live';
import { PALETTE, cssVar } from './palette.js';

/**
 * Events per second by one metadata label (uPlot has no pie). Split rows
 * are grouped by their first label name (e.g. tier); combined rows by key.
 */
export function MetadataPie({ rows, theme }: { rows: readonly Row[]; theme: 'light' | 'dark' }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // `rows` change once a second (the tick), not every frame.
  const { slices, dimension } = useMemo(() => group(rows), [rows]);
  const total = slices.reduce((s, x) => s + x.value, 0);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const size = 130;
    c.width = size * dpr;
    c.height = size * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size, size);
    let angle = -Math.PI / 2;
    slices.forEach((s, i) => {
      const sweep = total > 0 ? (s.value / total) * Math.PI * 2 : 0;
      ctx.beginPath();
      ctx.moveTo(size / 2, size / 2);
      ctx.arc(size / 2, size / 2, size / 2 - 4, angle, angle + sweep);
      ctx.closePath();
      ctx.fillStyle = PALETTE[i % PALETTE.length];
      ctx.fill();
      ctx.strokeStyle = cssVar('--panel');
      ctx.lineWidth = 1.5;
      ctx.stroke();
      angle += sweep;
    });
    if (total === 0) {
      ctx.strokeStyle = cssVar('--grid');
      ctx.beginPath();
      ctx.arc(size / 2, size / 2, size / 2 - 4, 0, Math.PI * 2);
      ctx.stroke();
    }
  }, [slices, total, theme]);

  return (
    <div className="pie">
      <canvas ref={canvas} style={{ width: 130, height: 130 }} role="img" aria-label={`Events per second by ${dimension}`} />
      <ul className="legend">
        <li className="muted">by {dimension}</li>
        {slices.map((s, i) => (
          <li key={s.label}>
            <span className="swatch" style={{ background: PALETTE[i % PALETTE.length] }} />
            {s.label}
            <span className="muted figures">
              {rate(s.value)}/s · {total > 0 ? Math.round((s.value / total) * 100) : 0}%
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function group(rows: readonly Row[]): { slices: { label: string; value: number }[]; dimension: string } {
  const split = rows.filter((r) => r.split && Object.keys(r.metadata).length > 0);
  const dimension = split.length > 0 ? Object.keys(split[0].metadata).sort().reverse()[0] : 'key';
  const sums = new Map<string, number>();
  for (const r of split.length > 0 ? split : rows) {
    const label = dimension === 'key' ? r.key : (r.metadata[dimension] ?? '(none)');
    sums.set(label, (sums.get(label) ?? 0) + r.eventsPerSecond);
  }
  const slices = [...sums.entries()].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
  if (slices.length > 8) {
    const rest = slices.splice(7).reduce((s, x) => s + x.value, 0);
    slices.push({ label: 'other', value: rest });
  }
  return { slices, dimension };
}
