import type { DecodedUpdate } from '@latency-dash/protocol';
import type { Row } from './types.js';

export function metadataLabel(metadata: Record<string, string>): string {
  return Object.keys(metadata)
    .sort()
    .map((k) => `${k}=${metadata[k]}`)
    .join(', ');
}

export function rowId(targetId: string, split: boolean, seriesId: number): string {
  return `${targetId}\u0000${split ? 's' : 'c'}\u0000${seriesId}`;
}

/** A new row from a decoded update and the labels known for its series. */
export function toRow(targetId: string, split: boolean, u: DecodedUpdate, key: string, metadata: Record<string, string>, label: string, nowMs: number): Row {
  return {
    id: rowId(targetId, split, u.seriesId),
    targetId,
    split,
    seriesId: u.seriesId,
    key,
    metadata,
    metadataLabel: label,
    min: u.minLatency,
    max: u.maxLatency,
    avg: u.avgLatency,
    p50: u.p50Latency,
    p90: u.p90Latency,
    p95: u.p95Latency,
    p99: u.p99Latency,
    avgProcessing: u.avgProcessingTime,
    throughput: u.throughput,
    eventsPerSecond: u.eventsPerSecond,
    lastPayload: u.lastPayloadSize,
    count: u.count,
    lastUpdateMs: u.lastUpdate / 1e6,
    sampleCount: u.sampleCount,
    changedAtMs: nowMs,
    updates: 1,
  };
}
