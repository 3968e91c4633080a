import { closeSync, fdatasync, fsync, fsyncSync, ftruncateSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LdError } from '../errors.js';
import { BACKGROUND_BUDGET_MS, Slicer } from '../slices.js';
import type { IngestLog } from '../ingest/ingest-service.js';
import type { Log } from '../log.js';
import type { MetricsEngine, SampleSink, TargetListener } from '../metrics/engine.js';
import { timedWith, type DiskOp, type DiskTimings } from '../storage/disk-timings.js';
import type { IngestEvent, Series } from '../metrics/series.js';
import { WindowPool } from '../metrics/window-pool.js';
import type { TargetState } from '../metrics/target-state.js';
import type { HistoryCheckpoint } from './history-checkpoint.js';
import { probeRecord, RECORD_SEAL_BYTES, RecordBuilder, segmentHeader, SEGMENT_HEADER_BYTES } from './record-codec.js';
import { SnapshotCapture } from './snapshot-capture.js';
import { WalStats } from './wal-stats.js';

export type FsyncPolicy = 'always' | 'everysec' | 'off';
export const FSYNC_POLICIES = ['always', 'everysec', 'off'] as const satisfies readonly FsyncPolicy[];

/**
 * ok: logging; failing: a write or fsync failed, events are applied but not
 * logged; full: --wal-max-mb reached; unreadable: the folder could not be
 * read at start, so nothing is written to it (and nothing deleted) this run.
 */
export type WalState = 'ok' | 'failing' | 'full' | 'unreadable';

export interface WalOptions {
  dir: string;
  fsync: FsyncPolicy;
  /** The log's size on disk is kept under this; a snapshot is due each quarter of it. */
  maxBytes: number;
  /** A snapshot is due this long after the previous one when anything was logged since. */
  snapshotIntervalMs: number;
  log: Log;
  /** Times the writes made on the event loop (latency_dash_sync_disk_seconds). */
  timings?: DiskTimings;
}

/** What the log needs of history: write everything pending, and say how far the file is durable. */
export interface HistoryLink {
  /** At once (at start and close). */
  flushAll(): void;
  /**
   * Written and durable up to log entry `lsn`, in slices, the event loop
   * free in between; `now` when the log cannot wait (at half its size cap).
   */
  catchUp(lsn: number, now: boolean): Promise<void>;
  checkpoint(): HistoryCheckpoint;
}

export interface Segment {
  path: string;
  firstLsn: number;
  /** Sequence number of its last entry (firstLsn - 1 while empty). */
  lastLsn: number;
  bytes: number;
}

interface Waiter {
  resolve(): void;
  reject(err: Error): void;
}

const pad = (n: number) => String(n).padStart(16, '0');
export const segmentName = (firstLsn: number) => `segment-${pad(firstLsn)}.wal`;
export const snapshotName = (lsn: number) => `snapshot-${pad(lsn)}.snap`;
export const SEGMENT_FILE = /^segment-(\d{16})\.wal$/;
export const SNAPSHOT_FILE = /^snapshot-(\d{16})\.snap$/;
const TMP = 'snapshot.tmp';

const fsyncLater = promisify(fsync);

function unavailable(why: string): LdError {
  return new LdError('LD_ERR_WAL_UNAVAILABLE', `the write-ahead log cannot write (${why}); this batch is not acknowledged, retry later`);
}

