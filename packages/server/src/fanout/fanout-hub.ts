import type { CanonicalView } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import { SLICE_BUDGET_MS } from '../slices.js';
import { FanoutStats } from './fanout-stats.js';
import type { FrameSink } from './frame.js';
import { StreamGroup, type GroupLimits, type Viewer } from './stream-group.js';
import { ViewGroup } from './view-group.js';
import { ViewSource } from './view-source.js';

/** The settings of windowed subscriptions (a View on SubscriptionMessage). */
export interface ViewSettings {
  maxViewRows: number;
  /** Distinct views served at once per target (all splits and intervals). */
  maxViewsPerTarget: number;
  maxPinnedSeries: number;
  /** Advertised in InitMessage: above this many series, a viewer is better off with a window. */
  viewThresholdSeries: number;
}

/** What connections need of the fan-out: FanoutHub alone, RelayHub in a cluster (cluster/relay-hub.ts). */
export interface ViewerHub {
  readonly stats: FanoutStats;
  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number): Viewer;
  unsubscribe(viewer: Viewer): void;
  readonly groupCount: number;
  viewerCount(): number;
  flushAll(): void;
  close(): void;
  /** Windowed subscriptions; maxViewRows 0 where they are not served (a cluster relays whole targets only, for now). */
  readonly views: ViewSettings;
  viewFits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean;
  subscribeView(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer;
  windowViewerCount(): number;
  readonly viewGroupCount: number;
  readonly viewOrderingCount: number;
}

/** What a hub that serves no windows says of them. */
export const NO_VIEWS: ViewSettings = { maxViewRows: 0, maxViewsPerTarget: 0, maxPinnedSeries: 0, viewThresholdSeries: 0 };

/** All stream groups, created on first subscribe and dropped with the last viewer. */
export class FanoutHub implements ViewerHub {
  readonly stats = new FanoutStats();
  private readonly groups = new Map<string, StreamGroup>();
  /** Windowed views: one source per (target, split, interval), holding its windows. */
  private readonly sources = new Map<string, ViewSource>();
  private readonly viewsPerTarget = new Map<string, number>();
  /** How long one slice of a new window's work (reading a target's series, sorting a new ordering) may hold the loop; tests lower it to see slices. */
  viewBuildBudgetMs = SLICE_BUDGET_MS;

  constructor(
    private readonly engine: MetricsEngine,
    private readonly limits: GroupLimits,
    readonly views: ViewSettings,
  ) {}

  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number): Viewer {
    const id = groupId(targetId, split, intervalMs);
    let group = this.groups.get(id);
    if (group === undefined) {
      group = new StreamGroup(targetId, split, intervalMs, this.engine, this.limits, this.stats);
      this.groups.set(id, group);
      group.start();
    }
    return group.add(sink);
  }

  /**
   * Whether a subscription to this view can be served: its window is served
   * already, or the target has room for another (counting the one `leaving`
   * frees when it is the last viewer of its own view).
   */
  viewFits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean {
    if (this.sources.get(groupId(targetId, split, intervalMs))?.groups.has(key)) return true;
    let n = this.viewsPerTarget.get(targetId) ?? 0;
    const g = leaving?.group;
    if (g instanceof ViewGroup && g.targetId === targetId && g.viewers.size === 1) n--;
    return n < this.views.maxViewsPerTarget;
  }

  /** Joins (or starts) the window for this view; the caller checked viewFits. */
  subscribeView(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer {
    const id = groupId(targetId, split, intervalMs);
    let source = this.sources.get(id);
    if (source === undefined) {
      source = new ViewSource(targetId, split, intervalMs, this.engine, this.stats, this.viewBuildBudgetMs);
      this.sources.set(id, source);
      source.start();
    }
    let group = source.groups.get(key);
    if (group === undefined) {
      group = new ViewGroup(source, source.ordering(view), view, key, this.limits, this.stats);
      source.groups.set(key, group);
      this.viewsPerTarget.set(targetId, (this.viewsPerTarget.get(targetId) ?? 0) + 1);
    }
    return group.add(sink);
  }

  unsubscribe(viewer: Viewer): void {
    // This hub's viewers are made by its own groups.
    const group = viewer.group;
    group.viewers.delete(viewer);
    if (group.viewers.size > 0) return;
    if (group instanceof ViewGroup) {
      const id = groupId(group.targetId, group.split, group.intervalMs);
      const source = this.sources.get(id);
      if (source === undefined || !source.groups.delete(group.viewKey)) return;
      source.release(group.view);
      const left = (this.viewsPerTarget.get(group.targetId) ?? 1) - 1;
      if (left > 0) this.viewsPerTarget.set(group.targetId, left);
      else this.viewsPerTarget.delete(group.targetId);
      if (source.groups.size === 0) {
        source.stop();
        this.sources.delete(id);
      }
    } else if (group instanceof StreamGroup) {
      group.stop();
      this.groups.delete(groupId(group.targetId, group.split, group.intervalMs));
    }
  }

  get groupCount(): number {
    return this.groups.size;
  }

  /** Distinct windows served (each encodes once for all its viewers). */
  get viewGroupCount(): number {
    let n = 0;
    for (const s of this.sources.values()) n += s.groups.size;
    return n;
  }

  /** Windows still waiting for their ordering to be built (in slices): their viewers have no snapshot yet. */
  pendingViewCount(): number {
    let n = 0;
    for (const s of this.sources.values()) for (const g of s.groups.values()) if (!g.ready) n++;
    return n;
  }

  /** Distinct (sort, filters) sorted each tick, across all windowed sources. */
  get viewOrderingCount(): number {
    let n = 0;
    for (const s of this.sources.values()) n += s.orderingCount;
    return n;
  }

  viewerCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.viewers.size;
    for (const s of this.sources.values()) for (const g of s.groups.values()) n += g.viewers.size;
    return n;
  }

  /** Viewers of windowed views (also counted in viewerCount). */
  windowViewerCount(): number {
    let n = 0;
    for (const s of this.sources.values()) for (const g of s.groups.values()) n += g.viewers.size;
    return n;
  }

  /** Ticks every group now (tests, benches, and a last flush at shutdown). */
  flushAll(): void {
    for (const g of this.groups.values()) g.flush();
    for (const s of this.sources.values()) s.flush();
  }

  close(): void {
    for (const g of this.groups.values()) g.stop();
    this.groups.clear();
    for (const s of this.sources.values()) s.stop();
    this.sources.clear();
    this.viewsPerTarget.clear();
  }
}

function groupId(targetId: string, split: boolean, intervalMs: number): string {
  return `${targetId}\u0000${split ? 1 : 0}\u0000${intervalMs}`;
}
