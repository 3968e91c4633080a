import type { Log } from '../log.js';
import type { MetricsEngine, SampleSink } from '../metrics/engine.js';
import type { IngestEvent, Series } from '../metrics/series.js';
import type { TargetState } from '../metrics/target-state.js';
import { forgetCheckpoint } from '../wal/history-checkpoint.js';
import { StorageFaults } from '../storage/storage-faults.js';
import { HistoryBuffer, mergeRanges, type BufferedRow, type HistoryBufferLimits } from './history-buffer.js';
import { isPromise, type HistoryBackend, type MaybePromise, type SecondRange, type SeriesIdentity } from './history-backend.js';
import { HistoryStore, metadataJson } from './history-store.js';
import { BACKGROUND_BUDGET_MS, Slicer } from '../slices.js';
import { Rollup, mergeRow, type RollupRow } from './rollup.js';
import { SecondRollupPool, type SecondRollup } from './second-rollup.js';

export interface Retention {
  /** How long per-second rollups are kept (s). */
  perSecondS: number;
  /** How long per-minute rollups are kept (s). */
  perMinuteS: number;
}

export const DEFAULT_RETENTION: Retention = { perSecondS: 24 * 3600, perMinuteS: 30 * 24 * 3600 };

export interface RecorderOptions {
  /** Where write failures are counted and reported; by default one of its own. */
  faults?: StorageFaults;
  /** What waits in memory while the file cannot be written. */
  buffer?: HistoryBufferLimits;
  /** Reads and merges a finished minute off the event loop (storage/sqlite-thread.ts); undefined rows: fold here. */
  minuteFolder?: { foldMinute(minute: number): Promise<RollupRow[] | undefined> };
}

/**
 * Rows of a second written per transaction. A row costs 20–80 µs (each
 * series' rows live in their own part of the file, so every row dirties a
 * page of its own): a thousand-series second in one transaction held the
 * event loop 30–70 ms. A second is written in pieces, the log's checkpoint
 * with its last one; a crash between pieces leaves a partial second that
 * the write-ahead log's recovery deletes before replaying it whole
 * (HistoryStore.deleteSecondsAfter). A second already partly written (the
 * snapshot's flush took its first events) is merged in one transaction.
 */
const SECOND_PIECE_ROWS = 100;
/** PostgreSQL's pieces: a transaction is a few round trips whatever its size, and the event loop is free while it runs. */
const PG_PIECE_ROWS = 2000;
/** Per-minute rows written per transaction while folding. */
const WRITE_SLICE_ROWS = 100;
/** Per-second rows read per page while folding a minute: each is a seek into the file (10–80 µs once the file outgrows the cache). */
const READ_PAGE_ROWS = 64;
/** Rows deleted per statement while pruning. */
const PRUNE_SLICE_ROWS = 2000;
/** While writes fail, a WAL checkpoint is tried at most this often (it copies up to the WAL's size). */
const RECLAIM_EVERY_MS = 10_000;

/**
 * Rolls every series up per second as events arrive (in memory, O(1) per
 * sample), writes each finished second in one transaction, folds finished
 * minutes into per-minute rollups, and prunes past the retention.
 *
 * A second that cannot be written (disk full, read-only, I/O error) waits
 * in a bounded buffer and is written, oldest first, once the file takes
 * writes again; what overflows is counted and recorded as a gap. Failures
 * never reach the caller: they are counted and reported by `faults`.
 */
export class HistoryRecorder implements SampleSink {
  /** Unix second → rollups of that second by series. */
  private readonly seconds = new Map<number, Map<Series, SecondRollup>>();
  /** Each series' rollup of a second is taken from here and given back once encoded: no per-second garbage. */
  private readonly pool = new SecondRollupPool();
  private readonly storedIds = new WeakMap<Series, number>();
  private flushTimer: NodeJS.Timeout | undefined;
  private maintenanceTimer: NodeJS.Timeout | undefined;
  /** The flush in progress: flushes run one at a time, each in slices. */
  private flushing: Promise<number> = Promise.resolve(0);
  private timerFlushQueued = false;
  private maintaining: Promise<void> | undefined;
  private lastReclaimMs = 0;
  /** A write to PostgreSQL in progress: drains run one at a time, so a held row is never written twice. */
  private drainInFlight: Promise<boolean> | undefined;
  readonly faults: StorageFaults;
  readonly buffer: HistoryBuffer;
  private readonly minuteFolder: RecorderOptions['minuteFolder'];
  rowsWritten = 0;

