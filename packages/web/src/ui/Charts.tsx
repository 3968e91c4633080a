import { memo, useMemo } from 'react';
import type { AlignedData } from 'uplot';
import { bytesPerSecond, sig3 } from '@latency-dash/protocol/live';
import type { Timeline } from '../core/timeline.js';
import type { Row } from '@latency-dash/protocol/live';
import { histogramOptions, historyColour, historyOptions, latencyOptions, p90Histogram, throughputOptions, type HistoryChart } from './chart-options.js';
import { withGaps } from './chart-time.js';
import { EventsBreakdown } from './EventsBreakdown.js';
import { LegendStats, type LegendEntry } from './LegendStats.js';
import { PALETTE } from './palette.js';
import { UPlotChart } from './UPlotChart.js';
import type { HistoryTotals } from './use-history-view.js';

export interface ChartsProps {
  timeline: Timeline;
  /** The timeline's sample count: bumps once a second, so the charts redraw once a second. */
  tick: number;
  /** The rows as of the tick (or the last change of view), not of every frame. */
  rows: readonly Row[];
  chartIds: string[];
  labels: ReadonlyMap<string, string>;
  theme: 'light' | 'dark';
  /** History mode: the p90 chart's data instead of the live timeline (earlier series dashed). */
  history?: HistoryChart;
  /** History mode: the range's totals per bucket, for the throughput chart. */
  historyTotals?: HistoryTotals;
  /** History mode: a stretch dragged across the p90 chart becomes the range. */
  onZoom: (fromMs: number, toMs: number) => void;
}

const msText = (v: number) => `${sig3(v)} ms`;
const THROUGHPUT_LEGEND: LegendEntry[] = [{ label: 'throughput', colour: PALETTE[2] }];

/** Latency over time, throughput bars, events by metadata, and the p90 distribution: live, or over the chosen history range. */
export const Charts = memo(function Charts({ timeline, tick, rows, chartIds, labels, theme, history, historyTotals, onZoom }: ChartsProps) {
  const latency = useMemo(() => {
    const { times, values } = timeline.series(chartIds, tick);
    return withGaps([times, ...values] as AlignedData);
  }, [timeline, chartIds, tick]);

  const throughput = useMemo(() => {
    if (historyTotals) return [historyTotals.times, historyTotals.buckets.map((b) => b.throughput)] as AlignedData;
    const totals = timeline.totalsUpTo(tick);
    const t = timeline.series([], tick).times.slice(-totals.length);
    return withGaps([t, totals.slice(-t.length).map((x) => x.throughput)] as AlignedData);
  }, [timeline, tick, historyTotals]);

  // Distribution and breakdown follow the rows of the 1 s tick, not every frame:
  // with 10,000 rows they are the costliest things drawn, and a second is fresh enough.
  const histogram = useMemo(() => p90Histogram(rows), [rows]);

  const legend = useMemo<LegendEntry[]>(
    () =>
      history
        ? history.labels.map((label, i) => ({ label, colour: historyColour(history, i), dashed: history.dashed[i] }))
        : chartIds.map((id, i) => ({ label: labels.get(id) ?? id, colour: PALETTE[i % PALETTE.length] })),
    [history, chartIds, labels],
  );

  const latencyKey = history ? `h|${theme}|${history.labels.join('|')}|${history.rangeS.join('-')}` : `${theme}|${chartIds.join('|')}`;
  const throughputKey = history ? `tp|h|${theme}|${history.rangeS.join('-')}` : `tp|${theme}`;
  const scope = history ? ' — over the range' : '';

  return (
    <section className="charts" aria-label={history ? 'History charts' : 'Live charts'} data-mode={history ? 'history' : 'live'}>
      <figure className="panel wide">
        <figcaption>
          p90 latency over time{' '}
          {history
            ? `(history${history.dashed.some((d) => d) ? '; dashed: earlier period' : ''}) — ${history.labels.filter((_, i) => !history.dashed[i]).length} series (click rows to choose, drag to zoom)`
            : chartIds.length === 0
              ? '— no series yet'
              : `— ${chartIds.length} series (click rows to choose)`}
        </figcaption>
        {history?.noEarlier ? (
          <div className="history-empty" data-testid="no-earlier">
            No earlier data: nothing was recorded for these series in the period compared with.
          </div>
        ) : null}
        <UPlotChart
          optionsKey={latencyKey}
          options={history ? historyOptions(history, onZoom) : latencyOptions(chartIds, labels)}
          data={history ? history.data : latency}
          height={220}
          label="p90 latency over time per series"
        />
        {/* Its height is set, scrolling past five series: the panel, and the table under it, must not move when the
            first figures arrive or rows are charted (a focused row scrolled into view would slip out of it). */}
        <div className="legend-box">
          <LegendStats entries={legend} data={history ? history.data : latency} format={msText} testId="legend-p90" />
        </div>
      </figure>
      <figure className="panel">
        <figcaption>Throughput (all shown series){scope}</figcaption>
        <UPlotChart
          optionsKey={throughputKey}
          options={throughputOptions(history?.rangeS)}
          data={throughput}
          height={160}
          label="Total throughput per second"
        />
        <LegendStats entries={THROUGHPUT_LEGEND} data={throughput} format={bytesPerSecond} testId="legend-throughput" nameless />
      </figure>
      <EventsBreakdown rows={rows} theme={theme} scope={history ? ' — average over the range' : ''} />
      <figure className="panel">
        <figcaption>p90 distribution across series{history ? ' — whole range' : ''}</figcaption>
        <UPlotChart optionsKey={`hist|${theme}`} options={histogramOptions} data={histogram} height={160} label="Histogram of p90 latency across series" />
      </figure>
    </section>
  );
});
