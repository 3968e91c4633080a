import type { FanoutStats } from './fanout-stats.js';
import { sendFrame, type FrameSink, type OutFrame } from './frame.js';

export interface GroupLimits {
  /** A viewer whose socket holds more than this is skipped (bytes). */
  maxBufferedBytes: number;
  /** A viewer skipped continuously for this long is disconnected (ms). */
  stallTimeoutMs: number;
  /** Batches carry only the numbers that changed since the stream's previous batch (snapshots stay whole). */
  fieldDeltas: boolean;
}

/** What a connection holds of the stream it watches: a whole target (StreamGroup) or a window of it (ViewGroup). */
export interface Stream {
  readonly viewers: Set<Viewer>;
  readonly targetId: string;
  readonly split: boolean;
  readonly intervalMs: number;
  /** The view's key (fanout/view.ts); undefined for a whole-target stream. */
  readonly viewKey: string | undefined;
  sendSnapshot(viewer: Viewer): void;
}

/** One connection's subscription to one stream. */
export class Viewer {
  needsSnapshot = false;
  /** Waiting for a snapshot being built: batches are not sent to it meanwhile (the snapshot will hold their changes). */
  waiting = false;
  stalledSinceMs: number | undefined;
  constructor(
    readonly sink: FrameSink,
    readonly group: Stream,
  ) {}
}

export function deliver(viewer: Viewer, frame: OutFrame, stats: FanoutStats): void {
  viewer.waiting = false;
  stats.bytesSent += sendFrame(viewer.sink, frame);
  stats.framesSent++;
}

/**
 * One tick's frame (or none) to every viewer of a stream that keeps up: a
 * viewer whose socket is full is skipped and owed a snapshot, and closed if
 * it stays stalled past the limit.
 */
export function sendTick(stream: Stream, frame: OutFrame | undefined, nowMs: number, limits: GroupLimits, stats: FanoutStats): void {
  const { maxBufferedBytes, stallTimeoutMs } = limits;
  // Counted once for the tick, not per viewer: the per-viewer loop is only the checks and one write.
  let binarySent = 0;
  let jsonSent = 0;
  for (const viewer of stream.viewers) {
    const sink = viewer.sink;
    if (sink.bufferedAmount > maxBufferedBytes) {
      if (frame !== undefined) {
        viewer.needsSnapshot = true;
        stats.skipped++;
      }
      viewer.stalledSinceMs ??= nowMs;
      if (nowMs - viewer.stalledSinceMs > stallTimeoutMs) {
        stats.slowClosed++;
        sink.closeSlow(`stalled for over ${stallTimeoutMs} ms with ${sink.bufferedAmount} bytes unsent`);
      }
      continue;
    }
    viewer.stalledSinceMs = undefined;
    if (viewer.waiting) continue;
    if (viewer.needsSnapshot) {
      stats.resyncs++;
      stream.sendSnapshot(viewer);
    } else if (frame !== undefined) {
      sink.send(frame);
      if (sink.json) jsonSent++;
      else binarySent++;
    }
  }
  if (frame !== undefined && binarySent + jsonSent > 0) {
    stats.framesSent += binarySent + jsonSent;
    if (binarySent > 0) stats.bytesSent += binarySent * frame.bytes().length;
    if (jsonSent > 0) stats.bytesSent += jsonSent * frame.json().length;
  }
}