  constructor(
    readonly store: HistoryBackend,
    private readonly engine: MetricsEngine,
    private readonly retention: Retention,
    private readonly log: Log,
    options: RecorderOptions = {},
  ) {
    this.faults = options.faults ?? new StorageFaults(store.name, log);
    this.buffer = new HistoryBuffer(options.buffer ?? { maxSeconds: 300, maxRows: 300_000 });
    this.minuteFolder = options.minuteFolder;
  }

  start(): void {
    // A file that cannot be written shows in /health from the start, not at the first event.
    void this.probe();
    if (this.walLink === undefined && this.store instanceof HistoryStore) {
      try {
        forgetCheckpoint(this.store);
      } catch (err) {
        this.failed('write history', err);
      }
    }
    this.flushTimer = setInterval(() => {
      // A flood can make one flush outlast the tick: the next waits instead of queuing behind it.
      if (this.timerFlushQueued) return;
      this.timerFlushQueued = true;
      void this.flush(false).finally(() => (this.timerFlushQueued = false));
    }, 1000);
    this.flushTimer.unref();
    this.maintenanceTimer = setInterval(() => void this.maintain(), 60_000);
    this.maintenanceTimer.unref();
  }

  onSample(target: TargetState, series: Series, sampleMs: number | undefined, event: IngestEvent, arrivalMs: number, processingMs: number): void {
    const second = Math.floor(arrivalMs / 1000);
    let bySeries = this.seconds.get(second);
    if (bySeries === undefined) {
      bySeries = new Map();
      this.seconds.set(second, bySeries);
    }
    let rollup = bySeries.get(series);
    if (rollup === undefined) {
      rollup = this.pool.take();
      rollup.targetId = target.id;
      bySeries.set(series, rollup);
    }
    rollup.addEvent(sampleMs, event.payloadBytes, processingMs);
  }

  /**
   * Set by the write-ahead log: its position, read when a second leaves the
   * live rollups; the transaction that writes the last of a second's rows
   * keeps how far history is durable in the log's terms
   * (wal/history-checkpoint.ts), and `secondWritten` hears of it once
   * committed. A crash then never makes a replay write a second twice.
   */
  walLink: { position(): number; checkpointSecond(): number; secondWritten(lsn: number, second: number): void } | undefined;

  /** The SQLite store, for the write-ahead log (its checkpoint lives in the file); undefined with PostgreSQL. */
  get sqlite(): HistoryStore | undefined {
    return this.store instanceof HistoryStore ? this.store : undefined;
  }

  /**
   * Writes finished seconds (all of them when `everything`, as before a
   * query), after any flush already running, in slices with the event loop
   * free in between. Resolves with the rows moved out of the live rollups.
   */
  flush(everything: boolean): Promise<number> {
    const run = this.flushing.then(async () => {
      const slicer = new Slicer(everything ? undefined : BACKGROUND_BUDGET_MS);
      // A query's flush does not retry a failing disk: the timer does, once a second.
      const write = !(everything && this.faults.isFailing('history'));
      const moved = await this.move(everything, write, slicer);
      if (write) while (await this.drainFor(slicer.budgetMs)) await slicer.yield();
      return moved;
    });
    this.flushing = run.catch(() => 0);
    return run;
  }

  /**
   * Everything pending written now, in one go (the write-ahead log's
   * snapshot needs history durable up to the log's last entry). Safe while
   * a sliced flush is suspended: rows are never held outside the live map
   * and the buffer across a pause.
   */
  flushAllNow(): void {
    if (this.store.kind !== 'sqlite') throw new Error('flushAllNow needs the synchronous SQLite store');
    void this.move(true, true, undefined);
    void this.drainFor(Number.POSITIVE_INFINITY);
  }