/**
 * The ingest write-ahead log. It is an engine sink: every applied event
 * (HTTP, WebSocket or demo) is encoded into a record in memory with the
 * arrival and processing times the engine used, and the record is written
 * (write(2), into the page cache) when the batch ends, before the producer
 * is answered; so a killed process loses nothing it acknowledged. fsync
 * policy, as Redis' appendfsync: `always` answers after the fdatasync of
 * the batch (concurrent batches share one: group commit), `everysec`
 * fdatasyncs once a second (a machine crash loses at most about a second),
 * `off` leaves it to the OS.
 *
 * Every so often (--wal-snapshot-interval-s, or each quarter of
 * --wal-max-mb) the engine's state is written as a snapshot after
 * history has flushed, a new segment begins, and segments the snapshot
 * covers are deleted: a restart loads the snapshot and replays only the
 * entries after it (wal-recovery.ts).
 *
 * A write that fails (a full disk) is logged once and counted; the server
 * keeps serving, events are applied but not logged, and with `always` new
 * batches are refused with 503 LD_ERR_WAL_UNAVAILABLE until a probe write
 * succeeds (tried every second).
 */
export class WriteAheadLog implements SampleSink, TargetListener, IngestLog {
  readonly stats = new WalStats();
  state: WalState = 'ok';
  /** Sequence number of the last entry handed out. */
  lastLsn = 0;
  /** Entries up to this are in the newest durable snapshot. */
  snapshotLsn = 0;
  /** Off while replaying and after close: replayed entries are not logged again. */
  logging = false;
  readonly segments: Segment[] = [];
  private active: Segment | undefined;
  private fd = -1;
  private readonly builder = new RecordBuilder();
  private writeScheduled = false;
  private waiting: Waiter[] = [];
  private syncing = false;
  private syncFd = -1;
  /** A segment's fd closed while its fdatasync was running: closed when it ends. */
  private retiredFd = -1;
  /** Spare windows for the snapshots' copies on write, kept from one snapshot to the next. */
  private readonly windowPool = new WindowPool();
  /** The fsyncs of a segment change, while they run (syncSegmentChange). */
  private segmentSync: Promise<void> | undefined;
  private unsyncedSinceMs: number | undefined;
  private needsNewSegment = false;
  private failedAtMs = 0;
  private failure = '';
  private lastSnapshotAtMs = performance.now();
  private bytesSinceSnapshot = 0;
  private snapshotting: Promise<void> | undefined;
  private lastSnapshotPostponed = false;
  private postponedNoticeMs = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  history: HistoryLink | undefined;
  /** Batches admitted and not yet committed (or abandoned): their events are written by their commit, as one record. */
  private openBatches = 0;
  /** Releases the folder's LOCK (wal-recovery.ts takes it). */
  unlock: (() => void) | undefined;

  constructor(
    private readonly engine: MetricsEngine,
    readonly options: WalOptions,
  ) {}

  private timed<T>(op: DiskOp, fn: () => T): T {
    return timedWith(this.options.timings, op, fn);
  }

  get dir(): string {
    return this.options.dir;
  }

  get fsync(): FsyncPolicy {
    return this.options.fsync;
  }

  /** Bytes of every segment on disk. */
  get totalBytes(): number {
    let n = this.active?.bytes ?? 0;
    for (const s of this.segments) n += s.bytes;
    return n;
  }

  /** Seconds of written events not yet fsynced (0 when all are). */
  unsyncedSeconds(): number {
    return this.unsyncedSinceMs === undefined ? 0 : (performance.now() - this.unsyncedSinceMs) / 1000;
  }

  /** Recovery failed: this run neither writes to the folder nor deletes from it. */
  markUnreadable(why: string): void {
    this.state = 'unreadable';
    this.failure = why;
  }

  /** Starts the segment new entries go to (after recovery), and the once-a-second work. */
  start(): void {
    this.logging = true;
    try {
      this.openSegment(this.lastLsn + 1);
    } catch (err) {
      // A full or read-only disk at start: serve anyway, and keep trying.
      this.needsNewSegment = true;
      this.fail('segment', err as NodeJS.ErrnoException, undefined);
    }
    this.timer = setInterval(() => this.tick(), 1000);
    this.timer.unref();
  }

  // --- taking entries -------------------------------------------------------

