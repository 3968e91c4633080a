import { METRICS } from '@latency-dash/protocol';
import type { AlignedData } from 'uplot';
import type { HistoryPoint, HistoryResult } from './api.js';
import { metadataLabel, type MetricValues, type Row } from '@latency-dash/protocol/live';

export const RANGES: Record<string, number> = { '15m': 15 * 60_000, '1h': 3600_000, '6h': 6 * 3600_000, '24h': 24 * 3600_000, '7d': 7 * 86_400_000 };
export const COMPARE: Record<string, number> = { '1d': 86_400_000, '1w': 7 * 86_400_000 };

const seriesLabel = (target: string, key: string, metadata: Record<string, string>) => {
  const label = metadataLabel(metadata);
  return `${target}/${key}${label ? ` {${label}}` : ''}`;
};

/**
 * A whole-range bucket as row figures: each metric from the point field the
 * metric table names (`history`); the time of the range's end for a time;
 * 0 for what history does not keep (the last payload).
 */
function historyMetrics(p: HistoryPoint, toMs: number): MetricValues {
  const out = {} as MetricValues;
  for (const m of METRICS) out[m.id] = 'history' in m ? p[m.history] : m.kind === 'time' ? toMs : 0;
  return out;
}

/** Table rows for a range: each series' single whole-range bucket (merged sketches on the server). */
export function historyRows(results: readonly HistoryResult[], toMs: number): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    for (const s of r.series) {
      // Asked with step=all: one point covering the whole range.
      const p = s.points[0];
      if (p === undefined || p.events === 0) continue;
      const label = metadataLabel(s.metadata);
      rows.push({
        id: `h\u0000${r.target}\u0000${r.split ? 's' : 'c'}\u0000${s.key}\u0000${label}`,
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
        ...historyMetrics(p, toMs),
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
): { data: AlignedData; labels: string[]; dashed: boolean[]; rangeS: [number, number] } {
  const pick = (results: readonly HistoryResult[], shiftMs: number) => {
    const bySeries = new Map<string, Map<number, number>>();
    for (const r of results) {
      for (const s of r.series) {
        const id = seriesLabel(r.target, s.key, s.metadata);
        bySeries.set(id, new Map(s.points.filter((p) => p.samples > 0).map((p) => [p.t + shiftMs, p.p90])));
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
  return { data: [axis.map((t) => t / 1000), ...data] as AlignedData, labels, dashed, rangeS: [from / 1000, to / 1000] };
}

export { seriesLabel };
