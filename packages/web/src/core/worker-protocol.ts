import type { PackedBatch } from './packed-batch.js';

/** What the decode worker sends back for each frame, in arrival order. */
export type WorkerReply = { kind: 'batch'; batch: PackedBatch } | { kind: 'raw'; bytes: ArrayBuffer } | { kind: 'error'; error: string };
