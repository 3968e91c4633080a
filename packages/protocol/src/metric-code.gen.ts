// Generated from metric-table.ts by scripts/gen-metric-code.ts (npm run gen -w @latency-dash/protocol); do not edit.
// npm test fails when it no longer matches the table.
import type { DecodedUpdate } from './codec.js';
import type { MetricValues } from './metric-table.js';

/** Numbers per update in a packed array: one per metric of the table. */
export const METRIC_STRIDE = 14;

/** Copies an update's metrics into values[o …], in the table's order and units (times in ms). */
export function packMetrics(u: DecodedUpdate, values: Float64Array, o: number): void {
  values[o] = u.minLatency;
  values[o + 1] = u.maxLatency;
  values[o + 2] = u.avgLatency;
  values[o + 3] = u.p50Latency;
  values[o + 4] = u.p90Latency;
  values[o + 5] = u.p95Latency;
  values[o + 6] = u.p99Latency;
  values[o + 7] = u.avgProcessingTime;
  values[o + 8] = u.throughput;
  values[o + 9] = u.eventsPerSecond;
  values[o + 10] = u.lastPayloadSize;
  values[o + 11] = u.count;
  values[o + 12] = u.lastUpdate / 1000000;
  values[o + 13] = u.sampleCount;
}

/** Sets a row's metrics from values[o …]. */
export function unpackMetrics(row: MetricValues, values: Float64Array, o: number): void {
  row.min = values[o];
  row.max = values[o + 1];
  row.avg = values[o + 2];
  row.p50 = values[o + 3];
  row.p90 = values[o + 4];
  row.p95 = values[o + 5];
  row.p99 = values[o + 6];
  row.avgProcessing = values[o + 7];
  row.throughput = values[o + 8];
  row.eventsPerSecond = values[o + 9];
  row.lastPayload = values[o + 10];
  row.count = values[o + 11];
  row.lastUpdateMs = values[o + 12];
  row.sampleCount = values[o + 13];
}
