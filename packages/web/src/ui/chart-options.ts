import uPlot, { type AlignedData, type Options } from 'uplot';
import { bytesPerSecond, ms, sig3, type Row } from '@latency-dash/protocol/live';
import { timeLabel } from './chart-time.js';
import { tooltipPlugin } from './chart-tooltip.js';
import { PALETTE, cssVar } from './palette.js';

/** History mode's p90 chart: the data instead of the live timeline (earlier series dashed). */
export interface HistoryChart {
  data: AlignedData;
  labels: string[];
  dashed: boolean[];
  rangeS: [number, number];
  /** Compared, and no charted series has data in the earlier period. */
  noEarlier: boolean;
}

/** A history series' colour: an earlier period's line takes the colour of the series it follows. */
export function historyColour(history: Pick<HistoryChart, 'dashed'>, i: number): string {
  return PALETTE[Math.max(0, history.dashed.slice(0, i + 1).filter((d) => !d).length - 1) % PALETTE.length];
}

/**
 * Drag across a history chart: the selected stretch becomes the range
 * (`onZoom`, Unix ms, whole seconds). The scale itself is left alone: the
 * view changes, and the chart is redrawn from the new range's answer.
 */
function dragToZoom(onZoom: (fromMs: number, toMs: number) => void): uPlot.Plugin {
  return {
    hooks: {
      setSelect: (u) => {
        const { left, width } = u.select;
        if (width < 2) return;
        const fromMs = Math.floor(u.posToVal(left, 'x')) * 1000;
        const toMs = Math.ceil(u.posToVal(left + width, 'x')) * 1000;
        u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        if (toMs > fromMs) onZoom(fromMs, toMs);
      },
    },
  };
}

/** Room for the widest tick label (uPlot's fixed default cuts "200.0 kB/s" short). */
const labelWidth = (_u: uPlot, values: string[] | null) => 24 + 7 * Math.max(3, ...(values ?? []).map((v) => v.length));

/** Local 24 h labels, far enough apart that the widest ("11-25 14:05") never touches the next. */
const timeAxisValues = (u: uPlot, splits: number[], _axis: number, _space: number, incr: number) => {
  const span = (u.scales.x.max ?? 0) - (u.scales.x.min ?? 0);
  return splits.map((t) => timeLabel(t, incr, span));
};

/** Room on the right for half the last time label, which uPlot centres on its tick at the plot's edge. */
const TIME_PADDING: Options['padding'] = [12, 40, null, null];

const TIME_INCRS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];

const axes = (yFormat: (v: number) => string): Options['axes'] => {
  const stroke = cssVar('--muted');
  const grid = { stroke: cssVar('--grid'), width: 1 };
  return [
    // Whole seconds and up: sub-second ticks would repeat the same label.
    { stroke, grid, ticks: grid, space: 90, incrs: TIME_INCRS, values: timeAxisValues },
    { stroke, grid, ticks: grid, size: labelWidth, values: (_u, vals) => vals.map((v) => (v == null ? '' : v === 0 ? '0' : yFormat(v))) },
  ];
};

const msValue = (_u: uPlot, v: number | null) => (v == null ? '–' : `${sig3(v)} ms`);

/** One point in time has no width: show the last minute up to it, not a span of years. */
const liveRange: uPlot.Range.Function = (_u, min, max) => (min === max ? [min - 60, max] : [min, max]);

/** Live time charts share one crosshair: the same second is marked on each. */
const syncedCursor = { sync: { key: 'live-time' }, drag: { x: false, y: false } };

export const historyOptions =
  (history: HistoryChart | undefined, onZoom: (fromMs: number, toMs: number) => void) =>
  (width: number): Options => ({
    width,
    height: 220,
    // The legend with min/max/mean/last is drawn under the chart (LegendStats).
    padding: TIME_PADDING,
    legend: { show: false },
    cursor: { drag: { x: true, y: false, setScale: false } },
    plugins: [tooltipPlugin(sig3, 'ms'), dragToZoom(onZoom)],
    // The axis spans the range asked for, however few points it holds.
    scales: { x: { time: true, range: () => history?.rangeS ?? [0, 1] } },
    axes: axes(ms),
    series: [
      {},
      ...(history?.labels ?? []).map((label, i) => ({
        label,
        stroke: historyColour(history!, i),
        dash: history!.dashed[i] ? [5, 4] : undefined,
        width: history!.dashed[i] ? 1 : 1.5,
        // Buckets without data are gaps, not lines drawn across them.
        spanGaps: false,
        value: msValue,
      })),
    ],
  });

