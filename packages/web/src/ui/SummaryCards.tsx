import { memo } from 'react';
import { bytesPerSecond, count, ms, rate } from '@latency-dash/protocol/live';
import type { Timeline, Totals } from '../core/timeline.js';
import { Sparkline } from './Sparkline.js';

const TREND_S = 30;

/** The view at a glance: each figure now, its last two minutes, and its change over 30 s. `tick`: the timeline's sample count. */
export const SummaryCards = memo(function SummaryCards({ timeline, tick, loading = false }: { timeline: Timeline; tick: number; loading?: boolean }) {
  // The figures as of the tick: the cards redraw once a second, with the timeline's samples.
  const now = timeline.totalsAgo(0, tick);
  const before = timeline.totalsAgo(TREND_S, tick);
  const kept = timeline.totalsUpTo(tick);
  const card = (id: string, label: string, pick: (t: Totals) => number, format: (v: number) => string, worseWhenUp: boolean) => {
    const v = now ? pick(now) : 0;
    const b = before ? pick(before) : undefined;
    const delta = b === undefined ? undefined : b === 0 ? (v === 0 ? 0 : undefined) : (v - b) / b;
    const dir = delta === undefined || Math.abs(delta) < 0.02 ? 'flat' : delta > 0 ? 'up' : 'down';
    const bad = dir !== 'flat' && (dir === 'up') === worseWhenUp;
    const trendText =
      before === undefined
        ? `trend after ${TREND_S} s`
        : delta === undefined
          ? `was ${format(b ?? 0)} ${TREND_S} s ago`
          : `${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(0)}% vs ${TREND_S} s ago`;
    return (
      <div className="card" data-testid={`card-${id}`}>
        <div className="card-body">
          <div className="card-label">{label}</div>
          {/* Loading: a placeholder, and no sample yet: a dash, since a zero would read as a real figure. */}
          {loading ? (
            <div className="card-value skeleton" data-testid="card-loading" aria-label="loading" />
          ) : (
            <div className="card-value">{now === undefined ? '–' : format(v)}</div>
          )}
          <div className={`trend ${dir} ${bad ? 'worse' : dir === 'flat' ? '' : 'better'}`} title={`change over the last ${TREND_S} s`}>
            <span aria-hidden>{dir === 'up' ? '▲' : dir === 'down' ? '▼' : '→'}</span> {trendText}
          </div>
        </div>
        <Sparkline values={kept.map(pick)} />
      </div>
    );
  };
  return (
    <section className="cards" aria-label="Summary">
      {card('events', 'Events/s', (t) => t.eventsPerSecond, rate, false)}
      {card('throughput', 'Throughput', (t) => t.throughput, bytesPerSecond, false)}
      {card(
        'worst-p90',
        'Worst p90',
        (t) => t.worstP90,
        (v) => `${ms(v)} ms`,
        true,
      )}
      {card('active', 'Active series', (t) => t.activeSeries, count, false)}
    </section>
  );
});
