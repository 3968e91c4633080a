import { bytesPerSecond, count, ms, rate } from '../core/format.js';
import type { Timeline, Totals } from '../core/timeline.js';

const TREND_S = 30;

/** The view at a glance, each with its change over the last 30 s. */
export function SummaryCards({ timeline, tick }: { timeline: Timeline; tick: number }) {
  void tick;
  const now = timeline.totalsAgo(0);
  const before = timeline.totalsAgo(TREND_S);
  const card = (label: string, pick: (t: Totals) => number, format: (v: number) => string, worseWhenUp: boolean) => {
    const v = now ? pick(now) : 0;
    const b = before ? pick(before) : undefined;
    const delta = b === undefined || b === 0 ? undefined : (v - b) / b;
    const dir = delta === undefined || Math.abs(delta) < 0.02 ? 'flat' : delta > 0 ? 'up' : 'down';
    const bad = dir !== 'flat' && (dir === 'up') === worseWhenUp;
    return (
      <div className="card" data-testid={`card-${label}`}>
        <div className="card-label">{label}</div>
        <div className="card-value">{format(v)}</div>
        <div className={`trend ${dir} ${bad ? 'worse' : dir === 'flat' ? '' : 'better'}`} title={`change over the last ${TREND_S} s`}>
          {dir === 'up' ? '↑' : dir === 'down' ? '↓' : '→'} {delta === undefined ? '–' : `${(delta * 100).toFixed(0)}%`} <span className="muted">{TREND_S} s</span>
        </div>
      </div>
    );
  };
  return (
    <section className="cards" aria-label="Summary">
      {card('Events/s', (t) => t.eventsPerSecond, rate, false)}
      {card('Throughput', (t) => t.throughput, bytesPerSecond, false)}
      {card('Worst p90', (t) => t.worstP90, (v) => `${ms(v)} ms`, true)}
      {card('Active series', (t) => t.activeSeries, count, false)}
    </section>
  );
}
