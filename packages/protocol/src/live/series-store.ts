import { ALL_METRICS, unpackMetrics } from '../index.js';
import { OFFSET, STRIDE, type PackedBatch } from './packed-batch.js';
import { metadataLabel, rowId, zeroMetrics } from './rows.js';
import type { Row, WindowInfo } from './types.js';

interface Labels {
  key: string;
  metadata: Record<string, string>;
  label: string;
}

interface Stream {
  targetId: string;
  split: boolean;
  /** seq of the last batch applied; -1 while waiting for a snapshot. */
  seq: number;
  /** When we started waiting for a snapshot (subscribe or resync), client ms. */
  waitingSinceMs: number;
  labels: Map<number, Labels>;
  rows: Map<number, Row>;
  /** A snapshot has arrived since the stream was first tracked (a resync after it does not clear this). */
  loaded: boolean;
  /** A windowed stream (its subscription carried a View): where its rows sit in the whole list. Undefined: the whole target streams. */
  window: WindowInfo | undefined;
  /** The view the window's last snapshot was of (PackedBatch.viewKey). */
  viewKey: string;
}

/** A windowed stream's rows as the table places them: WindowState (total, offset, seriesIds) and the rows themselves. */
export interface StreamWindow extends WindowInfo {
  /** The window's rows in the server's order. */
  rows: Row[];
  /** Which view (sort, filters, window) the rows are of: another means another list, not the same one reordered. */
  viewKey: string;
}

/**
 * 'gap': the caller should ask for a resync. 'waiting': a batch that cannot
 * apply while a snapshot is already on its way (asked for less than
 * RESYNC_RETRY_MS ago), so a burst of batches after one gap costs one resync.
 */
export type ApplyResult = 'applied' | 'gap' | 'waiting' | 'ignored';

/** A snapshot asked for and not seen within this long is asked for again. */
export const RESYNC_RETRY_MS = 5000;

/** Where an update's event count sits: a changed count is what makes a row flash. */
const COUNT = OFFSET.count;
const COUNT_BIT = 1 << COUNT;

const streamKey = (targetId: string, split: boolean) => `${split ? 's' : 'c'}${targetId}`;

/**
 * The rows of every stream the dashboard watches. Batches are applied as
 * they arrive; listeners are told at most once per `schedule` turn (an
 * animation frame in the browser), so a burst of messages costs one render.
 */
export class SeriesStore {
  private readonly streams = new Map<string, Stream>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  private cached: Row[] | undefined;
  private cachedWindows = new Map<string, StreamWindow | undefined>();
  /** Increases on every change; lets React compare snapshots cheaply. */
  version = 0;

  constructor(private readonly schedule: (cb: () => void) => void = defaultSchedule) {}

  /** Starts keeping a stream (before its snapshot arrives). */
  /**
   * A subscription for this stream was just sent (first time, or again after
   * a reconnect): its snapshot is on the way, so batches wait for it rather
   * than ask for another. Rows already shown stay until the snapshot lands.
   */
  track(targetId: string, split: boolean, nowMs: number = Date.now()): void {
    const k = streamKey(targetId, split);
    const stream = this.streams.get(k);
    if (stream === undefined)
      this.streams.set(k, {
        targetId,
        split,
        seq: -1,
        waitingSinceMs: nowMs,
        labels: new Map(),
        rows: new Map(),
        loaded: false,
        window: undefined,
        viewKey: '',
      });
    else {
      stream.seq = -1;
      stream.waitingSinceMs = nowMs;
    }
  }

  untrack(targetId: string, split: boolean): void {
    if (this.streams.delete(streamKey(targetId, split))) this.changed();
  }

