import uPlot, { type AlignedData, type Options } from 'uplot';
import { bytesPerSecond, ms, type Row } from '@latency-dash/protocol/live';
import { PALETTE, cssVar } from './palette.js';

/** History mode's p90 chart: the data instead of the live timeline (earlier series dashed). */
export interface HistoryChart {
  data: AlignedData;
  labels: string[];
  dashed: boolean[];
  rangeS: [number, number];
}

/** Room for the widest tick label (uPlot's fixed default cuts "200.0 kB/s" short). */
const labelWidth = (_u: uPlot, values: string[] | null) => 24 + 7 * Math.max(3, ...(values ?? []).map((v) => v.length));

const axes = (yFormat: (v: number) => string): Options['axes'] => {
  const stroke = cssVar('--muted');
  const grid = { stroke: cssVar('--grid'), width: 1 };
  return [
    { stroke, grid, ticks: grid },
    { stroke, grid, ticks: grid, size: labelWidth, values: (_u, vals) => vals.map((v) => (v == null ? '' : v === 0 ? '0' : yFormat(v))) },
  ];
};

const msValue = (_u: uPlot, v: number | null) => (v == null ? '–' : `${ms(v)} ms`);

export const historyOptions =
  (history: HistoryChart | undefined) =>
  (width: number): Options => ({
    width,
    height: 220,
    legend: { show: true, live: false },
    cursor: { drag: { x: true, y: false } },
    // The axis spans the range asked for, however few points it holds.
    scales: { x: { time: true, range: () => history?.rangeS ?? [0, 1] } },
    axes: axes(ms),
    series: [
      {},
      ...(history?.labels ?? []).map((label, i) => ({
        label,
        stroke: PALETTE[Math.max(0, history!.dashed.slice(0, i + 1).filter((d) => !d).length - 1) % PALETTE.length],
        dash: history!.dashed[i] ? [5, 4] : undefined,
        width: history!.dashed[i] ? 1 : 1.5,
        spanGaps: true,
        value: msValue,
      })),
    ],
  });

export const latencyOptions =
  (chartIds: readonly string[], labels: ReadonlyMap<string, string>) =>
  (width: number): Options => ({
    width,
    height: 220,
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: true } },
    axes: axes(ms),
    series: [
      {},
      ...chartIds.map((id, i) => ({ label: labels.get(id) ?? id, stroke: PALETTE[i % PALETTE.length], width: 1.5, spanGaps: true, value: msValue })),
    ],
  });

const bars = () => uPlot.paths.bars!({ size: [0.8, 40] });

export const throughputOptions = (width: number): Options => ({
  width,
  height: 160,
  legend: { show: false },
  cursor: { drag: { x: false, y: false } },
  scales: { x: { time: true } },
  axes: axes(bytesPerSecond),
  series: [{}, { label: 'throughput', stroke: PALETTE[2], fill: `${PALETTE[2]}99`, paths: bars(), points: { show: false } }],
});

export const histogramOptions = (width: number): Options => ({
  width,
  height: 160,
  legend: { show: false },
  cursor: { drag: { x: false, y: false } },
  // Counts from zero, in whole numbers.
  scales: { x: { time: false, distr: 3 }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
  axes: [
    { stroke: cssVar('--muted'), grid: { show: false }, values: (_u, vals) => vals.map((v) => (v == null ? '' : ms(v))) },
    {
      stroke: cssVar('--muted'),
      grid: { stroke: cssVar('--grid'), width: 1 },
      size: 44,
      incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000],
      values: (_u, vals) => vals.map((v) => (v == null ? '' : String(v))),
    },
  ],
  series: [{}, { label: 'series', stroke: PALETTE[0], fill: `${PALETTE[0]}99`, paths: bars(), points: { show: false } }],
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
