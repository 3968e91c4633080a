import { useEffect, useRef } from 'react';
import { rate } from '@latency-dash/protocol/live';
import type { Slice } from '../core/breakdown.js';
import { PALETTE, cssVar } from './palette.js';

const SIZE = 130;

/** A few groups' shares of the events per second as a pie (uPlot has none), with a legend of values and shares. */
export function MetadataPie({ slices, total, dimension, theme }: { slices: readonly Slice[]; total: number; dimension: string; theme: 'light' | 'dark' }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = SIZE * dpr;
    c.height = SIZE * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, SIZE, SIZE);
    let angle = -Math.PI / 2;
    slices.forEach((s, i) => {
      const sweep = total > 0 ? (s.value / total) * Math.PI * 2 : 0;
      ctx.beginPath();
      ctx.moveTo(SIZE / 2, SIZE / 2);
      ctx.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 4, angle, angle + sweep);
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
      ctx.arc(SIZE / 2, SIZE / 2, SIZE / 2 - 4, 0, Math.PI * 2);
      ctx.stroke();
    }
  }, [slices, total, theme]);

  return (
    <div className="pie" data-testid="breakdown-pie">
      <canvas ref={canvas} style={{ width: SIZE, height: SIZE }} role="img" aria-label={`Events per second by ${dimension}`} />
      <ul className="legend">
        {slices.map((s, i) => (
          <li key={s.label} title={`${s.label}: ${rate(s.value)} events/s`}>
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