  onSample(target: TargetState, series: Series, _sampleMs: number | undefined, event: IngestEvent, arrivalMs: number, processingMs: number): void {
    // The engine tells sinks about the combined series, then the split one: one entry per event.
    if (!series.split) return;
    if (!this.logging) {
      if (this.state === 'unreadable') this.stats.eventsUnlogged++;
      return;
    }
    if (this.state !== 'ok') {
      this.stats.eventsUnlogged++;
      return;
    }
    this.builder.addEvent(++this.lastLsn, target.id, series, event, arrivalMs, processingMs);
    this.afterAdd();
  }

  onTargetAdded(): void {}

  onTargetRemoved(target: TargetState): void {
    if (!this.logging || this.state !== 'ok') return;
    this.builder.addRemoval(++this.lastLsn, target.id);
    this.afterAdd();
  }

  private afterAdd(): void {
    if (this.builder.bytes >= RECORD_SEAL_BYTES) {
      this.writePending();
    } else if (!this.writeScheduled && this.openBatches === 0) {
      // Demo events and removals have no batch end: write them before the loop waits again. (A batch applied in
      // slices ends with its commit, which writes them too.)
      this.writeScheduled = true;
      setImmediate(() => {
        this.writeScheduled = false;
        this.writePending();
      });
    }
  }

  /** Refuses a batch up front when `always` cannot keep its promise now. */
  admit(): void {
    if (this.options.fsync === 'always' && this.state !== 'ok') {
      this.stats.batchesRefused++;
      throw unavailable(this.failure);
    }
    this.openBatches++;
  }

  /** A batch admitted that logged nothing (every event refused, or it failed): no record to end. */
  abandon(): void {
    this.openBatches = Math.max(0, this.openBatches - 1);
  }

