import type { CanonicalView, MetricsBatch, MetricsUpdate } from '@latency-dash/protocol';
import type { FanoutStats } from './fanout-stats.js';
import { fieldDelta } from './field-delta.js';
import { OutFrame, type FrameSink } from './frame.js';
import type { ViewOrdering } from './view-ordering.js';
import type { ViewSource } from './view-source.js';
import { deliver, sendTick, Viewer, type GroupLimits, type Stream } from './viewer.js';

/**
 * Everyone watching one window (equal views) of a target: one batch per
 * tick, encoded and framed once for all of them. A batch carries the rows
 * in the window and the pinned series: a row the stream did not carry
 * before whole, with its labels; one it did as a field delta. Rows that
 * leave are in removed_series; `window` comes when the rows, their order
 * or the total changed.
 */
export class ViewGroup implements Stream {
  readonly viewers = new Set<Viewer>();
  seq = 0;
  /** Each series this stream carries (window and pinned), as its last batch left it: what viewers in step hold. */
  private readonly sent = new Map<number, MetricsUpdate>();
  private windowIds: number[] = [];
  private total = 0;
  private snapshotFrame: OutFrame | undefined;
  /** False until the window is cut from a ready ordering (a new one is built in slices): viewers wait for their snapshot meanwhile. */
  private started = false;
  /** Whether a `begin` is registered with the ordering's onReady. */
  private awaiting = false;

  constructor(
    private readonly source: ViewSource,
    private readonly ordering: ViewOrdering,
    readonly view: CanonicalView,
    readonly viewKey: string,
    private readonly limits: GroupLimits,
    private readonly stats: FanoutStats,
  ) {
    this.awaitOrdering();
  }

  private awaitOrdering(): void {
    if (this.awaiting) return;
    this.awaiting = true;
    this.ordering.onReady(() => {
      this.awaiting = false;
      this.begin();
    });
  }

  /**
   * The window starts from the source's rows as they are: its snapshot holds
   * them, the next batch moves on from there. Viewers that waited get their
   * snapshot now, or once their socket drains.
   */
  private begin(): void {
    const { ids, members } = this.cut();
    this.sent.clear();
    for (const id of members) this.sent.set(id, this.source.entries.get(id)!.full);
    this.windowIds = ids;
    this.total = this.ordering.rows.length;
    this.snapshotFrame = undefined;
    this.started = true;
    for (const viewer of this.viewers) {
      if (!viewer.waiting) continue;
      viewer.waiting = false;
      // A full socket gets it from a later tick, once it drains (the slow-viewer rule of sendTick).
      if (viewer.sink.bufferedAmount > this.limits.maxBufferedBytes) viewer.needsSnapshot = true;
      else this.sendSnapshot(viewer);
    }
  }

  /** Whether the window was cut yet: false while its ordering is built. */
  get ready(): boolean {
    return this.started;
  }

  /**
   * The source's rows were replaced by another set of series (a cluster
   * target moved to a new owner) and its orderings are built again: the
   * window starts over once they are, and every viewer gets its snapshot.
   */
  restart(): void {
    this.seq++;
    this.started = false;
    this.snapshotFrame = undefined;
    for (const viewer of this.viewers) viewer.waiting = true;
    this.awaitOrdering();
  }

  get targetId(): string {
    return this.source.targetId;
  }
  get split(): boolean {
    return this.source.split;
  }
  get intervalMs(): number {
    return this.source.intervalMs;
  }

  add(sink: FrameSink): Viewer {
    const viewer = new Viewer(sink, this);
    this.viewers.add(viewer);
    this.sendSnapshot(viewer);
    return viewer;
  }

  /** The window's rows in order, and every series the stream carries (window and pinned series that exist). */
  private cut(): { ids: number[]; members: Set<number> } {
    const { offset, limit, pinned } = this.view;
    const rows = this.ordering.rows;
    const end = Math.min(rows.length, offset + limit);
    const ids: number[] = [];
    for (let i = offset; i < end; i++) ids.push(rows[i].seriesId);
    const members = new Set(ids);
    for (const id of pinned) if (this.source.entries.has(id)) members.add(id);
    return { ids, members };
  }

  /** A snapshot of the window as the stream last left it; built once and shared until the next batch. */
  sendSnapshot(viewer: Viewer): void {
    viewer.needsSnapshot = false;
    if (!this.started) {
      // Nothing to show yet: `begin` sends it.
      viewer.waiting = true;
      return;
    }
    if (this.snapshotFrame === undefined) {
      const updates: MetricsUpdate[] = [];
      for (const [id, full] of this.sent) {
        const row = this.source.entries.get(id)?.row;
        if (row !== undefined) updates.push({ ...full, key: row.key, metadata: { ...row.metadata } });
      }
      this.stats.snapshots++;
      this.snapshotFrame = new OutFrame({ batch: this.envelope(true, updates, [], true) });
    }
    deliver(viewer, this.snapshotFrame, this.stats);
  }

  private envelope(snapshot: boolean, updates: MetricsUpdate[], removedSeries: number[], withWindow: boolean): MetricsBatch {
    const batch: MetricsBatch = {
      targetId: this.source.targetId,
      splitByMetadata: this.source.split,
      seq: this.seq,
      snapshot,
      updates,
      removedSeries,
      serverTime: Math.round(this.source.nowMs() * 1e6),
      intervalMs: this.source.intervalMs,
    };
    if (snapshot) batch.view = this.view;
    if (withWindow) batch.window = { total: this.total, offset: this.view.offset, seriesIds: this.windowIds };
    return batch;
  }

  /** This tick's batch (after the source re-sorted), sent to every viewer that keeps up. */
  flush(nowMs: number): void {
    if (!this.started) return;
    const { ids, members } = this.cut();
    const updates: MetricsUpdate[] = [];
    const deltas = this.limits.fieldDeltas;
    for (const id of members) {
      const entry = this.source.entries.get(id)!;
      const previous = this.sent.get(id);
      if (previous === entry.full) continue;
      this.sent.set(id, entry.full);
      if (previous === undefined) updates.push({ ...entry.full, key: entry.row.key, metadata: { ...entry.row.metadata } });
      else if (!deltas) updates.push(entry.full);
      else {
        const delta = fieldDelta(entry.full, previous);
        if (delta !== undefined) updates.push(delta);
      }
    }
    const removed: number[] = [];
    for (const id of this.sent.keys()) {
      if (members.has(id)) continue;
      removed.push(id);
      this.sent.delete(id);
    }
    const total = this.ordering.rows.length;
    const moved = total !== this.total || !sameIds(ids, this.windowIds);
    let frame: OutFrame | undefined;
    if (updates.length > 0 || removed.length > 0 || moved) {
      this.windowIds = ids;
      this.total = total;
      this.seq++;
      this.snapshotFrame = undefined;
      this.stats.batches++;
      frame = new OutFrame({ batch: this.envelope(false, updates, removed, moved) });
    }
    sendTick(this, frame, nowMs, this.limits, this.stats);
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
