import type { CanonicalView } from '@latency-dash/protocol';
import type { FanoutStats } from './fanout-stats.js';
import type { FrameSink } from './frame.js';
import { ViewGroup } from './view-group.js';
import type { ViewSource } from './view-source.js';
import type { GroupLimits, Viewer } from './viewer.js';

/** The settings of windowed subscriptions (a View on SubscriptionMessage). */
export interface ViewSettings {
  maxViewRows: number;
  /** Distinct views served at once per target (all splits and intervals). */
  maxViewsPerTarget: number;
  maxPinnedSeries: number;
  /** Advertised in InitMessage: above this many series, a viewer is better off with a window. */
  viewThresholdSeries: number;
}

/** What keeps a ViewSource's rows current: the engine (engine-view-feed.ts), or a cluster node's mirror (cluster/relay-hub.ts). */
export interface ViewFeed {
  readonly source: ViewSource;
  /** A tick now (tests, benches, a last flush at shutdown). */
  flush(): void;
  stop(): void;
}

/**
 * The windowed views a hub serves, whatever feeds their rows: one source
 * per (target, split, interval), opened with its first window and closed
 * with its last; one ViewGroup per distinct view, shared by its viewers;
 * at most `maxViewsPerTarget` distinct views per target. FanoutHub and the
 * cluster's RelayHub both hold one, so windows have the same semantics,
 * errors and caps on a single node and on every cluster node.
 */
export class WindowedViews {
  private readonly feeds = new Map<string, ViewFeed>();
  private readonly viewsPerTarget = new Map<string, number>();

  constructor(
    readonly settings: ViewSettings,
    private readonly limits: GroupLimits,
    private readonly stats: FanoutStats,
    private readonly open: (targetId: string, split: boolean, intervalMs: number) => ViewFeed,
  ) {}

  /**
   * Whether a subscription to this view can be served: its window is served
   * already, or the target has room for another (counting the one `leaving`
   * frees when it is the last viewer of its own view).
   */
  fits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean {
    if (this.feeds.get(feedId(targetId, split, intervalMs))?.source.groups.has(key)) return true;
    let n = this.viewsPerTarget.get(targetId) ?? 0;
    const g = leaving?.group;
    if (g instanceof ViewGroup && g.targetId === targetId && g.viewers.size === 1) n--;
    return n < this.settings.maxViewsPerTarget;
  }

  /** Joins (or starts) the window for this view; the caller checked `fits`. */
  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer {
    const id = feedId(targetId, split, intervalMs);
    let feed = this.feeds.get(id);
    if (feed === undefined) {
      feed = this.open(targetId, split, intervalMs);
      this.feeds.set(id, feed);
    }
    const source = feed.source;
    let group = source.groups.get(key);
    if (group === undefined) {
      group = new ViewGroup(source, source.ordering(view), view, key, this.limits, this.stats);
      source.groups.set(key, group);
      this.viewsPerTarget.set(targetId, (this.viewsPerTarget.get(targetId) ?? 0) + 1);
    }
    return group.add(sink);
  }

  /** A viewer of one of these windows leaves; the window goes with its last viewer, the source with its last window. */
  unsubscribe(group: ViewGroup, viewer: Viewer): void {
    group.viewers.delete(viewer);
    if (group.viewers.size > 0) return;
    const id = feedId(group.targetId, group.split, group.intervalMs);
    const feed = this.feeds.get(id);
    if (feed === undefined || !feed.source.groups.delete(group.viewKey)) return;
    feed.source.release(group.view);
    const left = (this.viewsPerTarget.get(group.targetId) ?? 1) - 1;
    if (left > 0) this.viewsPerTarget.set(group.targetId, left);
    else this.viewsPerTarget.delete(group.targetId);
    if (feed.source.groups.size === 0) {
      feed.stop();
      this.feeds.delete(id);
    }
  }

  /** Distinct windows served (each encodes once for all its viewers). */
  get groupCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) n += f.source.groups.size;
    return n;
  }

  /** Distinct (sort, filters) sorted each tick, across all sources. */
  get orderingCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) n += f.source.orderingCount;
    return n;
  }

  /** Windows still waiting for their ordering to be built (in slices): their viewers have no snapshot yet. */
  get pendingCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) for (const g of f.source.groups.values()) if (!g.ready) n++;
    return n;
  }

  viewerCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) for (const g of f.source.groups.values()) n += g.viewers.size;
    return n;
  }

  flushAll(): void {
    for (const f of this.feeds.values()) f.flush();
  }

  close(): void {
    for (const f of this.feeds.values()) f.stop();
    this.feeds.clear();
    this.viewsPerTarget.clear();
  }
}

function feedId(targetId: string, split: boolean, intervalMs: number): string {
  return `${targetId}\u0000${split ? 1 : 0}\u0000${intervalMs}`;
}