  /**
   * Moves finished seconds (all when `everything`) from the live rollups
   * into the buffer, encoded, a few rows at a time. A backlog larger than
   * the buffer (the event loop held up for minutes, a test's clock) is
   * written as it goes when `write`, so only a failing disk ever drops
   * seconds. The second in progress is moved in one go, so the log
   * position read with it is exact; without a slicer everything is (and the
   * promise is settled when it returns).
   */
  private async move(everything: boolean, write: boolean, slicer: Slicer | undefined): Promise<number> {
    const current = Math.floor(this.engine.clock.nowMs() / 1000);
    let moved = 0;
    for (const [second, bySeries] of this.seconds) {
      if (!everything && second >= current) continue;
      const pause = slicer !== undefined && second < current ? slicer : undefined;
      let rows: BufferedRow[] = [];
      for (const [series, rollup] of bySeries) {
        rows.push({ targetId: rollup.targetId, series, row: rollup.toRow(0, second) });
        // Each entry leaves the live map as it is encoded, and goes to the buffer before any pause.
        bySeries.delete(series);
        this.pool.give(rollup);
        if (rows.length === 64) {
          const held = this.hold(second, rows, write, undefined);
          // Awaited only when it is a promise: with SQLite the move stays synchronous (flushAllNow).
          moved += isPromise(held) ? await held : held;
          rows = [];
          if (pause?.due()) await pause.yield();
        }
      }
      // Every event of this second logged so far is in the buffer now: the log's position says how far.
      const held = this.hold(second, rows, write, this.walLink?.position());
      moved += isPromise(held) ? await held : held;
      if (bySeries.size === 0) this.seconds.delete(second);
    }
    this.pool.trim();
    return moved;
  }

  /** Synchronous with SQLite (so flushAllNow completes before it returns); a promise only while a PostgreSQL write runs. */
  private hold(second: number, rows: BufferedRow[], write: boolean, lsn: number | undefined): MaybePromise<number> {
    if (write && this.buffer.wouldOverflow(second, rows.length)) {
      const drained = this.drainFor(Number.POSITIVE_INFINITY);
      if (isPromise(drained)) return drained.then(() => this.hold(second, rows, false, lsn));
    }
    this.buffer.add(second, rows, lsn);
    return rows.length;
  }

  /**
   * Writes held seconds, oldest first, in pieces of SECOND_PIECE_ROWS, until the buffer is empty,
   * a write fails, or `budgetMs` is used. True when rows remain to write
   * and writes work. Synchronous with SQLite; with PostgreSQL a promise,
   * one drain at a time.
   */
  private drainFor(budgetMs: number): MaybePromise<boolean> {
    if (this.drainInFlight !== undefined) return this.drainInFlight.then(() => this.drainFor(budgetMs));
    const result = this.drainFrom(performance.now(), budgetMs);
    if (!isPromise(result)) return result;
    const inFlight = result.finally(() => {
      if (this.drainInFlight === inFlight) this.drainInFlight = undefined;
    });
    this.drainInFlight = inFlight;
    return inFlight;
  }

  private drainFrom(started: number, budgetMs: number): MaybePromise<boolean> {
    for (let next = this.buffer.oldest(); next !== undefined; next = this.buffer.oldest()) {
      const [second, held] = next;
      // A second the log's checkpoint already names holds merged rows: a crash mid-way could not be undone, so one transaction.
      // So is every second in PostgreSQL with the log: other servers' rows share it, so a partial one cannot be deleted at start.
      const whole = this.walLink !== undefined && (this.store.kind === 'postgres' || second <= this.walLink.checkpointSecond());
      const rows = whole ? held.slice() : held.slice(0, this.store.kind === 'postgres' ? PG_PIECE_ROWS : SECOND_PIECE_ROWS);
      const last = rows.length === held.length;
      const lsn = last ? this.buffer.lsnOf(second) : undefined;
      const gaps = this.buffer.gapsToSave().slice();
      const written = (ids: number[]): void => {
        rows.forEach((r, i) => this.storedIds.set(r.series, ids[i]));
        this.buffer.removeRows(second, rows.length);
        this.buffer.gapsSaved(gaps.length);
        this.rowsWritten += rows.length;
        if (lsn !== undefined) this.walLink?.secondWritten(lsn, second);
        this.recovered();
      };
      let ids: MaybePromise<number[]>;
      try {
        ids = this.store.writeSecond(
          rows.map((r) => ({ series: this.storedIds.get(r.series) ?? identity(r), row: r.row })),
          gaps,
          lsn === undefined || this.walLink === undefined ? undefined : { lsn, second },
        );
      } catch (err) {
        this.failed('write history', err);
        return false;
      }
      if (isPromise(ids)) {
        return ids.then(
          (got) => {
            written(got);
            return this.buffer.size > 0 && performance.now() - started >= budgetMs ? true : this.drainFrom(started, budgetMs);
          },
          (err: unknown) => {
            this.failed('write history', err);
            return false;
          },
        );
      }
      written(ids);
      if (this.buffer.size > 0 && performance.now() - started >= budgetMs) return true;
    }
    // Nothing held: save lost ranges left over, or, while failing with nothing to write, try a write that shows whether the store is back.
    if (this.buffer.gapsToSave().length > 0 || this.faults.isFailing('history')) {
      const probed = this.probe();
      if (isPromise(probed)) return probed.then(() => false);
    }
    return false;
  }

