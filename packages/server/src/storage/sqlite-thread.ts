import { Worker } from 'node:worker_threads';
import type { Log } from '../log.js';
import type { Db } from './database.js';
import type { RollupRow } from '../history/rollup.js';

/**
 * How often the thread checkpoints. Each checkpoint fsyncs the log and the
 * file, and a write the event loop makes meanwhile can wait for the
 * file system's journal: once a second, the soak saw commits and even
 * allocations held 100–300 ms. Every 10 s is about SQLite's own pace at
 * 5,000 events/s (1,000 pages), a few MiB of log between checkpoints.
 */
const CHECKPOINT_EVERY_MS = 10_000;

/** SQLite's own default: a checkpoint inside the commit that takes the log past this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** What the event loop asks of the thread. */
export type ToSqliteThread = 'stop' | { now: number } | { fold: number; minute: number };

/** A folded minute: per-minute rows of every series with per-second rows in it, encoded. */
export type FoldReport = { fold: number; ms: number } & ({ ok: true; rows: RollupRow[] } | { ok: false; message: string });

export interface SqliteThreadData {
  path: string;
  everyMs: number;
}

/** What the checkpoint thread posts after each round. */
export type CheckpointReport = (
  { ok: true; ms: number; walFrames: number; copiedFrames: number } | { ok: false; ms: number; code: string; message: string }
) & {
  /** Set when the round answers checkpointNow(). */
  request?: number;
};

export interface CheckpointerStats {
  /** Checkpoints run by the thread. */
  checkpoints: number;
  /** Checkpoints that failed (a full disk cannot take the pages back). */
  failures: number;
  /** Frames in the log at the last checkpoint (pages written since the log last restarted). */
  walFrames: number;
  /** Of those, the frames in the file once the last checkpoint ended (all of them unless a reader or writer held some back). */
  copiedFrames: number;
  /** The longest checkpoint so far, ms (it runs off the event loop). */
  longestMs: number;
  /** Whether the thread checkpoints; false means SQLite's own checkpoints inside commits (no thread, or it died). */
  running: boolean;
  /** Minutes of history folded by the thread, and the longest fold (ms). */
  folds: number;
  longestFoldMs: number;
}

/**
 * The thread's module. Run from source (tests and benches, under tsx),
 * Node 20 gives a worker none of the main thread's loader hooks, so a small
 * entry registers tsx's before it imports the TypeScript file.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./sqlite-thread-worker.js', import.meta.url);
  const source = new URL('./sqlite-thread-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(source)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
}

/**
 * The SQLite file's own thread: WAL checkpoints and the reading side of
 * history's per-minute fold run there, off the event loop.
 *
 * SQLite
 * checkpoints inside the commit that takes its log past 1,000 pages: with
 * history written every second that was one commit in a dozen seconds
 * holding the event loop 20–30 ms (copying pages and an fsync), the longest
 * stall in the soak after GC. Here the server's connection never
 * checkpoints on its own (wal_autocheckpoint = 0) and a worker thread with
 * a connection of its own checkpoints every `everyMs`, PASSIVE, beside the
 * writes. If the thread cannot start or dies, SQLite's own checkpoints come
 * back, so the log never grows without bound.
 *
 * Folding a minute into per-minute rollups reads every per-second row of it
 * back (a seek and a sketch decoded per row: 40 ms pieces in the soak at a
 * thousand series); the thread reads and merges them and the event loop
 * only writes the folded rows.
 */
export class SqliteThread {
  private worker: Worker | undefined;
  private stopping = false;
  private exited: Promise<void> = Promise.resolve();
  readonly stats: CheckpointerStats = { checkpoints: 0, failures: 0, walFrames: 0, copiedFrames: 0, longestMs: 0, running: false, folds: 0, longestFoldMs: 0 };
  /** checkpointNow() calls waiting for their round, by request number. */
  private readonly waiting = new Map<number, (ok: boolean) => void>();
  /** foldMinute() calls waiting for their rows, by request number. */
  private readonly folding = new Map<number, (rows: RollupRow[] | undefined) => void>();
  private requests = 0;
  /** The failure last logged, so a disk that stays full is logged once, not every round. */
  private loggedFailure: string | undefined;

  constructor(
    private readonly db: Db,
    private readonly log: Log,
    private readonly everyMs = CHECKPOINT_EVERY_MS,
  ) {}

