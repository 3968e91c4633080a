import { rate } from '@latency-dash/protocol/live';
import type { Slice } from '../core/breakdown.js';

/**
 * The largest groups as horizontal bars from zero, each with its value and
 * share, and the rest as one "other (n)" bar: readable at 2,000 groups,
 * where a pie is one grey disc.
 */
export function TopBars({ slices, total, dimension }: { slices: readonly Slice[]; total: number; dimension: string }) {
  const max = slices.reduce((m, s) => Math.max(m, s.value), 0);
  return (
    <ol className="bars" aria-label={`Events per second by ${dimension}, largest first`} data-testid="breakdown-bars">
      {slices.map((s) => {
        const share = total > 0 ? Math.round((s.value / total) * 100) : 0;
        const text = `${rate(s.value)} events/s`;
        return (
          <li key={s.label} className={`bar-row ${s.groups > 1 ? 'other' : ''}`} title={`${s.label}: ${text}, ${share}% of all`} data-value={s.value}>
            <span className="bar-label">{s.label}</span>
            <span className="bar-track" aria-hidden>
              <span className="bar" style={{ width: `${max > 0 ? (s.value / max) * 100 : 0}%` }} />
            </span>
            <span className="bar-value">
              {text} <span className="muted">· {share}%</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
