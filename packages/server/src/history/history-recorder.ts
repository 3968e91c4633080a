import type { Log } from '../log.js';
import type { MetricsEngine, SampleSink } from '../metrics/engine.js';
import type { IngestEvent, Series } from '../metrics/series.js';
import type { TargetState } from '../metrics/target-state.js';
import { metadataJson, type HistoryStore } from './history-store.js';
import { Rollup } from './rollup.js';

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
  rowsWritten = 0;
  /**
   * Called inside each flush's transaction, rows or not: the write-ahead
   * log keeps there how far the file is durable (wal/history-checkpoint.ts).
   */
  onFlushed: ((store: HistoryStore, everything: boolean, currentSecond: number) => void) | undefined;

  constructor(
    readonly store: HistoryStore,
    private readonly engine: MetricsEngine,
    private readonly retention: Retention,
    private readonly log: Log,
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => this.flush(false), 1000);
    this.flushTimer.unref();
    this.maintenanceTimer = setInterval(() => this.maintain(), 60_000);
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

  /** Writes finished seconds (all of them when `everything`, as at shutdown). */
  flush(everything: boolean): number {
    const current = Math.floor(this.engine.clock.nowMs() / 1000);
    const rows: { seriesId: number; ts: number; rollup: Rollup }[] = [];
    for (const [second, bySeries] of this.seconds) {
      if (!everything && second >= current) continue;
      for (const p of bySeries.values()) rows.push({ seriesId: this.storedId(p), ts: second, rollup: p.rollup });
      this.seconds.delete(second);
    }
    if (rows.length === 0 && this.onFlushed === undefined) return 0;
    try {
      this.store.db.transaction(() => {
        if (rows.length > 0) this.store.write('1s', rows);
        this.onFlushed?.(this.store, everything, current);
      })();
      this.rowsWritten += rows.length;
    } catch (err) {
      this.log.error({ err, rows: rows.length }, 'could not write history; these seconds are lost');
    }
    return rows.length;
  }

  /** Folds finished minutes into per-minute rollups and prunes old rows. */
  maintain(): void {
    const nowS = Math.floor(this.engine.clock.nowMs() / 1000);
    const doneMinute = Math.floor(nowS / 60) * 60 - 60; // leave a minute for late flushes
    const from = this.store.getMeta('downsampled_to') ?? this.store.span('1s')?.from ?? doneMinute;
    const fromMinute = Math.floor(from / 60) * 60;
    if (doneMinute > fromMinute) {
      this.store.downsample(fromMinute, doneMinute);
      this.store.setMeta('downsampled_to', doneMinute);
    }
    const pruned = this.store.prune({ '1s': nowS - this.retention.perSecondS, '1m': nowS - this.retention.perMinuteS });
    if (pruned > 0) this.log.debug({ pruned }, 'pruned history');
  }

  /** Seconds up to which per-minute rollups are complete. */
  downsampledTo(): number | undefined {
    return this.store.getMeta('downsampled_to');
  }

  stop(): void {
    clearInterval(this.flushTimer);
    clearInterval(this.maintenanceTimer);
    this.flush(true);
  }

  private storedId(p: Pending): number {
    let id = this.storedIds.get(p.series);
    if (id === undefined) {
      id = this.store.seriesId(p.targetId, p.series.key, metadataJson(p.series.metadata), p.series.split);
      this.storedIds.set(p.series, id);
    }
    return id;
  }
}
