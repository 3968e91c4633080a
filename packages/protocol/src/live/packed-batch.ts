import { METRICS, packMetrics, type DecodedBatch, type MetricId } from '../index.js';
import type { WindowInfo } from './types.js';

/** Numbers per update in PackedBatch.values: the metric table's ids, in its order. */
export const FIELDS: readonly MetricId[] = METRICS.map((m) => m.id);
export const STRIDE = FIELDS.length;
/** Where each metric sits in an update's numbers. */
export const OFFSET = Object.fromEntries(FIELDS.map((id, i) => [id, i])) as { readonly [K in MetricId]: number };

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
  /**
   * Which metrics each update carries (packMetrics' mask; ALL_METRICS for a
   * full row): a field delta leaves out what did not change. It shares the
   * ids' buffer, so transferring or recycling `ids.buffer` covers both.
   */
  present: Uint32Array;
  values: Float64Array;
  /** Updates that carry labels: their index, key and metadata. */
  labelIndex: number[];
  labelKey: string[];
  labelMetadata: Record<string, string>[];
  /** The stream serves a View (a window of the target): its rows are only the window's and the pinned ones. */
  windowed: boolean;
  /** Where the window sits in the whole sorted, filtered list; only when it changed (always in a windowed snapshot). */
  window: WindowInfo | undefined;
  /** A windowed snapshot's view (sort, filters, window; not the pinned series) as one string: which view the rows are of. */
  viewKey: string | undefined;
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
  const idsBuffer = take(pool?.ids, n * 8);
  const ids = new Uint32Array(idsBuffer, 0, n);
  const present = new Uint32Array(idsBuffer, n * 4, n);
  const values = new Float64Array(take(pool?.values, n * STRIDE * 8), 0, n * STRIDE);
  const packed: PackedBatch = {
    targetId: b.targetId,
    split: b.splitByMetadata,
    seq: b.seq,
    snapshot: b.snapshot,
    removed: [...b.removedSeries],
    ids,
    present,
    values,
    labelIndex: [],
    labelKey: [],
    labelMetadata: [],
    windowed: b.view != null || b.window != null,
    viewKey: b.view == null ? undefined : viewKeyOf(b.view),
    window: b.window == null ? undefined : { total: b.window.total, offset: b.window.offset, seriesIds: [...b.window.seriesIds] },
  };
  for (let i = 0; i < n; i++) {
    const u = b.updates[i];
    ids[i] = u.seriesId;
    const o = i * STRIDE;
    present[i] = packMetrics(u, values, o);
    if (u.key !== '') {
      packed.labelIndex.push(i);
      packed.labelKey.push(u.key);
      packed.labelMetadata.push({ ...u.metadata });
    }
  }
  return packed;
}

/** A view's identity for the page: rows of another sort, filter or window are another list. */
function viewKeyOf(v: NonNullable<DecodedBatch['view']>): string {
  return JSON.stringify([v.sort, v.descending, v.offset, v.limit, v.keyFilter, v.metadataFilter, v.p90AtLeastMs ?? null, v.activeOnly]);
}
