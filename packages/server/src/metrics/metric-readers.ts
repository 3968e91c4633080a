import { METRICS, type MetricSource, type MetricsUpdate } from '@latency-dash/protocol';
import type { Series } from './series.js';

type Reader = (s: Series, nowMs: number) => number;

/**
 * How each source of the metric table (packages/protocol/src/metric-table.ts)
 * is read from a series. A new source in the table is a compile error here
 * until it has a reader.
 */
const READERS: Record<MetricSource, Reader> = {
  'window.min': (s) => s.window.min(),
  'window.max': (s) => s.window.max(),
  'window.mean': (s) => s.window.mean(),
  'window.p50': (s) => s.window.percentile(50),
  'window.p90': (s) => s.window.percentile(90),
  'window.p95': (s) => s.window.percentile(95),
  'window.p99': (s) => s.window.percentile(99),
  'window.size': (s) => s.window.size,
  'rate.meanProcessingMs': (s, now) => s.rate.meanProcessingMs(now),
  'rate.bytesPerSecond': (s, now) => s.rate.bytesPerSecond(now),
  'rate.eventsPerSecond': (s, now) => s.rate.eventsPerSecond(now),
  'series.count': (s) => s.count,
  'series.lastPayloadBytes': (s) => s.lastPayloadBytes,
  'series.lastUpdateMs': (s) => s.lastUpdateMs,
};

export function readMetric(source: MetricSource, series: Series, nowMs: number): number {
  return READERS[source](series, nowMs);
}

/** The table flattened once, so building an update is one tight loop. */
const FIELDS = METRICS.map((m) => m.field);
const SCALES = METRICS.map((m) => 1 / m.wireScale);
const READ = METRICS.map((m) => READERS[m.source]);
const INTEGER = METRICS.map((m) => m.wireScale !== 1 || m.kind === 'count' || m.kind === 'bytes');

/** Writes every metric of the table into a MetricsUpdate (times in the wire's ns). */
export function fillUpdate(update: MetricsUpdate, series: Series, nowMs: number): void {
  const out = update as Record<string, unknown>;
  for (let i = 0; i < FIELDS.length; i++) {
    const v = READ[i](series, nowMs) * SCALES[i];
    out[FIELDS[i]] = INTEGER[i] ? Math.round(v) : v;
  }
}

/** The same numbers as fillUpdate, in the table's order, into `into` from `at` (fanout/sent-rows.ts keeps them so). */
export function readRow(into: Float64Array, at: number, series: Series, nowMs: number): void {
  for (let i = 0; i < READ.length; i++) {
    const v = READ[i](series, nowMs) * SCALES[i];
    into[at + i] = INTEGER[i] ? Math.round(v) : v;
  }
}