  /** A small write (lost ranges not yet saved, and the time): the store's health when there is no data to write. */
  private probe(): MaybePromise<void> {
    const gaps = this.buffer.gapsToSave().slice();
    const nowS = Math.floor(this.engine.clock.nowMs() / 1000);
    const done = (): void => {
      this.buffer.gapsSaved(gaps.length);
      this.recovered();
    };
    try {
      const w = this.store.writeRows('1s', [], gaps);
      if (isPromise(w)) {
        return w.then(() => this.store.setMeta('written_at', nowS)).then(done, (err: unknown) => this.failed('write history', err));
      }
      void this.store.setMeta('written_at', nowS);
    } catch (err) {
      this.failed('write history', err);
      return;
    }
    done();
  }

  private recovered(): void {
    if (!this.faults.isFailing('history')) return;
    // The WAL grew while the disk was full: give its space back before it fills the disk again.
    this.store.reclaim();
    this.faults.ok('history');
  }

  private failed(action: string, err: unknown): void {
    const now = Date.now();
    if (now - this.lastReclaimMs >= RECLAIM_EVERY_MS) {
      this.lastReclaimMs = now;
      this.store.reclaim();
    }
    const b = this.buffer;
    this.faults.failed(
      'history',
      action,
      err,
      `${b.size} s of history wait in memory (up to ${b.limits.maxSeconds} s or ${b.limits.maxRows} rows, then the oldest are dropped and shown as gaps; ${b.droppedSeconds} s dropped so far)`,
    );
  }

  /**
   * Folds finished minutes into per-minute rollups, a minute at a time and
   * a page of rows at a time, then prunes old rows in slices: at tens of
   * thousands of series a minute is hundreds of thousands of rows.
   */
  maintain(): Promise<void> {
    this.maintaining ??= this.maintainInSlices().finally(() => (this.maintaining = undefined));
    return this.maintaining;
  }

  private async maintainInSlices(): Promise<void> {
    try {
      // Servers sharing PostgreSQL fold and prune once, not each.
      await this.store.exclusive(() => this.foldAndPrune());
    } catch (err) {
      // Retried at the next maintenance: per-minute rollups resume from downsampled_to.
      this.failed('fold and prune history', err);
    }
  }

  private async foldAndPrune(): Promise<void> {
    const slicer = new Slicer(BACKGROUND_BUDGET_MS);
    {
      const nowS = Math.floor(this.engine.clock.nowMs() / 1000);
      // Leave a minute for late flushes, and never fold a minute whose seconds still wait in memory.
      const held = this.buffer.oldestSecond();
      const doneMinute = Math.min(Math.floor(nowS / 60) * 60 - 60, held === undefined ? Number.POSITIVE_INFINITY : Math.floor(held / 60) * 60);
      const from = (await this.store.getMeta('downsampled_to')) ?? (await this.store.span('1s'))?.from ?? doneMinute;
      for (let minute = Math.floor(from / 60) * 60; minute < doneMinute; minute += 60) {
        // Minutes without rows (an idle night, an outage) are skipped in one step, not read second by second.
        const first = await this.store.firstSecondFrom(minute);
        const skipTo = first === undefined ? doneMinute : Math.min(doneMinute, Math.floor(first / 60) * 60);
        if (skipTo > minute) {
          await this.store.setMeta('downsampled_to', skipTo);
          minute = skipTo - 60;
          continue;
        }
        await this.foldMinute(minute, slicer);
        await this.store.setMeta('downsampled_to', minute + 60);
      }
      const before = { '1s': nowS - this.retention.perSecondS, '1m': nowS - this.retention.perMinuteS } as const;
      let pruned = 0;
      for (const res of ['1s', '1m'] as const) {
        for (let n = PRUNE_SLICE_ROWS; n === PRUNE_SLICE_ROWS;) {
          n = await this.store.pruneSome(res, before[res], PRUNE_SLICE_ROWS);
          pruned += n;
          await slicer.maybeYield();
        }
      }
      await this.store.pruneGaps(before['1m']);
      if (pruned > 0) this.log.debug({ pruned }, 'pruned history');
    }
  }

