import { PiecewiseBatch, type MetricsBatch, type MetricsUpdate } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import type { Series } from '../metrics/series.js';
import type { SeriesListener } from '../metrics/target-state.js';
import type { FanoutStats } from './fanout-stats.js';
import { Slicer } from '../slices.js';
import { SentRows } from './sent-rows.js';
import { OutFrame, type FrameSink } from './frame.js';
import { deliver, sendTick, Viewer, type GroupLimits, type Stream } from './viewer.js';

export { Viewer, type GroupLimits } from './viewer.js';

/** Passes a snapshot build makes over series that changed while it read; the last pass runs in one go. */
const SNAPSHOT_CATCH_UP_PASSES = 3;

/**
 * Everyone watching one (target, view, interval). Changes are coalesced
 * between ticks; each tick builds one batch of the changed series, encodes
 * it once, and sends the same bytes to every viewer that keeps up. A viewer
 * that does not is skipped, gets a snapshot once it drains, and is closed
 * if it stays stalled.
 */
export class StreamGroup implements SeriesListener, Stream {
  readonly viewers = new Set<Viewer>();
  readonly viewKey = undefined;
  seq = 0;
  private dirty = new Set<Series>();
  private removed: number[] = [];
  /**
   * The full row of each series as this stream's batches last carried it:
   * what every viewer in step with the stream holds. Batches send field
   * deltas against it, and snapshots are made of it, so a viewer that joins
   * or resyncs holds exactly what the next delta applies onto. A series not
   * in it has never been in a batch: its first update carries its labels and
   * every number.
   */
  private readonly sent = new SentRows();
  private snapshotFrame: OutFrame | undefined;
  private building: Promise<void> | undefined;
  /** While a snapshot is built: the series carried by batches built meanwhile, and those removed. */
  private carriedDuringBuild: Set<Series> | undefined;
  private removedDuringBuild: Set<number> | undefined;
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
    this.sent.delete(seriesId);
    for (const s of this.dirty) if (s.id === seriesId) this.dirty.delete(s);
    this.snapshotFrame = undefined;
  }

  add(sink: FrameSink): Viewer {
    const viewer = new Viewer(sink, this);
    this.viewers.add(viewer);
    this.sendSnapshot(viewer);
    return viewer;
  }

  /**
   * Sends a fresh snapshot (on subscribe, or when the client saw a gap): at
   * once when one is cached, else once it is built (a stream of thousands
   * of series is built over several turns of the event loop).
   */
  sendSnapshot(viewer: Viewer): void {
    viewer.needsSnapshot = false;
    if (this.snapshotFrame !== undefined) {
      deliver(viewer, this.snapshotFrame, this.stats);
      return;
    }
    viewer.waiting = true;
    this.building ??= this.buildSnapshot().finally(() => (this.building = undefined));
  }

  /** Builds and sends this tick's batch. Public so tests and benches can drive ticks. */
  flush(): void {
    const nowMs = this.engine.clock.nowMs();
    let frame: OutFrame | undefined;
    if (this.dirty.size > 0 || this.removed.length > 0) {
      frame = this.buildBatch(nowMs);
      this.stats.batches++;
    }
    sendTick(this, frame, nowMs, this.limits, this.stats);
  }

  private buildBatch(nowMs: number): OutFrame {
    const updates: MetricsUpdate[] = [];
    const deltas = this.limits.fieldDeltas;
    for (const series of this.dirty) {
      const update = this.sent.next(series, nowMs, deltas);
      this.carriedDuringBuild?.add(series);
      if (update !== undefined) updates.push(update);
    }
    this.dirty = new Set();
    const removedSeries = this.removed;
    for (const id of removedSeries) this.removedDuringBuild?.add(id);
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

  /**
   * Every series of the stream with its labels, read and encoded in slices;
   * cached until something changes. Batches keep flowing to other viewers
   * meanwhile, so the series they carried are read again (a few passes, the
   * last in one go): the snapshot is exact at the seq it ends with, and the
   * viewers waiting for it go on with the next batch, with no gap.
   */
  private async buildSnapshot(): Promise<void> {
    const slicer = new Slicer();
    const waitingFor = () => [...this.viewers].filter((v) => v.waiting);
    const first = waitingFor();
    const pieces = new PiecewiseBatch(
      first.some((v) => !v.sink.json),
      first.some((v) => v.sink.json),
    );
    const updates = new Map<number, MetricsUpdate>();
    // A series the stream's batches carried is sent as they left it, with its labels (the next delta applies onto
    // that); one they never carried is read now, and not recorded as sent: viewers of the batch stream that never got
    // this snapshot need its labels and every number with its first update.
    const read = (series: Series, nowMs: number) => {
      const update = this.sent.sent(series) ?? series.toUpdate(nowMs, true);
      updates.set(series.id, update);
      pieces.set(update);
    };
    this.carriedDuringBuild = new Set();
    this.removedDuringBuild = new Set();
    let i = 0;
    for (const series of this.engine.seriesOf(this.targetId, this.split)) {
      read(series, this.engine.clock.nowMs());
      if ((++i & 63) === 0 && slicer.due()) await slicer.yield();
    }
    for (let pass = 1; this.carriedDuringBuild.size > 0 || this.removedDuringBuild.size > 0; pass++) {
      const carried = this.carriedDuringBuild;
      const removed = this.removedDuringBuild;
      const last = pass >= SNAPSHOT_CATCH_UP_PASSES;
      this.carriedDuringBuild = new Set();
      this.removedDuringBuild = new Set();
      for (const id of removed) {
        updates.delete(id);
        pieces.delete(id);
      }
      for (const series of carried) {
        if (removed.has(series.id)) continue;
        read(series, this.engine.clock.nowMs());
        if (!last && (++i & 63) === 0 && slicer.due()) await slicer.yield();
      }
      if (last) break;
    }
    this.carriedDuringBuild = undefined;
    this.removedDuringBuild = undefined;
    this.stats.snapshots++;
    const nowMs = this.engine.clock.nowMs();
    const envelope: MetricsBatch = {
      targetId: this.targetId,
      splitByMetadata: this.split,
      seq: this.seq,
      snapshot: true,
      updates: [],
      removedSeries: [],
      serverTime: Math.round(nowMs * 1e6),
      intervalMs: this.intervalMs,
    };
    const frame = new OutFrame({ batch: { ...envelope, updates: [...updates.values()] } }, { pieces, envelope });
    this.snapshotFrame = frame;
    for (const viewer of this.viewers) if (viewer.waiting) deliver(viewer, frame, this.stats);
  }
}
