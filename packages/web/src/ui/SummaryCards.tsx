import { memo } from 'react';
import { bytesPerSecond, count, ms, rate, sig3 } from '@latency-dash/protocol/live';
import type { Timeline, Totals } from '../core/timeline.js';
import { Sparkline } from './Sparkline.js';
import type { HistoryTotals } from './use-history-view.js';

const TREND_S = 30;

/** What one card shows: the figure, what it is compared with, and its line. */
interface CardFigures {
  now: Totals | undefined;
  before: Totals | undefined;
  kept: Totals[];
  /** "vs 30 s ago", "vs the earlier period". */
  versus: string;
  /** Shown when there is nothing to compare with. */
  noBefore: string;
}

/**
 * The view at a glance. Live: each figure now, its last two minutes, and its
 * change over 30 s (`tick`: the timeline's sample count). History
 * (`history`): each figure over the whole range, its line over the range's
 * buckets, and its change from the earlier period when one is compared.
 */
export const SummaryCards = memo(function SummaryCards({
  timeline,
  tick,
  history,
  loading = false,
}: {
  timeline: Timeline;
  tick: number;
  history?: HistoryTotals;
  /** Before the first data: placeholders instead of zeros. */
  loading?: boolean;
}) {
  const figures: CardFigures = history
    ? {
        now: history.now,
        before: history.earlier,
        kept: history.buckets,
        versus: 'vs the earlier period',
        noBefore: history.noEarlier ? 'no earlier data' : 'over the range',
      }
    : {
        // The figures as of the tick: the cards redraw once a second, with the timeline's samples.
        now: timeline.totalsAgo(0, tick),
        before: timeline.totalsAgo(TREND_S, tick),
        kept: timeline.totalsUpTo(tick),
        versus: `vs ${TREND_S} s ago`,
        noBefore: `trend after ${TREND_S} s`,
      };
  const card = (id: string, label: string, pick: (t: Totals) => number, format: (v: number) => string, worseWhenUp: boolean, noBefore = figures.noBefore) => {
    const { now, kept } = figures;
    // An earlier period without events is no baseline (a trend from nothing would read "+∞%").
    const before = history?.noEarlier ? undefined : figures.before;
    const v = now ? pick(now) : 0;
    const b = before ? pick(before) : undefined;
    const delta = b === undefined ? undefined : b === 0 ? (v === 0 ? 0 : undefined) : (v - b) / b;
    const dir = delta === undefined || Math.abs(delta) < 0.02 ? 'flat' : delta > 0 ? 'up' : 'down';
    const bad = dir !== 'flat' && (dir === 'up') === worseWhenUp;
    const trendText =
      before === undefined
        ? noBefore
        : delta === undefined
          ? `was ${format(b ?? 0)} ${history ? 'in the earlier period' : `${TREND_S} s ago`}`
          : `${delta >= 0 ? '+' : ''}${(delta * 100).toFixed(0)}% ${figures.versus}`;
    return (
      <div className="card" data-testid={`card-${id}`} data-value={v}>
        <div className="card-body">
          <div className="card-label" title={history ? 'over the whole chosen range (averages: per second of the range)' : undefined}>
            {label}
          </div>
          {/* Loading: a placeholder, and no sample yet: a dash, since a zero would read as a real figure. */}
          {loading ? (
            <div className="card-value skeleton" data-testid="card-loading" aria-label="loading" />
          ) : (
            <div className="card-value">{now === undefined ? '–' : format(v)}</div>
          )}
          <div
            className={`trend ${dir} ${bad ? 'worse' : dir === 'flat' ? '' : 'better'}`}
            title={history ? 'change from the earlier period' : `change over the last ${TREND_S} s`}
          >
            <span aria-hidden>{dir === 'up' ? '▲' : dir === 'down' ? '▼' : '→'}</span> {trendText}
          </div>
        </div>
        <Sparkline values={kept.map(pick)} />
      </div>
    );
  };
  return (
    <section className="cards" aria-label={history ? 'Summary over the range' : 'Summary'} data-mode={history ? 'history' : 'live'} data-tick={tick}>
      {card(
        'events',
        history ? 'Events/s (avg)' : 'Events/s',
        (t) => t.eventsPerSecond,
        // A range's average is often small (a few events over days): three significant digits, not "0.0".
        history ? sig3 : rate,
        false,
        history && !history.noEarlier ? `${count(history.events)} event${history.events === 1 ? '' : 's'} in the range` : undefined,
      )}
      {card('throughput', history ? 'Throughput (avg)' : 'Throughput', (t) => t.throughput, bytesPerSecond, false)}
      {card(
        'worst-p90',
        'Worst p90',
        (t) => t.worstP90,
        (v) => `${ms(v)} ms`,
        true,
      )}
      {card('active', history ? 'Series with events' : 'Active series', (t) => t.activeSeries, count, false)}
    </section>
  );
});
