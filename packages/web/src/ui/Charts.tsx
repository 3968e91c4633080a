import { memo, useMemo } from 'react';
import type { AlignedData } from 'uplot';
import type { Timeline } from '../core/timeline.js';
import type { Row } from '@latency-dash/protocol/live';
import { histogramOptions, historyOptions, latencyOptions, p90Histogram, throughputOptions, type HistoryChart } from './chart-options.js';
import { withGaps } from './chart-time.js';
import { EventsBreakdown } from './EventsBreakdown.js';
import { UPlotChart } from './UPlotChart.js';

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
}

/** Latency over time, throughput bars, events by metadata, and the p90 distribution. */
export const Charts = memo(function Charts({ timeline, tick, rows, chartIds, labels, theme, history }: ChartsProps) {
  const latency = useMemo(() => {
    const { times, values } = timeline.series(chartIds, tick);
    return withGaps([times, ...values] as AlignedData);
  }, [timeline, chartIds, tick]);

  const throughput = useMemo(() => {
    const totals = timeline.totalsUpTo(tick);
    const t = timeline.series([], tick).times.slice(-totals.length);
    return withGaps([t, totals.slice(-t.length).map((x) => x.throughput)] as AlignedData);
  }, [timeline, tick]);

  // Distribution and breakdown follow the rows of the 1 s tick, not every frame:
  // with 10,000 rows they are the costliest things drawn, and a second is fresh enough.
  const histogram = useMemo(() => p90Histogram(rows), [rows]);

  const latencyKey = history ? `h|${theme}|${history.labels.join('|')}|${history.rangeS.join('-')}` : `${theme}|${chartIds.join('|')}`;

  return (
    <section className="charts" aria-label="Live charts">
      <figure className="panel wide">
        <figcaption>
          p90 latency over time{' '}
          {history ? '(history; dashed: earlier period)' : chartIds.length === 0 ? '— no series yet' : `— ${chartIds.length} series (click rows to choose)`}
        </figcaption>
        <UPlotChart
          optionsKey={latencyKey}
          options={history ? historyOptions(history) : latencyOptions(chartIds, labels)}
          data={history ? history.data : latency}
          height={220}
          label="p90 latency over time per series"
        />
      </figure>
      <figure className="panel">
        <figcaption>Throughput (all shown series)</figcaption>
        <UPlotChart optionsKey={`tp|${theme}`} options={throughputOptions} data={throughput} height={160} label="Total throughput per second" />
      </figure>
      <EventsBreakdown rows={rows} theme={theme} />
      <figure className="panel">
        <figcaption>p90 distribution across series</figcaption>
        <UPlotChart optionsKey={`hist|${theme}`} options={histogramOptions} data={histogram} height={160} label="Histogram of p90 latency across series" />
      </figure>
    </section>
  );
});
