import type { DecodedBatch } from '@latency-dash/protocol';

/** Numbers per update in PackedBatch.values, in this order. */
export const FIELDS = ['min', 'max', 'avg', 'p50', 'p90', 'p95', 'p99', 'avgProcessing', 'throughput', 'eventsPerSecond', 'lastPayload', 'count', 'lastUpdateMs', 'sampleCount'] as const;
export const STRIDE = FIELDS.length;

/**
 * A MetricsBatch flattened into typed arrays, so the decode worker can hand
 * it to the page without copying (the buffers are transferred) and the page
 * builds rows in a tight loop instead of walking protobuf objects.
 */
export interface PackedBatch {
  targetId: string;
  split: boolean;
  seq: number;
  snapshot: boolean;
  removed: number[];
  ids: Uint32Array;
  values: Float64Array;
  /** Updates that carry labels: their index, key and metadata. */
  labelIndex: number[];
  labelKey: string[];
  labelMetadata: Record<string, string>[];
}

/** Spare buffers (returned by the page) that packBatch fills instead of allocating. */
export interface BufferPool {
  ids: ArrayBuffer[];
  values: ArrayBuffer[];
}

function take(pool: ArrayBuffer[] | undefined, bytes: number): ArrayBuffer {
  while (pool !== undefined && pool.length > 0) {
    const b = pool.pop()!;
    if (b.byteLength >= bytes) return b;
  }
  // Room to grow, so the buffer serves the next, slightly larger batches too.
  return new ArrayBuffer(Math.ceil(bytes * 1.25) + 64);
}

export function packBatch(b: DecodedBatch, pool?: BufferPool): PackedBatch {
  const n = b.updates.length;
  const ids = new Uint32Array(take(pool?.ids, n * 4), 0, n);
  const values = new Float64Array(take(pool?.values, n * STRIDE * 8), 0, n * STRIDE);
  const packed: PackedBatch = {
    targetId: b.targetId,
    split: b.splitByMetadata,
    seq: b.seq,
    snapshot: b.snapshot,
    removed: [...b.removedSeries],
    ids,
    values,
    labelIndex: [],
    labelKey: [],
    labelMetadata: [],
  };
  for (let i = 0; i < n; i++) {
    const u = b.updates[i];
    ids[i] = u.seriesId;
    const o = i * STRIDE;
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
    values[o + 12] = u.lastUpdate / 1e6;
    values[o + 13] = u.sampleCount;
    if (u.key !== '') {
      packed.labelIndex.push(i);
      packed.labelKey.push(u.key);
      packed.labelMetadata.push({ ...u.metadata });
    }
  }
  return packed;
}
