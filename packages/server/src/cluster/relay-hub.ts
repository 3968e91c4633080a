import { decodeServerMessage, METRICS, type CanonicalView, type DecodedUpdate, type MetricsUpdate, type ServerMessage } from '@latency-dash/protocol';
import type { ViewerHub } from '../fanout/fanout-hub.js';
import { FanoutStats } from '../fanout/fanout-stats.js';
import { OutFrame, sendFrame, type FrameSink } from '../fanout/frame.js';
import { ViewGroup } from '../fanout/view-group.js';
import type { Stream as ViewerGroup } from '../fanout/viewer.js';
import { Viewer, type GroupLimits } from '../fanout/stream-group.js';
import { WindowedViews, type ViewFeed, type ViewSettings } from '../fanout/windowed-views.js';
import type { ClusterFaults } from './cluster-faults.js';
import { MirrorViewFeed } from './mirror-view-feed.js';
import { groupKey, splitRelayMessage } from './relay-channels.js';

const FIELDS = METRICS.map((m) => m.field);

/** How the relay reaches Redis (cluster-plugin.ts): the subscriber connection and a request for a snapshot. */
export interface RelayLink {
  subscribe(key: string): Promise<void>;
  unsubscribe(key: string): void;
  /** Asks the stream's owner to publish a snapshot (it also learns that this node wants the stream). */
  askSnapshot(key: string): void;
}

/** A mirror row from a decoded update: the numbers it carries, labels when it has them. */
function mirrorRow(u: DecodedUpdate, previous: MetricsUpdate | undefined): MetricsUpdate {
  const row: MetricsUpdate = previous === undefined ? { seriesId: u.seriesId } : { ...previous };
  const out = row as Record<string, unknown>;
  const from = u as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    const v = from[f];
    if (v !== null && v !== undefined) out[f] = v;
  }
  if (previous === undefined || u.key !== '') {
    row.key = u.key;
    row.metadata = { ...u.metadata };
  }
  return row;
}

/**
 * One stream as this node's viewers see it: the owner's frames, relayed as
 * they came, and a mirror of the rows they carried (field deltas applied),
 * from which a viewer that joins or falls behind gets a snapshot at the
 * mirror's seq without asking the owner. The owner is asked only when the
 * mirror cannot be trusted: first subscribe, a gap in seq, or a new source
 * (the target moved to another node, whose series ids and seq are its own).
 * The node's windowed views of the stream, if any, are cut from the mirror
 * (`windows`, mirror-view-feed.ts).
 */
class RelayGroup implements ViewerGroup {
  readonly viewers = new Set<Viewer>();
  /** The whole-target stream; windows of it are ViewGroups over `windows`. */
  readonly viewKey = undefined;
  private rows = new Map<number, MetricsUpdate>();
  private seq = 0;
  private source: string | undefined;
  private synced = false;
  private snapshotFrame: OutFrame | undefined;
  subscribed = false;
  windows: MirrorViewFeed | undefined;

  constructor(
    readonly key: string,
    readonly targetId: string,
    readonly split: boolean,
    readonly intervalMs: number,
    private readonly hub: RelayHub,
  ) {}

  sendSnapshot(viewer: Viewer): void {
    viewer.needsSnapshot = false;
    if (this.synced) {
      this.deliver(viewer, this.mirrorSnapshot());
      return;
    }
    viewer.waiting = true;
    this.hub.ask(this);
  }

  onMessage(message: Buffer): void {
    const { source, framed, payload } = splitRelayMessage(message);
    const decoded = decodeServerMessage(payload);
    const batch = decoded.batch;
    if (batch == null) return;
    const frame = OutFrame.relayed(decoded as unknown as ServerMessage, payload, framed);
    const stats = this.hub.stats;
    if (batch.snapshot) {
      const sameStream = source === this.source;
      const inStep = this.synced && sameStream && batch.seq === this.seq;
      const before = this.rows;
      this.rows = new Map(batch.updates.map((u) => [u.seriesId, mirrorRow(u, undefined)]));
      this.seq = batch.seq;
      this.source = source;
      this.synced = true;
      this.snapshotFrame = frame;
      const windows = this.windows;
      if (windows !== undefined && !inStep) {
        // The same stream after a gap keeps its series ids: the windows move on by deltas. Another stream's ids are its own.
        if (sameStream && windows.source.ready)
          windows.changed(
            this.rows,
            this.rows.keys(),
            [...before.keys()].filter((id) => !this.rows.has(id)),
          );
        else windows.replaced(this.rows);
      }
      // Viewers in step with this very state need nothing; the others start again from it.
      for (const viewer of this.viewers) if (viewer.waiting || viewer.needsSnapshot || !inStep) this.offer(viewer, frame, true);
      return;
    }
    if (!this.synced || source !== this.source || batch.seq !== this.seq + 1) {
      // A gap (a message lost while Redis was away) or a stream that started again elsewhere: wait for a snapshot.
      this.synced = false;
      for (const viewer of this.viewers) viewer.waiting = true;
      this.hub.ask(this);
      return;
    }
    for (const u of batch.updates) this.rows.set(u.seriesId, mirrorRow(u, this.rows.get(u.seriesId)));
    for (const id of batch.removedSeries) this.rows.delete(id);
    this.seq = batch.seq;
    this.snapshotFrame = undefined;
    stats.batches++;
    for (const viewer of this.viewers) this.offer(viewer, frame, false);
    this.windows?.changed(
      this.rows,
      batch.updates.map((u) => u.seriesId),
      batch.removedSeries,
    );
  }

