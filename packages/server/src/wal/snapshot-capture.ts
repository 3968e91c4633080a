import type { MetricsEngine } from '../metrics/engine.js';
import { seriesOfTarget, seriesState, seriesStateLater, targetFields, type SeriesState } from '../metrics/engine-restore.js';
import type { Series } from '../metrics/series.js';
import { WindowPool } from '../metrics/window-pool.js';
import type { TargetState } from '../metrics/target-state.js';
import type { Slicer } from '../slices.js';
import { crc32 } from 'node:zlib';
import { encodeSeriesState, encodeSnapshotHead, encodeTargetHead, sealOf, snapshotSeal } from './snapshot-codec.js';

/**
 * The engine's state after log entry `lsn`, encoded while events keep
 * arriving. Encoding every window at once held the event loop for tens of
 * milliseconds (a copy of every window); instead the capture freezes every
 * series (a flag), encodes them in slices, and any series an event is about
 * to change is first copied as it was (copy on write) and encoded in a later
 * slice. The copy is of the window's arrays as they are: settling and
 * encoding ~400 windows at the first 500-event batch of a capture held the
 * loop 40–60 ms once a minute in the soak; allocating the copies still cost
 * 8–13 ms and a collection, so they reuse spares from a pool. Target fields are read at once.
 * Series created after `lsn` are not in it: the replay of the log creates
 * them again.
 */
export class SnapshotCapture {
  private readonly head: Buffer;
  private readonly targets: { head: Buffer; series: Series[] }[] = [];
  private readonly encoded = new Map<Series, Buffer>();
  /** Series copied on write, not yet encoded. */
  private readonly copies = new Map<Series, { state: () => SeriesState; release: () => void }>();
  private released = false;

  constructor(
    private readonly engine: MetricsEngine,
    readonly lsn: number,
    readonly takenAtMs: number,
    /** The targets to capture (a cluster partition's, cluster/partition-owner.ts); all by default. */
    only?: (t: TargetState) => boolean,
    /** Where copies on write get their arrays: kept by the owner from one capture to the next. */
    private readonly pool = new WindowPool(),
  ) {
    if (engine.beforeFrozenChange !== undefined) throw new Error('a snapshot capture is already running');
    for (const t of engine.targets.values()) {
      if (only !== undefined && !only(t)) continue;
      const series = seriesOfTarget(t);
      for (const s of series) s.frozen = true;
      this.targets.push({ head: encodeTargetHead(targetFields(t), series.length), series });
    }
    this.head = encodeSnapshotHead(lsn, takenAtMs, this.targets.length);
    engine.beforeFrozenChange = (s) => {
      s.frozen = false;
      this.copies.set(s, seriesStateLater(s, this.pool));
    };
  }

  /**
   * Fills `pool` with spares for every full window of the targets a capture
   * would take, in slices, before the capture starts: its first batch of
   * events may copy all of them in one turn.
   */
  static async prepare(engine: MetricsEngine, pool: WindowPool, slicer: Slicer, only?: (t: TargetState) => boolean): Promise<void> {
    let full = 0;
    let capacity = 0;
    for (const t of engine.targets.values()) {
      if (only !== undefined && !only(t)) continue;
      for (const s of seriesOfTarget(t)) {
        if (!s.window.fullSize) continue;
        full++;
        capacity = s.window.capacity;
      }
    }
    if (full > 0) await pool.reserve(capacity, full, slicer);
  }

  /** Encodes the series as it was at the capture's entry, unless done already. */
  private encode(s: Series): void {
    if (s.frozen) {
      s.frozen = false;
      this.encoded.set(s, encodeSeriesState(seriesState(s)));
      return;
    }
    const later = this.copies.get(s);
    if (later === undefined) return;
    this.copies.delete(s);
    this.encoded.set(s, encodeSeriesState(later.state()));
    later.release();
  }

  /**
   * Encodes what is left in slices, then returns the file's contents in
   * parts, seal included (finishNow). The checksum is summed in the same
   * slices, part by part: over a few megabytes at once it held the loop ~9 ms.
   */
  async finish(slicer: Slicer): Promise<Buffer[]> {
    let crc = crc32(this.head);
    for (const t of this.targets) {
      crc = crc32(t.head, crc);
      for (const s of t.series) {
        this.encode(s);
        crc = crc32(this.encoded.get(s)!, crc);
        if (slicer.due()) await slicer.yield();
      }
    }
    return this.finishNow(crc);
  }

  /** Encodes what is left at once and returns the file's contents in parts, seal included. Ends the capture. */
  finishNow(crcOfParts?: number): Buffer[] {
    const parts = [this.head];
    for (const t of this.targets) {
      parts.push(t.head);
      for (const s of t.series) {
        this.encode(s);
        parts.push(this.encoded.get(s)!);
      }
    }
    this.release();
    parts.push(crcOfParts === undefined ? snapshotSeal(parts) : sealOf(crcOfParts));
    return parts;
  }

  /** Ends the capture without a result (the snapshot is postponed or failed); safe to call twice. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.engine.beforeFrozenChange !== undefined) this.engine.beforeFrozenChange = undefined;
    for (const t of this.targets) for (const s of t.series) s.frozen = false;
    this.encoded.clear();
    for (const c of this.copies.values()) c.release();
    this.copies.clear();
  }
}