  /**
   * Ends a batch: writes its record. Resolves when the batch is as durable
   * as the policy promises an acknowledged one is (undefined: it already is).
   */
  commit(): Promise<void> | undefined {
    this.openBatches = Math.max(0, this.openBatches - 1);
    if (!this.logging) return undefined;
    const written = this.writePending();
    if (this.options.fsync !== 'always') return undefined;
    if (!written) {
      this.stats.batchesRefused++;
      // Batches written before this one still get their fsync.
      if (this.waiting.length > 0) this.syncSoon();
      return Promise.reject(unavailable(this.failure));
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.syncSoon();
    });
  }

  /** Writes the record being built. False when it could not be written (or the log is not writing). */
  writePending(): boolean {
    if (this.builder.empty) return this.state === 'ok';
    const entries = this.builder.entries;
    const record = this.builder.finish();
    const active = this.active!;
    if (this.state !== 'ok') {
      this.stats.eventsUnlogged += entries;
      return false;
    }
    if (this.totalBytes + record.length > this.options.maxBytes) {
      this.stats.eventsUnlogged += entries;
      this.state = 'full';
      this.failure = `it holds --wal-max-mb (${this.options.maxBytes} bytes) and no snapshot could free room`;
      this.options.log.error(
        { dir: this.dir, bytes: this.totalBytes, maxBytes: this.options.maxBytes },
        'write-ahead log is full: events are applied but not logged until a snapshot frees room',
      );
      // The once-a-second tick forces a snapshot; not from here, in the middle of an event's sinks.
      return false;
    }
    try {
      this.timed('wal-write', () => writeAll(this.fd, record));
    } catch (err) {
      this.stats.eventsUnlogged += entries;
      this.fail('write', err as NodeJS.ErrnoException, active.bytes);
      return false;
    }
    active.bytes += record.length;
    active.lastLsn = this.builder.firstLsn + entries - 1;
    this.bytesSinceSnapshot += record.length;
    if (this.options.fsync !== 'off') this.unsyncedSinceMs ??= performance.now();
    this.stats.recordsWritten++;
    this.stats.bytesWritten += record.length;
    this.stats.entriesLogged += entries;
    return true;
  }

  // --- fsync ------------------------------------------------------------------

  /** One fdatasync at a time; whoever commits while one runs is covered by the next (group commit). */
  private syncSoon(): void {
    if (this.syncing || this.fd < 0) return;
    const batch = this.waiting;
    this.waiting = [];
    const fd = this.fd;
    this.syncing = true;
    this.syncFd = fd;
    const since = this.unsyncedSinceMs;
    this.unsyncedSinceMs = undefined;
    fdatasync(fd, (err) => {
      this.syncing = false;
      this.syncFd = -1;
      if (this.retiredFd === fd) {
        this.retiredFd = -1;
        closeQuietly(fd);
      }
      if (err) {
        this.stats.fsyncErrors++;
        this.unsyncedSinceMs ??= since;
        this.fail('fsync', err, undefined);
        const e = unavailable(this.failure);
        for (const w of batch) w.reject(e);
      } else {
        this.stats.fsyncs++;
        const segment = this.segmentSync;
        if (segment === undefined) for (const w of batch) w.resolve();
        else
          segment.then(
            () => batch.forEach((w) => w.resolve()),
            (e: Error) => batch.forEach((w) => w.reject(e)),
          );
      }
      if (this.waiting.length > 0) this.syncSoon();
    });
  }

  private fail(what: 'write' | 'fsync' | 'segment', err: NodeJS.ErrnoException, cutTo: number | undefined): void {
    if (what === 'write' || what === 'segment') this.stats.writeErrors++;
    // A partial record must not stay in front of the next one; if it cannot be cut, the next write starts a new segment.
    if (cutTo !== undefined && this.fd >= 0) {
      try {
        ftruncateSync(this.fd, cutTo);
      } catch {
        this.needsNewSegment = true;
      }
    }
    // After a failed fsync the kernel may have dropped the pages: do not trust the segment.
    if (what === 'fsync') this.needsNewSegment = true;
    this.failedAtMs = performance.now();
    this.failure = `${what}: ${err.code ?? err.message}`;
    if (this.state === 'ok') {
      this.state = 'failing';
      this.options.log.error(
        { err, dir: this.dir, fsync: this.options.fsync },
        `write-ahead log cannot ${what === 'segment' ? 'start a segment' : what}: events are applied but not logged` +
          (this.options.fsync === 'always' ? '; batches are refused with 503 LD_ERR_WAL_UNAVAILABLE' : '') +
          '; trying again every second',
      );
    }
  }

  /** While failing: a small write tells whether the disk takes writes again. */
  private probe(): void {
    if (performance.now() - this.failedAtMs < 1000) return;
    try {
      if (this.needsNewSegment || this.fd < 0) this.rotate();
      if (this.needsNewSegment || this.fd < 0) return;
      const active = this.active!;
      const probe = probeRecord(this.lastLsn + 1);
      try {
        writeAll(this.fd, probe);
      } catch (err) {
        this.fail('write', err as NodeJS.ErrnoException, active.bytes);
        return;
      }
      active.bytes += probe.length;
      this.state = 'ok';
      this.options.log.info({ dir: this.dir, unlogged: this.stats.eventsUnlogged }, 'write-ahead log writes again');
    } catch (err) {
      this.fail('segment', err as NodeJS.ErrnoException, undefined);
    }
  }

  private tick(): void {
    if (this.state === 'failing') this.probe();
    if (this.options.fsync !== 'off' && this.unsyncedSinceMs !== undefined) this.syncSoon();
    const now = performance.now();
    const max = this.options.maxBytes;
    const due = (now - this.lastSnapshotAtMs >= this.options.snapshotIntervalMs && this.lastLsn > this.snapshotLsn) || this.bytesSinceSnapshot >= max / 4;
    const force = this.state === 'full' || this.totalBytes >= max / 2;
    if (due || force) this.snapshot(false, force);
  }

  // --- segments -----------------------------------------------------------------

  private openSegment(firstLsn: number): void {
    const path = join(this.dir, segmentName(firstLsn));
    // A file of that name can only be one this log began and never wrote to (a crash right after): start it over.
    const fd = this.timed('wal-segment', () => {
      const f = openSync(path, 'w');
      try {
        writeAll(f, segmentHeader(firstLsn));
      } catch (err) {
        closeQuietly(f);
        throw err;
      }
      return f;
    });
    // Starting over a file of the same name (never written to) replaces it, in the list too.
    for (let i = this.segments.length - 1; i >= 0; i--) if (this.segments[i].path === path) this.segments.splice(i, 1);
    if (this.active !== undefined && this.active.path !== path) this.segments.push(this.active);
    this.active = { path, firstLsn, lastLsn: firstLsn - 1, bytes: SEGMENT_HEADER_BYTES };
    const old = this.fd;
    this.fd = fd;
    this.needsNewSegment = false;
    this.syncSegmentChange(old);
  }

  /**
   * The new segment's name (its folder) and the old segment's tail are made
   * durable on the thread pool: an fsync on the event loop waits for the
   * file system's journal commit, as long as the disk takes, and holds every
   * connection meanwhile. Acknowledgements that wait for an fsync (`always`)
   * wait for this too. A failure here distrusts the log like any failed
   * fsync (it used to be only counted).
   */
  private syncSegmentChange(old: number): void {
    const syncOld = old >= 0 && this.options.fsync !== 'off';
    const done = Promise.all([syncDirLater(this.dir), syncOld ? fsyncLater(old) : undefined]).then(
      () => undefined,
      (err: NodeJS.ErrnoException) => {
        this.stats.fsyncErrors++;
        this.fail('fsync', err, undefined);
        throw unavailable(this.failure);
      },
    );
    const settled = done.catch(() => undefined);
    this.segmentSync = done;
    void settled.then(() => {
      if (this.segmentSync === done) this.segmentSync = undefined;
      if (old < 0) return;
      if (this.syncing && this.syncFd === old) this.retiredFd = old;
      else closeQuietly(old);
    });
  }

  /** Ends the active segment and begins another at the next entry; on failure the old one stays active. */
  private rotate(): boolean {
    this.writePending();
    const a = this.active;
    if (a !== undefined && a.lastLsn < a.firstLsn && !this.needsNewSegment && this.fd >= 0) return true;
    try {
      this.openSegment(this.lastLsn + 1);
      return true;
    } catch (err) {
      if (this.state === 'ok') this.fail('segment', err as NodeJS.ErrnoException, undefined);
      return false;
    }
  }

  // --- snapshots ----------------------------------------------------------------

  /**
   * Writes the engine's state as of the last entry, then deletes the
   * segments and snapshots it makes useless. History must be durable up to
   * the same entry, so no segment history still needs is deleted; if it is
   * behind (its disk fails), the snapshot waits, unless `force` (the log is
   * at half its size cap).
   *
   * `sync` (at start and at close) does it all in one go. Otherwise the
   * engine is captured at the last entry (wal/snapshot-capture.ts: series
   * encoded in slices, or just before an event changes them), then history
   * catches up with that entry (its checkpoint passes it), and the file is
   * written off the event loop.
   */
  snapshot(sync: boolean, force: boolean): Promise<void> | undefined {
    if (this.snapshotting !== undefined) return this.snapshotting;
    this.writePending();
    if (sync) {
      if (!this.historyCaughtUp(this.lastLsn, force, () => this.history?.flushAll())) return undefined;
      const capture = this.beginSnapshot();
      const t0 = performance.now();
      const parts = capture.finishNow();
      this.stats.lastSnapshotEncodeMs = performance.now() - t0;
      this.writeSnapshotSync(capture.lsn, parts);
      return undefined;
    }
    this.snapshotting = (async () => {
      let capture: SnapshotCapture | undefined;
      try {
        const slicer = new Slicer(BACKGROUND_BUDGET_MS);
        // Spares for the copies on write are made before the capture, in slices (snapshot-capture.ts).
        await SnapshotCapture.prepare(this.engine, this.windowPool, slicer);
        this.writePending();
        capture = this.beginSnapshot();
        // Encoded first, in slices: while the capture is open, every series an event is about to change is copied on
        // the ingest path (copy on write), and history's catch-up waits up to a second for the second in progress.
        const t0 = performance.now();
        const parts = await capture.finish(slicer);
        this.stats.lastSnapshotEncodeMs = performance.now() - t0;
        if (!(await this.historyCaughtUpAsync(capture.lsn, force))) return;
        await this.writeSnapshotAsync(capture.lsn, parts);
      } catch (err) {
        this.snapshotFailed(err as Error);
      } finally {
        capture?.release();
        this.snapshotting = undefined;
      }
    })();
    return this.snapshotting;
  }

  /** Captures the engine after the last entry; a new segment starts, so the ones before it can go. */
  private beginSnapshot(): SnapshotCapture {
    const lsn = this.lastLsn;
    this.lastSnapshotAtMs = performance.now();
    this.bytesSinceSnapshot = 0;
    // After a postponed snapshot the next try starts no segment: while history stays behind, one a second would pile up.
    if (this.logging && !this.lastSnapshotPostponed) this.rotate();
    return new SnapshotCapture(this.engine, lsn, this.engine.clock.nowMs(), undefined, this.windowPool);
  }

  private historyCaughtUp(lsn: number, force: boolean, flush: () => void): boolean {
    if (this.history === undefined) return true;
    let cp;
    try {
      flush();
      cp = this.history.checkpoint();
    } catch {
      // History's own failures are its to log; here they only mean it is behind.
      cp = { lsn: -1, second: -1 };
    }
    return this.postponeUnless(cp.lsn >= lsn || force, cp.lsn, lsn);
  }

  private async historyCaughtUpAsync(lsn: number, force: boolean): Promise<boolean> {
    if (this.history === undefined) return true;
    let cp;
    try {
      await this.history.catchUp(lsn, force);
      cp = this.history.checkpoint();
    } catch {
      cp = { lsn: -1, second: -1 };
    }
    return this.postponeUnless(cp.lsn >= lsn || force, cp.lsn, lsn);
  }

  private postponeUnless(ok: boolean, historyLsn: number, lsn: number): boolean {
    this.lastSnapshotPostponed = !ok;
    if (ok) return true;
    this.stats.snapshotsPostponed++;
    // Tried again at the next tick rather than a whole interval later.
    this.lastSnapshotAtMs = Number.NEGATIVE_INFINITY;
    const now = performance.now();
    if (now - this.postponedNoticeMs >= 60_000) {
      this.postponedNoticeMs = now;
      this.options.log.warn({ historyLsn, lsn }, 'write-ahead log snapshot postponed: history is not written up to the log; its segments are kept');
    }
    return false;
  }

  private writeSnapshotSync(lsn: number, parts: Buffer[]): void {
    const tmp = join(this.dir, TMP);
    try {
      const fd = openSync(tmp, 'w');
      try {
        for (const p of parts) writeAll(fd, p);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, join(this.dir, snapshotName(lsn)));
      syncDir(this.dir);
      this.recordSnapshotSize(parts);
      for (const path of this.snapshotDone(lsn, readdirSync(this.dir))) unlinkQuietly(path);
    } catch (err) {
      this.snapshotFailed(err as Error);
    }
  }

  private async writeSnapshotAsync(lsn: number, parts: Buffer[]): Promise<void> {
    const tmp = join(this.dir, TMP);
    try {
      const fh = await open(tmp, 'w');
      try {
        // About a megabyte a write: a write of every part at once would copy them all into one buffer first.
        for (let i = 0; i < parts.length;) {
          const group: Buffer[] = [];
          for (let bytes = 0; i < parts.length && bytes < 1 << 20; i++) {
            group.push(parts[i]);
            bytes += parts[i].length;
          }
          await fh.writev(group);
        }
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, join(this.dir, snapshotName(lsn)));
      await syncDirLater(this.dir);
      this.recordSnapshotSize(parts);
      // Unlinking a segment of many megabytes held the event loop 20–30 ms: the thread pool does it.
      const names = await readdir(this.dir);
      await Promise.all(this.snapshotDone(lsn, names).map((path) => unlink(path).catch(() => undefined)));
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      throw err;
    }
  }

  private recordSnapshotSize(parts: readonly Buffer[]): void {
    this.stats.lastSnapshotBytes = parts.reduce((n, p) => n + p.length, 0);
  }

  /** Forgets the snapshots and segments the new one makes useless; returns their paths, for the caller to delete. */
  private snapshotDone(lsn: number, names: readonly string[]): string[] {
    this.snapshotLsn = lsn;
    this.stats.snapshots++;
    const useless: string[] = [];
    for (const name of names) {
      const m = SNAPSHOT_FILE.exec(name);
      if (m && Number(m[1]) < lsn) useless.push(join(this.dir, name));
    }
    for (let i = this.segments.length - 1; i >= 0; i--) {
      if (this.segments[i].lastLsn > lsn) continue;
      useless.push(this.segments[i].path);
      this.segments.splice(i, 1);
    }
    if (this.state === 'full' && this.totalBytes < this.options.maxBytes / 2) {
      this.state = 'ok';
      this.options.log.info({ dir: this.dir, unlogged: this.stats.eventsUnlogged }, 'write-ahead log has room again');
    }
    return useless;
  }

  private snapshotFailed(err: Error): void {
    this.stats.snapshotErrors++;
    // One line per failure streak, not one a second.
    if (this.stats.snapshotErrors === 1 || this.stats.snapshots > this.stats.snapshotsAtLastError) {
      this.options.log.error({ err, dir: this.dir }, 'write-ahead log snapshot failed; segments are kept and it is tried again');
    }
    this.stats.snapshotsAtLastError = this.stats.snapshots;
  }

  /**
   * After history's final flush: writes what is pending, fsyncs, and leaves
   * a snapshot so the next start replays nothing.
   */
  async close(): Promise<void> {
    clearInterval(this.timer);
    if (!this.logging) {
      this.unlock?.();
      return;
    }
    if (this.snapshotting) await this.snapshotting;
    await this.segmentSync?.catch(() => undefined);
    this.writePending();
    // Not logging any more, so the snapshot starts no new segment.
    this.logging = false;
    this.snapshot(true, false);
    if (this.fd >= 0) {
      try {
        fsyncSync(this.fd);
        for (const w of this.waiting.splice(0)) w.resolve();
      } catch (err) {
        this.stats.fsyncErrors++;
        const e = unavailable(`fsync: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
        for (const w of this.waiting.splice(0)) w.reject(e);
      }
      if (this.syncing && this.syncFd === this.fd) this.retiredFd = this.fd;
      else closeQuietly(this.fd);
      this.fd = -1;
    }
    // The snapshot holds everything: a clean stop leaves no segment to replay.
    const a = this.active;
    if (a !== undefined && a.lastLsn <= this.snapshotLsn) {
      unlinkQuietly(a.path);
      this.active = undefined;
    }
    this.unlock?.();
  }
}

/** writeSync until every byte is written (a regular file may take a write in parts). */
export function writeAll(fd: number, buf: Buffer): void {
  let at = 0;
  while (at < buf.length) at += writeSync(fd, buf, at, buf.length - at);
}

/** A new or renamed file is durable only once its folder is. */
export function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** syncDir on the thread pool. */
async function syncDirLater(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed, or the disk is gone: nothing left to do with it.
  }
}

export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already; a later snapshot tries again.
  }
}
