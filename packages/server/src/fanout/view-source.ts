import { orderingKey, packMetrics, unpackMetrics, type CanonicalView, type DecodedUpdate, type MetricsUpdate } from '@latency-dash/protocol';
import { STRIDE, metadataLabel, rowId, zeroMetrics, type Row } from '@latency-dash/protocol/live';
import type { MetricsEngine } from '../metrics/engine.js';
import type { Series } from '../metrics/series.js';
import type { SeriesListener } from '../metrics/target-state.js';
import { runInSlices, SLICE_BUDGET_MS } from '../slices.js';
import type { FanoutStats } from './fanout-stats.js';
import { ViewOrdering } from './view-ordering.js';
import type { ViewGroup } from './view-group.js';

/** A series as every window of a source sees it this tick. */
export interface ViewEntry {
  readonly series: Series;
  /** Every number, as of the tick that last saw the series change; replaced (never edited) when it changes. */
  full: MetricsUpdate;
  /** The same numbers as the dashboard holds them (table units), for sorting and filtering. */
  readonly row: Row;
}

const scratch = new Float64Array(STRIDE);

/**
 * The windowed views of one (target, split, interval). Once a tick it reads
 * the series that changed (one MetricsUpdate each, for every view),
 * re-sorts each distinct (sort, filters) once, then lets each window build
 * its batch. Its values only change at ticks, as a whole-stream viewer's
 * do: windows are sorted on the numbers the viewers were sent.
 */
export class ViewSource implements SeriesListener {
  readonly groups = new Map<string, ViewGroup>();
  readonly entries = new Map<number, ViewEntry>();
  private readonly orderings = new Map<string, ViewOrdering>();
  private dirty = new Set<Series>();
  private removed = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  /** False while start() reads the target's series (in slices); orderings wait for it. */
  private loaded = false;
  private stopped = false;
  private readonly whenLoaded: (() => void)[] = [];

  /** `budgetMs`: how long one slice of reading the series or building an ordering may hold the event loop. */
  constructor(
    readonly targetId: string,
    readonly split: boolean,
    readonly intervalMs: number,
    private readonly engine: MetricsEngine,
    private readonly stats: FanoutStats,
    private readonly budgetMs: number = SLICE_BUDGET_MS,
  ) {}

  /**
   * Watches the target and reads every series it has, in slices (10,000
   * series take a few ms, 100,000 tens of them): ticks run meanwhile and read
   * what changed, as ever, and windows wait until all is read.
   */
  start(): void {
    this.engine.watch(this.targetId, this.split, this);
    this.timer = setInterval(() => this.flush(), this.intervalMs);
    runInSlices(
      this.readAll(),
      () => {
        this.loaded = true;
        for (const f of this.whenLoaded.splice(0)) f();
      },
      () => this.stopped,
      this.budgetMs,
    );
  }

  private *readAll(): Generator<void, void, void> {
    let nowMs = this.engine.clock.nowMs();
    let n = 0;
    for (const series of this.engine.seriesOf(this.targetId, this.split)) {
      // A tick between two slices may have read it already (it changed): that reading is the one viewers get.
      if (!this.entries.has(series.id)) this.read(series, nowMs);
      if ((++n & 63) === 0) {
        yield;
        nowMs = this.engine.clock.nowMs();
      }
    }
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.engine.unwatch(this.targetId, this.split, this);
    this.groups.clear();
    this.orderings.clear();
  }

  onSeriesChanged(series: Series): void {
    this.dirty.add(series);
  }

  onSeriesRemoved(seriesId: number): void {
    this.removed.add(seriesId);
  }

  nowMs(): number {
    return this.engine.clock.nowMs();
  }

  get orderingCount(): number {
    return this.orderings.size;
  }

  /**
   * The ordering for this view's sort and filters. A new one is built in
   * slices once the series are read (ViewOrdering.build); its windows wait
   * for ViewOrdering.onReady. A small target's is ready before this returns.
   */
  ordering(view: CanonicalView): ViewOrdering {
    const key = orderingKey(view);
    let o = this.orderings.get(key);
    if (o === undefined) {
      const created = new ViewOrdering(view);
      o = created;
      this.stats.viewSorts++;
      this.orderings.set(key, created);
      const build = () =>
        runInSlices(
          created.build(this.rows()),
          () => {},
          () => this.orderings.get(key) !== created,
          this.budgetMs,
        );
      if (this.loaded) build();
      else this.whenLoaded.push(build);
    }
    o.users++;
    return o;
  }

  release(view: CanonicalView): void {
    const key = orderingKey(view);
    const o = this.orderings.get(key);
    if (o !== undefined && --o.users <= 0) this.orderings.delete(key);
  }

  private *rows(): Iterable<Row> {
    for (const e of this.entries.values()) yield e.row;
  }

  private read(series: Series, nowMs: number): Row {
    const full = series.toUpdate(nowMs, false);
    let entry = this.entries.get(series.id);
    if (entry === undefined) {
      const row: Row = {
        id: rowId(this.targetId, this.split, series.id),
        targetId: this.targetId,
        split: this.split,
        seriesId: series.id,
        key: series.key,
        metadata: { ...series.metadata },
        metadataLabel: metadataLabel(series.metadata),
        changedAtMs: 0,
        updates: 0,
        version: 0,
        sortRank: -1,
        ...zeroMetrics(),
      };
      entry = { series, full, row };
      this.entries.set(series.id, entry);
    }
    entry.full = full;
    // Through the dashboard's own unpacking, so the numbers sorted on are the ones it would sort on.
    packMetrics(full as DecodedUpdate, scratch, 0);
    unpackMetrics(entry.row, scratch, 0);
    return entry.row;
  }

  /** One tick: read what changed, re-sort, and let every window send its batch. Public so tests and benches can drive ticks. */
  flush(): void {
    const nowMs = this.engine.clock.nowMs();
    const removed = this.removed;
    const changed: Row[] = [];
    if (this.dirty.size > 0 || removed.size > 0) {
      for (const series of this.dirty) if (!removed.has(series.id)) changed.push(this.read(series, nowMs));
      for (const id of removed) this.entries.delete(id);
      this.dirty = new Set();
      this.removed = new Set();
      for (const o of this.orderings.values()) o.update(changed, removed);
      this.stats.viewSorts += this.orderings.size;
    }
    for (const g of this.groups.values()) g.flush(nowMs);
  }
}
