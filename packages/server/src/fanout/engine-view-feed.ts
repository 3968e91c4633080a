import type { MetricsEngine } from '../metrics/engine.js';
import type { Series } from '../metrics/series.js';
import type { SeriesListener } from '../metrics/target-state.js';
import { runInSlices } from '../slices.js';
import type { FanoutStats } from './fanout-stats.js';
import { ViewSource } from './view-source.js';
import type { ViewFeed } from './windowed-views.js';

/**
 * A node's own series as the rows of a ViewSource: the changes of the
 * engine are coalesced between ticks, and each tick (every interval) reads
 * every changed series once, for all the windows.
 */
export class EngineViewFeed implements SeriesListener, ViewFeed {
  readonly source: ViewSource;
  private dirty = new Set<Series>();
  private removed = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  /** `budgetMs`: how long one slice of reading the target's series (and of sorting a new ordering) may hold the event loop. */
  constructor(
    targetId: string,
    split: boolean,
    intervalMs: number,
    private readonly engine: MetricsEngine,
    stats: FanoutStats,
    budgetMs?: number,
  ) {
    this.source = new ViewSource(targetId, split, intervalMs, () => engine.clock.nowMs(), stats, budgetMs);
    // Windows wait until every series is read (`start`).
    this.source.ready = false;
  }

  /**
   * Watches the target and reads every series it has, in slices (10,000
   * series take a few ms, 100,000 tens of them): ticks run meanwhile and read
   * what changed, as ever; then the orderings are built and windows cut.
   */
  start(): void {
    const { targetId, split, intervalMs } = this.source;
    this.engine.watch(targetId, split, this);
    this.timer = setInterval(() => this.flush(), intervalMs);
    runInSlices(
      this.readAll(),
      () => this.source.restart(),
      () => this.stopped,
      this.source.budgetMs,
    );
  }

  private *readAll(): Generator<void, void, void> {
    const { targetId, split } = this.source;
    let nowMs = this.engine.clock.nowMs();
    let n = 0;
    for (const series of this.engine.seriesOf(targetId, split)) {
      // A tick between two slices may have read it already (it changed): that reading is the one viewers get.
      if (!this.source.entries.has(series.id)) this.read(series, nowMs);
      if ((++n & 63) === 0) {
        yield;
        nowMs = this.engine.clock.nowMs();
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.engine.unwatch(this.source.targetId, this.source.split, this);
    this.source.stop();
  }

  onSeriesChanged(series: Series): void {
    this.dirty.add(series);
  }

  onSeriesRemoved(seriesId: number): void {
    this.removed.add(seriesId);
  }

  private read(series: Series, nowMs: number): void {
    this.source.put(series.id, series.key, series.metadata, series.toUpdate(nowMs, false));
  }

  /** One tick: read what changed, then the source re-sorts and its windows send. Public so tests and benches can drive ticks. */
  flush(): void {
    if (this.dirty.size > 0 || this.removed.size > 0) {
      const nowMs = this.engine.clock.nowMs();
      const removed = this.removed;
      for (const series of this.dirty) if (!removed.has(series.id)) this.read(series, nowMs);
      for (const id of removed) this.source.remove(id);
      this.dirty = new Set();
      this.removed = new Set();
    }
    this.source.tick();
  }
}