  /** The mirror's rows (what windows start from). */
  get mirror(): ReadonlyMap<number, MetricsUpdate> {
    return this.rows;
  }

  get isSynced(): boolean {
    return this.synced;
  }

  /** Drains: viewers that fell behind and caught up get a snapshot; those stalled too long are closed. */
  tick(): void {
    for (const viewer of this.viewers) {
      if (!viewer.needsSnapshot || viewer.waiting) continue;
      if (this.checkSlow(viewer, false)) continue;
      this.hub.stats.resyncs++;
      this.sendSnapshot(viewer);
    }
    this.windows?.flush();
  }

  /** Sends a relayed frame to a viewer that keeps up: the slow-viewer rule of stream-group.ts. */
  private offer(viewer: Viewer, frame: OutFrame, isSnapshot: boolean): void {
    if (this.checkSlow(viewer, true)) return;
    if (viewer.waiting && !isSnapshot) return;
    if (viewer.needsSnapshot && !isSnapshot) {
      this.hub.stats.resyncs++;
      viewer.needsSnapshot = false;
      this.deliver(viewer, this.mirrorSnapshot());
      return;
    }
    viewer.needsSnapshot = false;
    this.deliver(viewer, frame);
  }

  /** True when the viewer's socket is too full to take a frame now (it will need a snapshot). */
  private checkSlow(viewer: Viewer, missesFrame: boolean): boolean {
    const { maxBufferedBytes, stallTimeoutMs } = this.hub.limits;
    const sink = viewer.sink;
    const nowMs = performance.now();
    if (sink.bufferedAmount <= maxBufferedBytes) {
      viewer.stalledSinceMs = undefined;
      return false;
    }
    if (missesFrame) {
      viewer.needsSnapshot = true;
      this.hub.stats.skipped++;
    }
    viewer.stalledSinceMs ??= nowMs;
    if (nowMs - viewer.stalledSinceMs > stallTimeoutMs) {
      this.hub.stats.slowClosed++;
      sink.closeSlow(`stalled for over ${stallTimeoutMs} ms with ${sink.bufferedAmount} bytes unsent`);
    }
    return true;
  }

  private deliver(viewer: Viewer, frame: OutFrame): void {
    viewer.waiting = false;
    this.hub.stats.bytesSent += sendFrame(viewer.sink, frame);
    this.hub.stats.framesSent++;
  }

  /** The mirror as a snapshot at its seq, built once per change. */
  private mirrorSnapshot(): OutFrame {
    if (this.snapshotFrame === undefined) {
      this.hub.stats.snapshots++;
      this.snapshotFrame = new OutFrame({
        batch: {
          targetId: this.targetId,
          splitByMetadata: this.split,
          seq: this.seq,
          snapshot: true,
          updates: [...this.rows.values()],
          removedSeries: [],
          serverTime: Math.round(Date.now() * 1e6),
          intervalMs: this.intervalMs,
        },
      });
    }
    return this.snapshotFrame;
  }
}

/**
 * The fan-out of a cluster node: every viewer, on every node (the owner's
 * too), gets the owner's frames through Redis pub/sub, the same bytes on
 * every node, with a per-node mirror for snapshots (see RelayGroup).
 * Windowed views are cut from that mirror on the viewer's node, as a single
 * node cuts them from its engine (WindowedViews, MirrorViewFeed).
 */
export class RelayHub implements ViewerHub {
  readonly stats = new FanoutStats();
  /** Windowed views, each computed on this node over the mirror of its target's stream (same settings and caps as a single node). */
  private readonly windows: WindowedViews;
  private readonly groups = new Map<string, RelayGroup>();
  private readonly lastAsk = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  relayed = 0;

  constructor(
    readonly limits: GroupLimits,
    readonly views: ViewSettings,
    private readonly link: RelayLink,
    private readonly faults: ClusterFaults,
  ) {
    this.windows = new WindowedViews(views, limits, this.stats, (targetId, split, intervalMs) => this.openWindows(targetId, split, intervalMs));
    this.timer = setInterval(() => {
      for (const g of this.groups.values()) g.tick();
    }, 250);
    this.timer.unref();
  }