  /**
   * Applies a batch. A snapshot replaces the stream; other batches must
   * continue its seq and name only known series, or the caller should ask
   * for a resync ('gap').
   */
  apply(batch: PackedBatch, nowMs: number = Date.now()): ApplyResult {
    const stream = this.streams.get(streamKey(batch.targetId, batch.split));
    if (stream === undefined) return 'ignored';
    // A snapshot replaces the stream, but rows it repeats keep their history.
    const before = stream.rows;
    if (batch.snapshot) {
      stream.loaded = true;
      stream.labels = new Map();
      stream.rows = new Map();
      // A snapshot says whether the stream is windowed: one without a View is the whole target again.
      stream.window = batch.windowed ? (batch.window ?? { total: batch.ids.length, offset: 0, seriesIds: [...batch.ids] }) : undefined;
      stream.viewKey = batch.viewKey ?? '';
    } else if (stream.seq < 0 || batch.seq !== stream.seq + 1) {
      return this.lost(stream, nowMs);
    }
    for (let j = 0; j < batch.labelIndex.length; j++) {
      const metadata = batch.labelMetadata[j];
      stream.labels.set(batch.ids[batch.labelIndex[j]], { key: batch.labelKey[j], metadata, label: metadataLabel(metadata) });
    }
    const { ids, values, present } = batch;
    for (let i = 0; i < ids.length; i++) {
      const seriesId = ids[i];
      const labels = stream.labels.get(seriesId);
      if (labels === undefined) {
        // A series whose labels we never saw: our view is incomplete.
        return this.lost(stream, nowMs);
      }
      const o = i * STRIDE;
      const mask = present[i];
      let row = before.get(seriesId);
      // A field delta is applied onto the row we hold; without one (or in a snapshot, which must be whole) it cannot be.
      if (mask !== ALL_METRICS && (row === undefined || batch.snapshot)) return this.lost(stream, nowMs);
      const count = mask & COUNT_BIT ? values[o + COUNT] : row!.count;
      // Rows are updated in place: at 10,000 series and 10 batches/s, a new
      // object per update made 25 MB/s of garbage and the GC pauses that go
      // with it. `version` tells the UI which rows changed.
      if (row === undefined) {
        row = {
          id: rowId(stream.targetId, stream.split, seriesId),
          targetId: stream.targetId,
          split: stream.split,
          seriesId,
          key: labels.key,
          metadata: labels.metadata,
          metadataLabel: labels.label,
          changedAtMs: nowMs,
          updates: 1,
          version: 0,
          sortRank: -1,
          // Every row gets the metrics in the same order, so all share one shape.
          ...zeroMetrics(),
        };
      } else if (row.count !== count) {
        // A snapshot that repeats what we had is not an update worth flashing.
        row.changedAtMs = nowMs;
        row.updates++;
      }
      row.key = labels.key;
      row.metadata = labels.metadata;
      row.metadataLabel = labels.label;
      unpackMetrics(row, values, o, mask);
      row.version++;
      stream.rows.set(seriesId, row);
    }
    for (const id of batch.removed) {
      stream.rows.delete(id);
      stream.labels.delete(id);
    }
    if (!batch.snapshot && batch.window !== undefined) stream.window = batch.window;
    // Every row the window lists must be one we hold: otherwise a batch was lost.
    if (stream.window !== undefined) for (const id of stream.window.seriesIds) if (!stream.rows.has(id)) return this.lost(stream, nowMs);
    stream.seq = batch.seq;
    this.changed();
    return 'applied';
  }

  /** The stream can no longer follow batches: wait for a snapshot, asking for one unless one is due. */
  private lost(stream: Stream, nowMs: number): ApplyResult {
    if (stream.seq < 0 && nowMs - stream.waitingSinceMs < RESYNC_RETRY_MS) return 'waiting';
    stream.seq = -1;
    stream.waitingSinceMs = nowMs;
    return 'gap';
  }

  /** Drops a target's rows (it was removed on the server). */
  forgetTarget(targetId: string): void {
    for (const s of this.streams.values()) {
      if (s.targetId !== targetId) continue;
      s.rows.clear();
      s.labels.clear();
      s.window = undefined;
    }
    this.changed();
  }

  /** Every row of every tracked stream; the same array until something changes. */
  rows(): Row[] {
    if (this.cached === undefined) {
      const out: Row[] = [];
      for (const s of this.streams.values()) for (const r of s.rows.values()) out.push(r);
      this.cached = out;
    }
    return this.cached;
  }

  /**
   * A windowed stream's window: its rows in the server's order, where they
   * sit and the total; undefined for a stream of the whole target (or one
   * not tracked). The same object until something changes.
   */
  windowOf(targetId: string, split: boolean): StreamWindow | undefined {
    const k = streamKey(targetId, split);
    if (this.cachedWindows.has(k)) return this.cachedWindows.get(k);
    const stream = this.streams.get(k);
    let out: StreamWindow | undefined;
    if (stream?.window !== undefined) {
      const rows: Row[] = [];
      for (const id of stream.window.seriesIds) {
        const r = stream.rows.get(id);
        if (r !== undefined) rows.push(r);
      }
      out = { total: stream.window.total, offset: stream.window.offset, seriesIds: stream.window.seriesIds, rows, viewKey: stream.viewKey };
    }
    this.cachedWindows.set(k, out);
    return out;
  }

  /** Rows of one stream (a windowed one's window and pinned rows). */
  streamSize(targetId: string, split: boolean): number {
    return this.streams.get(streamKey(targetId, split))?.rows.size ?? 0;
  }

  /** Whether the stream's first snapshot has arrived: before it, no rows means "loading", not "no series". */
  isLoaded(targetId: string, split: boolean): boolean {
    return this.streams.get(streamKey(targetId, split))?.loaded ?? false;
  }

  seqOf(targetId: string, split: boolean): number {
    return this.streams.get(streamKey(targetId, split))?.seq ?? -1;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.cached = undefined;
    this.cachedWindows.clear();
    this.version++;
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      for (const l of this.listeners) l();
    });
  }
}

/** Without a display to pace it (the dashboard passes animation frames), listeners hear of changes 10 times a second. */
function defaultSchedule(cb: () => void): void {
  setTimeout(cb, 100);
}
