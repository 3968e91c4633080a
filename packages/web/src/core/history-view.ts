import { METRICS } from '@latency-dash/protocol';
import type { AlignedData } from 'uplot';
import type { HistoryPoint, HistoryResult } from './api.js';
import { metadataLabel, type MetricValues, type Row } from '@latency-dash/protocol/live';
import type { Totals } from './timeline.js';
import type { ViewState } from './view-state.js';

export const RANGES: Record<string, number> = { '15m': 15 * 60_000, '1h': 3600_000, '6h': 6 * 3600_000, '24h': 24 * 3600_000, '7d': 7 * 86_400_000 };
export const COMPARE: Record<string, number> = { '1d': 86_400_000, '1w': 7 * 86_400_000 };

const seriesLabel = (target: string, key: string, metadata: Record<string, string>) => {
  const label = metadataLabel(metadata);
  return `${target}/${key}${label ? ` {${label}}` : ''}`;
};

/** The range a view asks for, in Unix ms: a custom range as it is, a relative one ending now. */
export function rangeBounds(view: Pick<ViewState, 'range' | 'fromMs' | 'toMs'>, nowMs: number): { fromMs: number; toMs: number } {
  if (view.range === 'custom') return { fromMs: view.fromMs, toMs: view.toMs };
  return { fromMs: nowMs - (RANGES[view.range] ?? RANGES['15m']), toMs: nowMs };
}

/** A table row's id for a series of a history answer (also how the chart and cards find the rows shown). */
export function historyRowId(target: string, split: boolean, key: string, metadata: Record<string, string>): string {
  return `h\u0000${target}\u0000${split ? 's' : 'c'}\u0000${key}\u0000${metadataLabel(metadata)}`;
}

/**
 * What history does not keep (the last payload, the time of the last
 * event) is NaN: the table shows "live only" there instead of a 0 B or a
 * time that reads as real.
 */
export const LIVE_ONLY = Number.NaN;

/** A whole-range bucket as row figures: each metric from the point field the metric table names (`history`). */
function historyMetrics(p: HistoryPoint): MetricValues {
  const out = {} as MetricValues;
  for (const m of METRICS) out[m.id] = 'history' in m ? p[m.history] : LIVE_ONLY;
  return out;
}

/** Table rows for a range: each series' single whole-range bucket (merged sketches on the server). */
export function historyRows(results: readonly HistoryResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    for (const s of r.series) {
      // Asked with step=all: one point covering the whole range.
      const p = s.points[0];
      if (p === undefined || p.events === 0) continue;
      const label = metadataLabel(s.metadata);
      rows.push({
        id: historyRowId(r.target, r.split, s.key, s.metadata),
        targetId: r.target,
        split: r.split,
        seriesId: 0,
        key: s.key,
        metadata: s.metadata,
        metadataLabel: label,
        changedAtMs: 0,
        updates: 0,
        version: 0,
        sortRank: -1,
        ...historyMetrics(p),
      });
    }
  }
  return rows;
}

/**
 * Chart data for a range: p90 of the chosen series over time, and the same
 * series `compareMs` earlier, shifted onto the same time axis (dashed).
 */
export function historyChart(
  now: readonly HistoryResult[],
  before: readonly HistoryResult[],
  ids: readonly string[],
  compareMs: number,
): { data: AlignedData; labels: string[]; dashed: boolean[]; rangeS: [number, number]; noEarlier: boolean } {
  const pick = (results: readonly HistoryResult[], shiftMs: number) => {
    const bySeries = new Map<string, Map<number, number>>();
    for (const r of results) {
      for (const s of r.series) {
        const id = seriesLabel(r.target, s.key, s.metadata);
        const points = s.points.filter((p) => p.samples > 0);
        // A series the file knows but with nothing in this range is absent, not a line of gaps.
        if (points.length > 0) bySeries.set(id, new Map(points.map((p) => [p.t + shiftMs, p.p90])));
      }
    }
    return bySeries;
  };
  const current = pick(now, 0);
  const earlier = pick(before, compareMs);
  const times = new Set<number>();
  for (const m of [...current.values(), ...earlier.values()]) for (const t of m.keys()) times.add(t);
  const axis = [...times].sort((a, b) => a - b);
  const data: (number | null)[][] = [];
  const labels: string[] = [];
  const dashed: boolean[] = [];
  for (const id of ids) {
    const c = current.get(id);
    if (c) {
      data.push(axis.map((t) => c.get(t) ?? null));
      labels.push(id);
      dashed.push(false);
    }
    const e = earlier.get(id);
    if (e && compareMs > 0) {
      data.push(axis.map((t) => e.get(t) ?? null));
      labels.push(`${id} (earlier)`);
      dashed.push(true);
    }
  }
  const from = now[0]?.fromMs ?? axis[0] ?? 0;
  const to = now[0]?.toMs ?? axis[axis.length - 1] ?? 0;
  // Compared, yet none of the charted series has a point in the earlier period.
  const noEarlier = compareMs > 0 && !dashed.some((d) => d);
  return { data: [axis.map((t) => t / 1000), ...data] as AlignedData, labels, dashed, rangeS: [from / 1000, to / 1000], noEarlier };
}

/**
 * The summary cards' figures for a range, from history: the whole range
 * (one point per series) and each bucket over time (for the sparklines and
 * the throughput chart), counting only the series in `shown` (the table's
 * rows after filters). Events/s and throughput are averages over the range
 * (a bucket's events over its width), as the table's rows are.
 */
export function historyTotals(
  whole: readonly HistoryResult[],
  overTime: readonly HistoryResult[],
  shown: ReadonlySet<string>,
): { now: Totals; events: number; times: number[]; buckets: Totals[] } {
  const now = emptyTotals();
  let events = 0;
  for (const r of whole) {
    for (const s of r.series) {
      const p = s.points[0];
      if (p === undefined || p.events === 0 || !shown.has(historyRowId(r.target, r.split, s.key, s.metadata))) continue;
      addPoint(now, p);
      events += p.events;
    }
  }
  const byTime = new Map<number, Totals>();
  // Every bucket of the range, those without events at 0: a line over a week
  // with events in one minute must not read as a steady ramp between two points.
  const grid = overTime[0];
  if (grid !== undefined && grid.stepS > 0) {
    const stepMs = grid.stepS * 1000;
    const first = Math.floor(grid.fromMs / stepMs) * stepMs;
    for (let t = first; t < grid.toMs && byTime.size < MAX_BUCKETS; t += stepMs) byTime.set(t, emptyTotals());
  }
  for (const r of overTime) {
    for (const s of r.series) {
      if (!shown.has(historyRowId(r.target, r.split, s.key, s.metadata))) continue;
      for (const p of s.points) {
        let t = byTime.get(p.t);
        if (t === undefined) byTime.set(p.t, (t = emptyTotals()));
        if (p.events > 0) addPoint(t, p);
      }
    }
  }
  const times = [...byTime.keys()].sort((a, b) => a - b);
  return { now, events, times: times.map((t) => t / 1000), buckets: times.map((t) => byTime.get(t)!) };
}

/** The server answers at most 5,000 points a series (history-query's MAX_POINTS). */
const MAX_BUCKETS = 5000;

const emptyTotals = (): Totals => ({ eventsPerSecond: 0, throughput: 0, worstP90: 0, activeSeries: 0 });

function addPoint(t: Totals, p: HistoryPoint): void {
  t.eventsPerSecond += p.eventsPerSecond;
  t.throughput += p.throughput;
  if (p.samples > 0 && p.p90 > t.worstP90) t.worstP90 = p.p90;
  t.activeSeries++;
}

export { seriesLabel };
