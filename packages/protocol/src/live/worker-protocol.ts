import type { ServerStatsFigures } from '@latency-dash/protocol';
import type { PackedBatch } from './packed-batch.js';

/**
 * What the page sends the decode worker: a frame to decode, or the buffers of
 * a batch it has applied, for the worker to fill again (no allocation per batch).
 */
export type WorkerRequest = ArrayBuffer | { recycle: [ArrayBuffer, ArrayBuffer] };

/** What the decode worker sends back for each frame, in arrival order. */
export type WorkerReply =
  { kind: 'batch'; batch: PackedBatch } | { kind: 'stats'; stats: ServerStatsFigures } | { kind: 'raw'; bytes: ArrayBuffer } | { kind: 'error'; error: string };
