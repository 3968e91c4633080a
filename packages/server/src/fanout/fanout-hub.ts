import type { MetricsEngine } from '../metrics/engine.js';
import { FanoutStats } from './fanout-stats.js';
import type { FrameSink } from './frame.js';
import { StreamGroup, type GroupLimits, type Viewer } from './stream-group.js';

/** What connections need of the fan-out: FanoutHub alone, RelayHub in a cluster (cluster/relay-hub.ts). */
export interface ViewerHub {
  readonly stats: FanoutStats;
  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number): Viewer;
  unsubscribe(viewer: Viewer): void;
  readonly groupCount: number;
  viewerCount(): number;
  flushAll(): void;
  close(): void;
}

/** All stream groups, created on first subscribe and dropped with the last viewer. */
export class FanoutHub implements ViewerHub {
  readonly stats = new FanoutStats();
  private readonly groups = new Map<string, StreamGroup>();

  constructor(
    private readonly engine: MetricsEngine,
    private readonly limits: GroupLimits,
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

  unsubscribe(viewer: Viewer): void {
    // This hub's viewers are made by its own groups.
    const group = viewer.group as StreamGroup;
    group.viewers.delete(viewer);
    if (group.viewers.size === 0) {
      group.stop();
      this.groups.delete(groupId(group.targetId, group.split, group.intervalMs));
    }
  }

  get groupCount(): number {
    return this.groups.size;
  }

  viewerCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.viewers.size;
    return n;
  }

  /** Ticks every group now (tests, benches, and a last flush at shutdown). */
  flushAll(): void {
    for (const g of this.groups.values()) g.flush();
  }

  close(): void {
    for (const g of this.groups.values()) g.stop();
    this.groups.clear();
  }
}

function groupId(targetId: string, split: boolean, intervalMs: number): string {
  return `${targetId}\u0000${split ? 1 : 0}\u0000${intervalMs}`;
}
