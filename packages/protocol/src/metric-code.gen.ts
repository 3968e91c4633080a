// Generated from metric-table.ts by scripts/gen-metric-code.ts (npm run gen -w @latency-dash/protocol); do not edit.
// npm test fails when it no longer matches the table.
import type { DecodedUpdate } from './codec.js';
import type { MetricValues } from './metric-table.js';

/** Numbers per update in a packed array: one per metric of the table. */
export const METRIC_STRIDE = 14;

/** The presence mask of an update that carries every metric (a full row): bit i is the table's metric i. */
export const ALL_METRICS = 0x3fff;

/**
 * Copies the metrics an update carries into values[o …], in the table's order and units (times in ms),
 * and returns which it carried (bit i: the table's metric i). One a field delta left out keeps NaN.
 */
export function packMetrics(u: DecodedUpdate, values: Float64Array, o: number): number {
  let present = 0;
  if (u.minLatency != null) {
    values[o] = u.minLatency;
    present |= 0x1;
  } else values[o] = NaN;
  if (u.maxLatency != null) {
    values[o + 1] = u.maxLatency;
    present |= 0x2;
  } else values[o + 1] = NaN;
  if (u.avgLatency != null) {
    values[o + 2] = u.avgLatency;
    present |= 0x4;
  } else values[o + 2] = NaN;
  if (u.p50Latency != null) {
    values[o + 3] = u.p50Latency;
    present |= 0x8;
  } else values[o + 3] = NaN;
  if (u.p90Latency != null) {
    values[o + 4] = u.p90Latency;
    present |= 0x10;
  } else values[o + 4] = NaN;
  if (u.p95Latency != null) {
    values[o + 5] = u.p95Latency;
    present |= 0x20;
  } else values[o + 5] = NaN;
  if (u.p99Latency != null) {
    values[o + 6] = u.p99Latency;
    present |= 0x40;
  } else values[o + 6] = NaN;
  if (u.avgProcessingTime != null) {
    values[o + 7] = u.avgProcessingTime;
    present |= 0x80;
  } else values[o + 7] = NaN;
  if (u.throughput != null) {
    values[o + 8] = u.throughput;
    present |= 0x100;
  } else values[o + 8] = NaN;
  if (u.eventsPerSecond != null) {
    values[o + 9] = u.eventsPerSecond;
    present |= 0x200;
  } else values[o + 9] = NaN;
  if (u.lastPayloadSize != null) {
    values[o + 10] = u.lastPayloadSize;
    present |= 0x400;
  } else values[o + 10] = NaN;
  if (u.count != null) {
    values[o + 11] = u.count;
    present |= 0x800;
  } else values[o + 11] = NaN;
  if (u.lastUpdate != null) {
    values[o + 12] = u.lastUpdate / 1000000;
    present |= 0x1000;
  } else values[o + 12] = NaN;
  if (u.sampleCount != null) {
    values[o + 13] = u.sampleCount;
    present |= 0x2000;
  } else values[o + 13] = NaN;
  return present;
}

/** Sets a row's metrics from values[o …]: those in `present` (a packMetrics mask; ALL_METRICS for a full row). */
export function unpackMetrics(row: MetricValues, values: Float64Array, o: number, present: number = ALL_METRICS): void {
  if (present === ALL_METRICS) {
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
    return;
  }
  if (present & 0x1) row.min = values[o];
  if (present & 0x2) row.max = values[o + 1];
  if (present & 0x4) row.avg = values[o + 2];
  if (present & 0x8) row.p50 = values[o + 3];
  if (present & 0x10) row.p90 = values[o + 4];
  if (present & 0x20) row.p95 = values[o + 5];
  if (present & 0x40) row.p99 = values[o + 6];
  if (present & 0x80) row.avgProcessing = values[o + 7];
  if (present & 0x100) row.throughput = values[o + 8];
  if (present & 0x200) row.eventsPerSecond = values[o + 9];
  if (present & 0x400) row.lastPayload = values[o + 10];
  if (present & 0x800) row.count = values[o + 11];
  if (present & 0x1000) row.lastUpdateMs = values[o + 12];
  if (present & 0x2000) row.sampleCount = values[o + 13];
}
