import type { Log } from '../log.js';
import type { MetricsEngine, SampleSink } from '../metrics/engine.js';
import type { IngestEvent, Series } from '../metrics/series.js';
import type { TargetState } from '../metrics/target-state.js';
import { metadataJson, type HistoryStore } from './history-store.js';
import { Slicer } from '../slices.js';
import { Rollup, mergeRow } from './rollup.js';

export interface Retention {
  /** How long per-second rollups are kept (s). */
  perSecondS: number;
  /** How long per-minute rollups are kept (s). */
  perMinuteS: number;
}

export const DEFAULT_RETENTION: Retention = { perSecondS: 24 * 3600, perMinuteS: 30 * 24 * 3600 };

interface Pending {
  targetId: string;
  series: Series;
  rollup: Rollup;
}

/** Rollups written per transaction; a few hundred cost a few milliseconds, and the flush lets other work run whenever its slice budget is used. */
const WRITE_SLICE_ROWS = 250;
/** Per-second rows read per page while folding a minute. */
const READ_PAGE_ROWS = 2000;
/** Rows deleted per statement while pruning. */
const PRUNE_SLICE_ROWS = 2000;

/**
 * Rolls every series up per second as events arrive (in memory, O(1) per
 * sample), writes each finished second in one transaction, folds finished
 * minutes into per-minute rollups, and prunes past the retention.
 */
export class HistoryRecorder implements SampleSink {
  /** Unix second → rollups of that second by series. */
  private readonly seconds = new Map<number, Map<Series, Pending>>();
  private readonly storedIds = new WeakMap<Series, number>();
  private flushTimer: NodeJS.Timeout | undefined;
  private maintenanceTimer: NodeJS.Timeout | undefined;
  /** The flush in progress: flushes run one at a time, each in slices. */
  private flushing: Promise<number> = Promise.resolve(0);
  private timerFlushQueued = false;
  private maintaining: Promise<void> | undefined;
  rowsWritten = 0;

  constructor(
    readonly store: HistoryStore,
    private readonly engine: MetricsEngine,
    private readonly retention: Retention,
    private readonly log: Log,
  ) {}

  start(): void {
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
    let pending = bySeries.get(series);
    if (pending === undefined) {
      pending = { targetId: target.id, series, rollup: new Rollup() };
      bySeries.set(series, pending);
    }
    pending.rollup.addEvent(sampleMs, event.payloadBytes, processingMs);
  }

  /**
   * Writes finished seconds (all of them when `everything`, as before a
   * history query), a slice per transaction with the event loop free in
   * between, after any flush already running. Resolves with the rows written.
   */
  flush(everything: boolean): Promise<number> {
    const run = this.flushing.then(async () => {
      const slicer = new Slicer();
      let written = 0;
      for (;;) {
        const n = this.writeSlice(everything);
        if (n === 0) return written;
        written += n;
        await slicer.maybeYield();
      }
    });
    this.flushing = run.catch(() => 0);
    return run;
  }

  /** Takes up to WRITE_SLICE_ROWS finished rollups out of the pending seconds and writes them; returns how many. */
  private writeSlice(everything: boolean): number {
    const current = Math.floor(this.engine.clock.nowMs() / 1000);
    const taken: { pending: Pending; ts: number }[] = [];
    for (const [second, bySeries] of this.seconds) {
      if (!everything && second >= current) continue;
      for (const [series, pending] of bySeries) {
        taken.push({ pending, ts: second });
        bySeries.delete(series);
        if (taken.length === WRITE_SLICE_ROWS) break;
      }
      if (bySeries.size === 0) this.seconds.delete(second);
      if (taken.length === WRITE_SLICE_ROWS) break;
    }
    if (taken.length === 0) return 0;
    try {
      const ids = this.idsOf(taken.map((t) => t.pending));
      this.store.write(
        '1s',
        taken.map((t, i) => ({ seriesId: ids[i], ts: t.ts, rollup: t.pending.rollup })),
      );
      this.rowsWritten += taken.length;
    } catch (err) {
      this.log.error({ err, rows: taken.length }, 'could not write history; these seconds are lost');
    }
    return taken.length;
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
    const slicer = new Slicer();
    const nowS = Math.floor(this.engine.clock.nowMs() / 1000);
    const doneMinute = Math.floor(nowS / 60) * 60 - 60; // leave a minute for late flushes
    const from = this.store.getMeta('downsampled_to') ?? this.store.span('1s')?.from ?? doneMinute;
    for (let minute = Math.floor(from / 60) * 60; minute < doneMinute; minute += 60) {
      await this.foldMinute(minute, slicer);
      this.store.setMeta('downsampled_to', minute + 60);
    }
    const before = { '1s': nowS - this.retention.perSecondS, '1m': nowS - this.retention.perMinuteS } as const;
    let pruned = 0;
    for (const res of ['1s', '1m'] as const) {
      for (let n = PRUNE_SLICE_ROWS; n === PRUNE_SLICE_ROWS;) {
        n = this.store.pruneSome(res, before[res], PRUNE_SLICE_ROWS);
        pruned += n;
        await slicer.maybeYield();
      }
    }
    if (pruned > 0) this.log.debug({ pruned }, 'pruned history');
  }

  /** One minute of per-second rows → one per-minute row per series (replacing any, so a retry after a failure is harmless). */
  private async foldMinute(minute: number, slicer: Slicer): Promise<void> {
    const bySeries = new Map<number, Rollup>();
    let after: { ts: number; seriesId: number } | undefined;
    for (;;) {
      const page = this.store.secondRowsPage(minute, minute + 60, after, READ_PAGE_ROWS);
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
      const last = page[page.length - 1];
      after = { ts: last.ts, seriesId: last.series_id };
    }
    const rows = [...bySeries].map(([seriesId, rollup]) => ({ seriesId, ts: minute, rollup }));
    for (let i = 0; i < rows.length; i += WRITE_SLICE_ROWS) {
      this.store.replaceRows('1m', rows.slice(i, i + WRITE_SLICE_ROWS));
      await slicer.maybeYield();
    }
  }

  /** Seconds up to which per-minute rollups are complete. */
  downsampledTo(): number | undefined {
    return this.store.getMeta('downsampled_to');
  }

  /** Stops the timers and writes everything pending, the second in progress included. */
  async stop(): Promise<void> {
    clearInterval(this.flushTimer);
    clearInterval(this.maintenanceTimer);
    await this.maintaining;
    await this.flush(true);
  }

  /** Stored ids of the pendings' series; those not yet stored are created together. */
  private idsOf(pendings: readonly Pending[]): number[] {
    const missing = pendings.filter((p) => !this.storedIds.has(p.series));
    if (missing.length > 0) {
      const ids = this.store.seriesIdMany(
        missing.map((p) => ({ target: p.targetId, key: p.series.key, metadata: metadataJson(p.series.metadata), split: p.series.split })),
      );
      missing.forEach((p, i) => this.storedIds.set(p.series, ids[i]));
    }
    return pendings.map((p) => this.storedIds.get(p.series)!);
  }
}
