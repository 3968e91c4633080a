import type { MetricsUpdate } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import type { Series } from '../metrics/series.js';
import type { SeriesListener } from '../metrics/target-state.js';
import type { FanoutStats } from './fanout-stats.js';
import { OutFrame, sendFrame, type FrameSink } from './frame.js';

export interface GroupLimits {
  /** A viewer whose socket holds more than this is skipped (bytes). */
  maxBufferedBytes: number;
  /** A viewer skipped continuously for this long is disconnected (ms). */
  stallTimeoutMs: number;
}

/** One connection's subscription to one stream. */
export class Viewer {
  needsSnapshot = false;
  stalledSinceMs: number | undefined;
  constructor(
    readonly sink: FrameSink,
    readonly group: StreamGroup,
  ) {}
}

/**
 * Everyone watching one (target, view, interval). Changes are coalesced
 * between ticks; each tick builds one batch of the changed series, encodes
 * it once, and sends the same bytes to every viewer that keeps up. A viewer
 * that does not is skipped, gets a snapshot once it drains, and is closed
 * if it stays stalled.
 */
export class StreamGroup implements SeriesListener {
  readonly viewers = new Set<Viewer>();
  seq = 0;
  private dirty = new Set<Series>();
  private removed: number[] = [];
  /** Series whose key and metadata this stream has already carried. */
  private readonly announced = new Set<number>();
  private snapshotFrame: OutFrame | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly targetId: string,
    readonly split: boolean,
    readonly intervalMs: number,
    private readonly engine: MetricsEngine,
    private readonly limits: GroupLimits,
    private readonly stats: FanoutStats,
  ) {}

  start(): void {
    this.engine.watch(this.targetId, this.split, this);
    this.timer = setInterval(() => this.flush(), this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.engine.unwatch(this.targetId, this.split, this);
    this.viewers.clear();
  }

  onSeriesChanged(series: Series): void {
    this.dirty.add(series);
    this.snapshotFrame = undefined;
  }

  onSeriesRemoved(seriesId: number): void {
    this.removed.push(seriesId);
    this.announced.delete(seriesId);
    for (const s of this.dirty) if (s.id === seriesId) this.dirty.delete(s);
    this.snapshotFrame = undefined;
  }

  add(sink: FrameSink): Viewer {
    const viewer = new Viewer(sink, this);
    this.viewers.add(viewer);
    this.sendSnapshot(viewer);
    return viewer;
  }

  /** Sends a fresh snapshot now (on subscribe, or when the client saw a gap). */
  sendSnapshot(viewer: Viewer): void {
    this.stats.bytesSent += sendFrame(viewer.sink, this.snapshot());
    this.stats.framesSent++;
    viewer.needsSnapshot = false;
  }

  /** Builds and sends this tick's batch. Public so tests and benches can drive ticks. */
  flush(): void {
    const nowMs = this.engine.clock.nowMs();
    let frame: OutFrame | undefined;
    if (this.dirty.size > 0 || this.removed.length > 0) {
      frame = this.buildBatch(nowMs);
      this.stats.batches++;
    }
    const { maxBufferedBytes, stallTimeoutMs } = this.limits;
    for (const viewer of this.viewers) {
      const sink = viewer.sink;
      if (sink.bufferedAmount > maxBufferedBytes) {
        if (frame !== undefined) {
          viewer.needsSnapshot = true;
          this.stats.skipped++;
        }
        viewer.stalledSinceMs ??= nowMs;
        if (nowMs - viewer.stalledSinceMs > stallTimeoutMs) {
          this.stats.slowClosed++;
          sink.closeSlow(`stalled for over ${stallTimeoutMs} ms with ${sink.bufferedAmount} bytes unsent`);
        }
        continue;
      }
      viewer.stalledSinceMs = undefined;
      if (viewer.needsSnapshot) {
        this.stats.resyncs++;
        this.sendSnapshot(viewer);
      } else if (frame !== undefined) {
        this.stats.bytesSent += sendFrame(sink, frame);
        this.stats.framesSent++;
      }
    }
  }

  private buildBatch(nowMs: number): OutFrame {
    const updates: MetricsUpdate[] = [];
    for (const series of this.dirty) {
      const first = !this.announced.has(series.id);
      if (first) this.announced.add(series.id);
      updates.push(series.toUpdate(nowMs, first));
    }
    this.dirty = new Set();
    const removedSeries = this.removed;
    this.removed = [];
    this.seq++;
    this.snapshotFrame = undefined;
    return new OutFrame({
      batch: {
        targetId: this.targetId,
        splitByMetadata: this.split,
        seq: this.seq,
        snapshot: false,
        updates,
        removedSeries,
        serverTime: Math.round(nowMs * 1e6),
        intervalMs: this.intervalMs,
      },
    });
  }

  /** Every series of the stream with its labels; cached until something changes. */
  private snapshot(): OutFrame {
    if (this.snapshotFrame !== undefined) return this.snapshotFrame;
    const nowMs = this.engine.clock.nowMs();
    const updates: MetricsUpdate[] = [];
    // Not marked as announced: viewers of the batch stream that never got
    // this snapshot still need the labels with the series' first update.
    for (const series of this.engine.seriesOf(this.targetId, this.split)) {
      updates.push(series.toUpdate(nowMs, true));
    }
    this.stats.snapshots++;
    this.snapshotFrame = new OutFrame({
      batch: {
        targetId: this.targetId,
        splitByMetadata: this.split,
        seq: this.seq,
        snapshot: true,
        updates,
        removedSeries: [],
        serverTime: Math.round(nowMs * 1e6),
        intervalMs: this.intervalMs,
      },
    });
    return this.snapshotFrame;
  }
}