  /** Starts the thread, for a file in WAL mode that other connections may open. */
  start(): void {
    if (this.db.memory || this.worker !== undefined) return;
    const mode = String(this.db.pragma('journal_mode', { simple: true }));
    const locking = String(this.db.pragma('locking_mode', { simple: true }));
    // Not in WAL mode yet (a full disk at start), or opened exclusive: SQLite's own checkpoints stay.
    if (mode !== 'wal' || locking === 'exclusive') return;
    const data: SqliteThreadData = { path: this.db.name, everyMs: this.everyMs };
    let worker: Worker;
    try {
      worker = new Worker(workerEntry(), { workerData: data, name: 'sqlite-checkpoint' });
    } catch (err) {
      this.log.warn({ err, path: this.db.name }, 'cannot start the SQLite checkpoint thread: SQLite checkpoints inside commits instead');
      return;
    }
    this.worker = worker;
    this.db.pragma('wal_autocheckpoint = 0');
    this.stats.running = true;
    worker.unref();
    worker.on('message', (report: CheckpointReport | FoldReport) => ('fold' in report ? this.onFold(report) : this.onReport(report)));
    worker.on('error', (err) => {
      this.log.error({ err, path: this.db.name }, 'the SQLite checkpoint thread failed: SQLite checkpoints inside commits again');
    });
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.worker = undefined;
        this.stats.running = false;
        for (const done of this.waiting.values()) done(false);
        this.waiting.clear();
        for (const done of this.folding.values()) done(undefined);
        this.folding.clear();
        // Back to SQLite's checkpoints in commits; not after close (the connection is gone).
        if (this.db.open) this.db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
        if (!this.stopping) this.log.error({ code, path: this.db.name }, 'the SQLite checkpoint thread exited: SQLite checkpoints inside commits again');
        resolve();
      }),
    );
  }

  /**
   * A checkpoint now, on the thread: every commit so far is durable (the
   * log is fsynced first) when it resolves true. Without the thread it runs
   * here, as SQLite's own would.
   */
  checkpointNow(): Promise<boolean> {
    const worker = this.worker;
    if (worker === undefined) {
      if (this.db.memory) return Promise.resolve(true);
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
        return Promise.resolve(true);
      } catch {
        return Promise.resolve(false);
      }
    }
    const request = ++this.requests;
    return new Promise((resolve) => {
      this.waiting.set(request, resolve);
      const message: ToSqliteThread = { now: request };
      worker.postMessage(message);
    });
  }

  /**
   * A finished minute's per-minute rows, read and merged on the thread;
   * undefined when there is no thread (or it failed): the caller folds on
   * the event loop instead.
   */
  foldMinute(minute: number): Promise<RollupRow[] | undefined> {
    const worker = this.worker;
    if (worker === undefined) return Promise.resolve(undefined);
    const fold = ++this.requests;
    return new Promise((resolve) => {
      this.folding.set(fold, resolve);
      const message: ToSqliteThread = { fold, minute };
      worker.postMessage(message);
    });
  }

  private onFold(report: FoldReport): void {
    const done = this.folding.get(report.fold);
    this.folding.delete(report.fold);
    if (!report.ok) {
      this.log.warn({ path: this.db.name, message: report.message }, 'the SQLite thread could not fold a minute of history: the event loop folds it');
      done?.(undefined);
      return;
    }
    this.stats.folds++;
    this.stats.longestFoldMs = Math.max(this.stats.longestFoldMs, report.ms);
    done?.(report.rows);
  }

  private onReport(report: CheckpointReport): void {
    if (report.request !== undefined) {
      this.waiting.get(report.request)?.(report.ok);
      this.waiting.delete(report.request);
    }
    this.stats.checkpoints++;
    this.stats.longestMs = Math.max(this.stats.longestMs, report.ms);
    if (report.ok) {
      this.stats.walFrames = report.walFrames;
      this.stats.copiedFrames = report.copiedFrames;
      if (this.loggedFailure !== undefined) {
        this.log.info({ path: this.db.name }, 'SQLite checkpoints work again');
        this.loggedFailure = undefined;
      }
      return;
    }
    this.stats.failures++;
    // A full disk: the pages stay in the log (still durable) until the file can take them; the history faults say what to do.
    if (this.loggedFailure !== report.code) {
      this.loggedFailure = report.code;
      this.log.warn(
        { path: this.db.name, code: report.code },
        `SQLite checkpoint failed (${report.message}): the log keeps the pages and it is tried again each second`,
      );
    }
  }

  /** Stops the thread after any checkpoint under way; SQLite's own checkpoints are back when it resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    // Unreferenced while it runs (it never keeps the process alive), referenced while the stop waits for it.
    this.worker?.ref();
    const message: ToSqliteThread = 'stop';
    this.worker?.postMessage(message);
    await this.exited;
  }
}
