import { orderingKey, packMetrics, unpackMetrics, type CanonicalView, type DecodedUpdate, type MetricsUpdate } from '@latency-dash/protocol';
import { STRIDE, metadataLabel, rowId, zeroMetrics, type Row } from '@latency-dash/protocol/live';
import { runInSlices, SLICE_BUDGET_MS } from '../slices.js';
import type { FanoutStats } from './fanout-stats.js';
import { ViewOrdering } from './view-ordering.js';
import type { ViewGroup } from './view-group.js';

/** A series as every window of a source sees it this tick. */
export interface ViewEntry {
  /** Every number, as of the tick that last saw the series change; replaced (never edited) when it changes. */
  full: MetricsUpdate;
  /** The same numbers as the dashboard holds them (table units), for sorting and filtering; its key and metadata are the series' labels. */
  readonly row: Row;
}

const scratch = new Float64Array(STRIDE);

/**
 * The windowed views of one (target, split, interval): the rows of its
 * series, each distinct (sort, filters) over them, and the windows cut
 * from those. What feeds it is outside: the engine on a single node
 * (engine-view-feed.ts), the mirror of the owner's stream in a cluster
 * (cluster/relay-hub.ts). Once a tick the feed puts the series that
 * changed (one MetricsUpdate each, for every view), then `tick` re-sorts
 * each ordering once and lets each window build its batch. Values only
 * change at ticks, as a whole-stream viewer's do: windows are sorted on
 * the numbers the viewers were sent.
 */
export class ViewSource {
  readonly groups = new Map<string, ViewGroup>();
  readonly entries = new Map<number, ViewEntry>();
  /**
   * False while the rows cannot be shown (a cluster mirror that has not
   * had its owner's first snapshot): windows hold their viewers waiting,
   * and `restart` sends them their snapshot.
   */
  ready = true;
  private readonly orderings = new Map<string, ViewOrdering>();
  private changed = new Set<number>();
  private removed = new Set<number>();

  /** `budgetMs`: how long one slice of building an ordering may hold the event loop. */
  constructor(
    readonly targetId: string,
    readonly split: boolean,
    readonly intervalMs: number,
    private readonly clock: () => number,
    private readonly stats: FanoutStats,
    readonly budgetMs: number = SLICE_BUDGET_MS,
  ) {}

  nowMs(): number {
    return this.clock();
  }

  get orderingCount(): number {
    return this.orderings.size;
  }

  /**
   * The ordering for this view's sort and filters. A new one is built in
   * slices (ViewOrdering.build), at once if the rows are ready, else by
   * `restart`; its windows wait for ViewOrdering.onReady. A small target's
   * is ready before this returns.
   */
  ordering(view: CanonicalView): ViewOrdering {
    const key = orderingKey(view);
    let o = this.orderings.get(key);
    if (o === undefined) {
      o = new ViewOrdering(view);
      this.stats.viewSorts++;
      this.orderings.set(key, o);
      if (this.ready) this.build(key, o);
    }
    o.users++;
    return o;
  }

  /** Sorts `o` (new, or just reset) over the rows as they are now, in slices; a build that `reset` or `release` overtook stops. */
  private build(key: string, o: ViewOrdering): void {
    const generation = o.generation;
    runInSlices(
      o.build(this.rows()),
      () => {},
      () => this.orderings.get(key) !== o || o.generation !== generation,
      this.budgetMs,
    );
  }

  release(view: CanonicalView): void {
    const key = orderingKey(view);
    const o = this.orderings.get(key);
    if (o !== undefined && --o.users <= 0) this.orderings.delete(key);
  }

  private *rows(): Iterable<Row> {
    for (const e of this.entries.values()) yield e.row;
  }

  /**
   * A series' numbers as of this tick (`full`: every metric, no labels;
   * kept as it is, never edited). Its labels are read the first time only.
   * Call `tick` before anything else reads the orderings.
   */
  put(seriesId: number, key: string, metadata: Readonly<Record<string, string>>, full: MetricsUpdate): void {
    let entry = this.entries.get(seriesId);
    if (entry === undefined) {
      const row: Row = {
        id: rowId(this.targetId, this.split, seriesId),
        targetId: this.targetId,
        split: this.split,
        seriesId,
        key,
        metadata: { ...metadata },
        metadataLabel: metadataLabel(metadata),
        changedAtMs: 0,
        updates: 0,
        version: 0,
        sortRank: -1,
        ...zeroMetrics(),
      };
      entry = { full, row };
      this.entries.set(seriesId, entry);
    }
    entry.full = full;
    // Through the dashboard's own unpacking, so the numbers sorted on are the ones it would sort on.
    packMetrics(full as DecodedUpdate, scratch, 0);
    unpackMetrics(entry.row, scratch, 0);
    this.removed.delete(seriesId);
    this.changed.add(seriesId);
  }

  remove(seriesId: number): void {
    this.changed.delete(seriesId);
    if (this.entries.has(seriesId)) this.removed.add(seriesId);
  }

  /** One tick: re-sort what changed, and let every window send its batch. */
  tick(): void {
    const nowMs = this.clock();
    const removed = this.removed;
    if (this.changed.size > 0 || removed.size > 0) {
      const changed: Row[] = [];
      for (const id of this.changed) changed.push(this.entries.get(id)!.row);
      for (const id of removed) this.entries.delete(id);
      this.changed = new Set();
      this.removed = new Set();
      for (const o of this.orderings.values()) o.update(changed, removed);
      this.stats.viewSorts += this.orderings.size;
    }
    for (const g of this.groups.values()) g.flush(nowMs);
  }

  /** Forgets every row: what comes next is another set of series (a cluster target that moved to a new owner, with ids of its own). */
  clear(): void {
    this.entries.clear();
    this.changed = new Set();
    this.removed = new Set();
  }

  /**
   * After `clear` and the new rows' `put` (or the first reading of them):
   * every ordering sorted again (in slices) and
   * every window starting over from its snapshot (its viewers' rows are
   * another source's: no delta could carry them over).
   */
  restart(): void {
    this.changed = new Set();
    this.removed = new Set();
    this.ready = true;
    // Windows restart before the builds begin: a build done in its first slice must find them waiting, not cut from the old rows.
    for (const o of this.orderings.values()) o.reset();
    for (const g of this.groups.values()) g.restart();
    for (const [key, o] of this.orderings) this.build(key, o);
    this.stats.viewSorts += this.orderings.size;
  }

  stop(): void {
    this.groups.clear();
    this.orderings.clear();
  }
}