  /** One minute of per-second rows → one per-minute row per series (replacing any, so a retry after a failure is harmless). */
  private async foldMinute(minute: number, slicer: Slicer): Promise<void> {
    // Reading a minute back (a seek per row, a sketch decoded per row) is most of the fold: the SQLite thread does it.
    const file = this.sqlite;
    const folded = file === undefined ? undefined : await this.minuteFolder?.foldMinute(minute);
    if (file !== undefined && folded !== undefined) {
      for (let i = 0; i < folded.length; i += WRITE_SLICE_ROWS) {
        file.replaceEncodedRows('1m', folded.slice(i, i + WRITE_SLICE_ROWS));
        await slicer.maybeYield();
      }
      return;
    }
    const bySeries = new Map<number, Rollup>();
    for (let second = minute; second < minute + 60; second++) {
      for (let after = 0; ;) {
        const page = await this.store.secondRowsPage(second, after, READ_PAGE_ROWS);
        for (let i = 0; i < page.length; i++) {
          const row = page[i];
          let r = bySeries.get(row.series_id);
          if (r === undefined) bySeries.set(row.series_id, (r = new Rollup()));
          // Merging a row decodes its sketch (tens of µs): the page is cut into slices too.
          mergeRow(r, row);
          if ((i & 31) === 31) await slicer.maybeYield();
        }
        await slicer.maybeYield();
        if (page.length < READ_PAGE_ROWS) break;
        after = page[page.length - 1].series_id;
      }
    }
    const rows = [...bySeries].map(([seriesId, rollup]) => ({ seriesId, ts: minute, rollup }));
    for (let i = 0; i < rows.length; i += WRITE_SLICE_ROWS) {
      await this.store.replaceRows('1m', rows.slice(i, i + WRITE_SLICE_ROWS));
      await slicer.maybeYield();
    }
  }

  /** Ranges of [fromS, toS) whose history was lost (dropped from a full buffer), from the file and from memory. */
  async gapsIn(fromS: number, toS: number): Promise<SecondRange[]> {
    let stored: SecondRange[] = [];
    try {
      stored = await this.store.gaps(fromS, toS);
    } catch {
      // Unreadable: the query itself fails and says so.
    }
    return mergeRanges([...stored, ...this.buffer.unsavedGapsIn(fromS, toS)]);
  }

  /** Ranges of [fromS, toS) waiting in memory to be written. */
  pendingIn(fromS: number, toS: number): SecondRange[] {
    return this.buffer.pendingIn(fromS, toS);
  }

  /** Seconds up to which per-minute rollups are complete. */
  downsampledTo(): MaybePromise<number | undefined> {
    return this.store.getMeta('downsampled_to');
  }

  /** Stops the timers and writes everything pending, the second in progress included, in one go. */
  async stop(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.maintenanceTimer);
    await this.maintaining;
    await this.flushing;
    // The last try, even while failing: what it cannot write is lost with the process.
    await this.move(true, true, undefined);
    await this.drainFor(Number.POSITIVE_INFINITY);
    if (this.buffer.size > 0) {
      this.log.error(
        { path: this.faults.path, seconds: this.buffer.size, rows: this.buffer.rows },
        `stopping with ${this.buffer.size} s of history not written to ${this.faults.path}: they are lost`,
      );
    }
  }
}

function identity(r: BufferedRow): SeriesIdentity {
  return { target: r.targetId, key: r.series.key, metadata: metadataJson(r.series.metadata), split: r.series.split };
}
