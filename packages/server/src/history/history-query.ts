import type { HistoryPoint, HistoryResult } from '@latency-dash/protocol';
import type { HistoryBackend, Resolution } from './history-backend.js';
import { Slicer } from '../slices.js';
import { Rollup, mergeRow } from './rollup.js';
import type { Retention } from './history-recorder.js';

export type { HistoryPoint, HistoryResult };
/** What the file holds for a query; the route adds what it does not (gaps, pending). */
export type StoredHistory = Omit<HistoryResult, 'gaps' | 'pending'>;

export interface HistoryQuery {
  target: string;
  split: boolean;
  key?: string;
  /** Canonical metadata JSON (see metadataJson). */
  metadata?: string;
  fromMs: number;
  toMs: number;
  /** Bucket width in seconds; chosen for ~300 points when absent; 'all' = one bucket for the whole range. */
  stepS?: number | 'all';
}

export const MAX_POINTS = 5000;
const NICE_STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400];

export class HistoryQueryError extends Error {}

/**
 * Reads rolled-up history: merges the stored rollups of each bucket (sketches
 * merged, so percentiles are right over any range) into points. Per-second
 * rows serve steps under a minute within their retention; otherwise
 * per-minute rows, plus per-second rows for the recent minutes not yet
 * folded into them. Reads page by page and yields to the event loop
 * between slices, so a day of per-second rows of many series never holds
 * other requests and viewers.
 */
export async function queryHistory(
  store: HistoryBackend,
  q: HistoryQuery,
  nowMs: number,
  retention: Retention,
  downsampledToS: number | undefined,
): Promise<StoredHistory> {
  if (!(q.toMs > q.fromMs)) throw new HistoryQueryError('to must be after from');
  const rangeS = (q.toMs - q.fromMs) / 1000;
  const whole = q.stepS === 'all';
  let stepS: number = whole ? Math.max(1, Math.ceil(rangeS)) : ((q.stepS as number | undefined) ?? NICE_STEPS_S.find((s) => rangeS / s <= 300) ?? 86_400);
  if (!Number.isInteger(stepS) || stepS < 1) throw new HistoryQueryError('step must be a whole number of seconds, at least 1');
  const perSecondFrom = nowMs / 1000 - retention.perSecondS;
  // One bucket over a range reads per-second rows only when it is short (≤ 1 h).
  const resolution: Resolution = (whole ? rangeS <= 3600 : stepS < 60) && q.fromMs / 1000 >= perSecondFrom ? '1s' : '1m';
  if (!whole && resolution === '1m' && stepS % 60 !== 0) stepS = Math.ceil(stepS / 60) * 60;
  if (rangeS / stepS > MAX_POINTS) throw new HistoryQueryError(`that range at step ${stepS}s is over ${MAX_POINTS} points; use a larger step`);

  const fromS = whole ? Math.floor(q.fromMs / 1000) : Math.floor(q.fromMs / 1000 / stepS) * stepS;
  const toS = Math.ceil(q.toMs / 1000);
  const slicer = new Slicer();
  const series: HistoryResult['series'] = [];
  for (const s of await store.findSeries(q.target, q.split, q.key, q.metadata)) {
    const buckets = new Map<number, Rollup>();
    for (const [res, from, to] of rangesFor(resolution, fromS, toS, downsampledToS)) {
      for (let after = from; after < to;) {
        const { rows: page, next } = await store.rowsPage(res, s.id, after, to);
        for (let i = 0; i < page.length; i++) {
          const row = page[i];
          const start = whole ? fromS : Math.floor(row.ts / stepS) * stepS;
          let b = buckets.get(start);
          if (b === undefined) buckets.set(start, (b = new Rollup()));
          // Merging a row decodes its sketch (tens of µs): the page is cut into slices too.
          mergeRow(b, row);
          if ((i & 31) === 31) await slicer.maybeYield();
        }
        await slicer.maybeYield();
        after = next;
      }
    }
    series.push({ key: s.key, metadata: JSON.parse(s.metadata) as Record<string, string>, points: points(buckets, stepS) });
    await slicer.maybeYield();
  }
  return { target: q.target, split: q.split, fromMs: q.fromMs, toMs: q.toMs, stepS, resolution, series };
}

/** Which rows serve [fromS, toS): per-minute rows up to where they are complete, per-second rows after. */
function rangesFor(resolution: Resolution, fromS: number, toS: number, downsampledToS: number | undefined): [Resolution, number, number][] {
  if (resolution === '1s') return [['1s', fromS, toS]];
  const foldedTo = Math.min(toS, downsampledToS ?? fromS);
  return [
    ['1m', fromS, foldedTo],
    ['1s', Math.max(fromS, foldedTo), toS],
  ];
}

function points(buckets: Map<number, Rollup>, stepS: number): HistoryPoint[] {
  return [...buckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, r]) => ({
      t: start * 1000,
      events: r.events,
      samples: r.samples,
      min: r.samples > 0 ? r.min : 0,
      max: r.samples > 0 ? r.max : 0,
      avg: r.samples > 0 ? r.sum / r.samples : 0,
      p50: r.percentile(50),
      p90: r.percentile(90),
      p95: r.percentile(95),
      p99: r.percentile(99),
      throughput: r.bytes / stepS,
      eventsPerSecond: r.events / stepS,
      avgProcessingMs: r.events > 0 ? r.processingMs / r.events : 0,
    }));
}
