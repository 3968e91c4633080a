import type { CanonicalView } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import { SLICE_BUDGET_MS } from '../slices.js';
import { EngineViewFeed } from './engine-view-feed.js';
import { FanoutStats } from './fanout-stats.js';
import type { FrameSink } from './frame.js';
import { StreamGroup, type GroupLimits, type Viewer } from './stream-group.js';
import { ViewGroup } from './view-group.js';
import { WindowedViews, type ViewSettings } from './windowed-views.js';

export type { ViewSettings } from './windowed-views.js';

/** What connections need of the fan-out: FanoutHub alone, RelayHub in a cluster (cluster/relay-hub.ts). */
export interface ViewerHub {
  readonly stats: FanoutStats;
  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number): Viewer;
  unsubscribe(viewer: Viewer): void;
  readonly groupCount: number;
  viewerCount(): number;
  flushAll(): void;
  close(): void;
  /** The settings of windowed subscriptions (InitMessage advertises them). */
  readonly views: ViewSettings;
  viewFits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean;
  subscribeView(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer;
  windowViewerCount(): number;
  readonly viewGroupCount: number;
  readonly viewOrderingCount: number;
}

/** All stream groups, created on first subscribe and dropped with the last viewer. */
export class FanoutHub implements ViewerHub {
  readonly stats = new FanoutStats();
  private readonly groups = new Map<string, StreamGroup>();
  /** Windowed views: one source per (target, split, interval), fed by the engine, holding its windows. */
  private readonly windows: WindowedViews;
  /** How long one slice of a new window's work (reading a target's series, sorting a new ordering) may hold the loop; tests lower it to see slices. */
  viewBuildBudgetMs = SLICE_BUDGET_MS;

  constructor(
    private readonly engine: MetricsEngine,
    private readonly limits: GroupLimits,
    readonly views: ViewSettings,
  ) {
    this.windows = new WindowedViews(views, limits, this.stats, (targetId, split, intervalMs) => {
      const feed = new EngineViewFeed(targetId, split, intervalMs, engine, this.stats, this.viewBuildBudgetMs);
      feed.start();
      return feed;
    });
  }

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

  viewFits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean {
    return this.windows.fits(targetId, split, intervalMs, key, leaving);
  }

  subscribeView(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer {
    return this.windows.subscribe(sink, targetId, split, intervalMs, view, key);
  }

  unsubscribe(viewer: Viewer): void {
    // This hub's viewers are made by its own groups.
    const group = viewer.group;
    if (group instanceof ViewGroup) return this.windows.unsubscribe(group, viewer);
    group.viewers.delete(viewer);
    if (group.viewers.size > 0) return;
    if (group instanceof StreamGroup) {
      group.stop();
      this.groups.delete(groupId(group.targetId, group.split, group.intervalMs));
    }
  }

  get groupCount(): number {
    return this.groups.size;
  }

  get viewGroupCount(): number {
    return this.windows.groupCount;
  }

  get viewOrderingCount(): number {
    return this.windows.orderingCount;
  }

  /** Windows still waiting for their ordering to be built (in slices): their viewers have no snapshot yet. */
  pendingViewCount(): number {
    return this.windows.pendingCount;
  }

  viewerCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.viewers.size;
    return n + this.windows.viewerCount();
  }

  windowViewerCount(): number {
    return this.windows.viewerCount();
  }

  /** Ticks every group now (tests, benches, and a last flush at shutdown). */
  flushAll(): void {
    for (const g of this.groups.values()) g.flush();
    this.windows.flushAll();
  }

  close(): void {
    for (const g of this.groups.values()) g.stop();
    this.groups.clear();
    this.windows.close();
  }
}

function groupId(targetId: string, split: boolean, intervalMs: number): string {
  return `${targetId}\u0000${split ? 1 : 0}\u0000${intervalMs}`;
}