  /** The stream's relay group, subscribed to its channel when new. */
  private groupFor(targetId: string, split: boolean, intervalMs: number): RelayGroup {
    const key = groupKey(targetId, split, intervalMs);
    const found = this.groups.get(key);
    if (found !== undefined) return found;
    const g = new RelayGroup(key, targetId, split, intervalMs, this);
    this.groups.set(key, g);
    this.link.subscribe(key).then(
      () => {
        if (this.groups.get(key) !== g) return;
        g.subscribed = true;
        this.faults.ok('subscribe');
        this.ask(g, true);
      },
      (err: unknown) => this.faults.failed('subscribe', err as Error),
    );
    return g;
  }

  /** The group goes (and its channel) once it has neither viewers nor windows. */
  private release(group: RelayGroup): void {
    if (group.viewers.size > 0 || group.windows !== undefined || this.groups.get(group.key) !== group) return;
    this.groups.delete(group.key);
    this.lastAsk.delete(group.key);
    this.link.unsubscribe(group.key);
  }

  /** The first window of a stream on this node: a source over the stream's mirror, which holds the group while it lives. */
  private openWindows(targetId: string, split: boolean, intervalMs: number): ViewFeed {
    const group = this.groupFor(targetId, split, intervalMs);
    const feed = new MirrorViewFeed(targetId, split, intervalMs, this.stats, () => {
      group.windows = undefined;
      this.release(group);
    });
    group.windows = feed;
    if (group.isSynced) feed.replaced(group.mirror);
    else this.ask(group);
    return feed;
  }

  subscribe(sink: FrameSink, targetId: string, split: boolean, intervalMs: number): Viewer {
    const group = this.groupFor(targetId, split, intervalMs);
    const viewer = new Viewer(sink, group);
    group.viewers.add(viewer);
    group.sendSnapshot(viewer);
    return viewer;
  }

  viewFits(targetId: string, split: boolean, intervalMs: number, key: string, leaving: Viewer | undefined): boolean {
    return this.windows.fits(targetId, split, intervalMs, key, leaving);
  }

  subscribeView(sink: FrameSink, targetId: string, split: boolean, intervalMs: number, view: CanonicalView, key: string): Viewer {
    return this.windows.subscribe(sink, targetId, split, intervalMs, view, key);
  }

  unsubscribe(viewer: Viewer): void {
    const group = viewer.group;
    if (group instanceof ViewGroup) return this.windows.unsubscribe(group, viewer);
    const relay = group as RelayGroup;
    relay.viewers.delete(viewer);
    this.release(relay);
  }

  get viewGroupCount(): number {
    return this.windows.groupCount;
  }

  get viewOrderingCount(): number {
    return this.windows.orderingCount;
  }

  windowViewerCount(): number {
    return this.windows.viewerCount();
  }

  /** The streams this node has viewers of (what owners should publish). */
  wanted(): string[] {
    return [...this.groups.keys()];
  }

  /** A message on a stream's channel. */
  onMessage(key: string, message: Buffer): void {
    const group = this.groups.get(key);
    if (group === undefined) return;
    this.relayed++;
    try {
      group.onMessage(message);
      this.faults.ok('relay');
    } catch (err) {
      this.faults.failed('relay', err as Error);
      this.ask(group);
    }
  }

  /** After Redis came back: messages may have been lost meanwhile, so every stream starts again from a snapshot. */
  resubscribed(): void {
    for (const g of this.groups.values()) if (g.subscribed) this.ask(g, true);
  }

  /** Asks the owner for a snapshot, at most twice a second per stream unless `now`. */
  ask(group: RelayGroup, now = false): void {
    if (!group.subscribed) return;
    const t = performance.now();
    if (!now && t - (this.lastAsk.get(group.key) ?? Number.NEGATIVE_INFINITY) < 500) return;
    this.lastAsk.set(group.key, t);
    this.link.askSnapshot(group.key);
  }

  /** Streams still waiting for a snapshot are asked again (the owner may have been busy, moving, or away). */
  retryWaiting(): void {
    for (const g of this.groups.values()) {
      if (g.windows !== undefined && !g.windows.source.ready) this.ask(g);
      else for (const v of g.viewers) if (v.waiting) this.ask(g);
    }
  }

  get groupCount(): number {
    return this.groups.size;
  }

  viewerCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.viewers.size;
    return n + this.windows.viewerCount();
  }

  flushAll(): void {
    // Nothing is held back here: frames go out as they come from the owners, and windows tick with them.
  }

  close(): void {
    clearInterval(this.timer);
    // Groups first: the windows' sources then let go of nothing that would unsubscribe a channel at shutdown.
    this.groups.clear();
    this.windows.close();
  }
}