export const latencyOptions =
  (chartIds: readonly string[], labels: ReadonlyMap<string, string>) =>
  (width: number): Options => ({
    width,
    height: 220,
    padding: TIME_PADDING,
    legend: { show: false },
    cursor: syncedCursor,
    plugins: [tooltipPlugin(sig3, 'ms')],
    scales: { x: { time: true, range: liveRange } },
    axes: axes(ms),
    series: [
      {},
      // No line across seconds without a value (the series was idle, or the page was not receiving).
      ...chartIds.map((id, i) => ({ label: labels.get(id) ?? id, stroke: PALETTE[i % PALETTE.length], width: 1.5, spanGaps: false, value: msValue })),
    ],
  });

/** Bars are centred on their second: half a second more each side keeps the first and last bar whole. */
const liveBarsRange: uPlot.Range.Function = (u, min, max) => {
  const [lo, hi] = liveRange(u, min, max, 'x') as [number, number];
  return [lo - 0.5, hi + 0.5];
};

const bars = () => uPlot.paths.bars!({ size: [0.8, 40] });

/** Live: the timeline's seconds. History (`rangeS`): the range's buckets, the axis spanning the whole range. */
export const throughputOptions =
  (rangeS?: [number, number]) =>
  (width: number): Options => ({
    width,
    height: 160,
    padding: TIME_PADDING,
    legend: { show: false },
    cursor: rangeS ? { drag: { x: false, y: false } } : syncedCursor,
    plugins: [tooltipPlugin(bytesPerSecond, '')],
    // Bars start at zero: a 4% wobble must look like 4%, not like a doubling.
    scales: { x: { time: true, range: rangeS ? () => rangeS : liveBarsRange }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: axes(bytesPerSecond),
    series: [{}, { label: 'throughput', stroke: PALETTE[2], fill: `${PALETTE[2]}99`, paths: bars(), points: { show: false } }],
  });

export const histogramOptions = (width: number): Options => ({
  width,
  height: 160,
  legend: { show: false },
  cursor: { drag: { x: false, y: false } },
  // Counts from zero, in whole numbers.
  // Whole decades around the buckets: the end bars are drawn whole and the ticks fall on 1, 10, 100 …
  scales: {
    x: { time: false, distr: 3, range: (_u, min, max) => [10 ** Math.floor(Math.log10(min / 1.6)), 10 ** Math.ceil(Math.log10(max * 1.6))] },
    y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] },
  },
  axes: [
    {
      stroke: cssVar('--muted'),
      grid: { show: false },
      space: 28,
      label: 'p90 (ms)',
      labelSize: 18,
      values: (_u, vals) => vals.map((v) => (v == null ? '' : ms(v))),
    },
    {
      stroke: cssVar('--muted'),
      grid: { stroke: cssVar('--grid'), width: 1 },
      size: 44,
      label: 'series',
      labelSize: 18,
      incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000],
      values: (_u, vals) => vals.map((v) => (v == null ? '' : String(v))),
    },
  ],
  series: [{}, { label: 'series', stroke: PALETTE[0], fill: `${PALETTE[0]}99`, paths: bars(), points: { show: false } }],
  // A bucket is named by its upper edge (see p90Histogram).
  plugins: [
    tooltipPlugin(
      (n) => String(n),
      '',
      (edge) => `p90 up to ${ms(edge)} ms`,
    ),
  ],
});

/** Series counted by p90 in log-spaced buckets (1, 2, 5, 10, … ms). */
export function p90Histogram(rows: readonly Row[]): AlignedData {
  const edges: number[] = [];
  for (let e = 0.1; e <= 1e6; e *= 10) edges.push(e, e * 2, e * 5);
  const counts = new Array<number>(edges.length).fill(0);
  let lo = edges.length;
  let hi = 0;
  for (const r of rows) {
    if (r.sampleCount === 0) continue;
    // Edges are 1-2-5 steps per decade from 0.1: index straight from log10.
    const v = Math.max(r.p90, 0.05);
    const decade = Math.floor(Math.log10(v / 0.1));
    const mantissa = v / (0.1 * 10 ** decade);
    let i = decade * 3 + (mantissa < 2 ? 1 : mantissa < 5 ? 2 : 3);
    if (i >= edges.length) i = edges.length - 1;
    if (i < 0) i = 0;
    counts[i]++;
    lo = Math.min(lo, i);
    hi = Math.max(hi, i);
  }
  if (lo > hi)
    return [
      [1, 10, 100],
      [null, null, null],
    ];
  // Empty buckets draw nothing (a 0 would draw a flat bar on the axis).
  return [edges.slice(lo, hi + 1), counts.slice(lo, hi + 1).map((c) => (c === 0 ? null : c))];
}
