import type { Redis } from 'ioredis';
import type { FanoutHub } from '../fanout/fanout-hub.js';
import type { FrameSink, OutFrame } from '../fanout/frame.js';
import type { Viewer } from '../fanout/stream-group.js';
import type { ClusterFaults } from './cluster-faults.js';
import { fanChannel, parseGroupKey, relayMessage, sourceHeader } from './relay-channels.js';

/** A viewer that is a pub/sub channel: every frame its group sends goes to Redis once, for every node. */
class PublishSink implements FrameSink {
  readonly json = false;
  readonly bufferedAmount = 0;
  constructor(
    private readonly channel: string,
    private readonly header: Buffer,
    private readonly publish: (channel: string, message: Buffer) => void,
  ) {}

  send(frame: OutFrame): void {
    this.publish(this.channel, relayMessage(this.header, frame.framedBytes()));
  }

  closeSlow(): void {
    // Never slow: Redis takes the message or the publish fails (counted).
  }
}

/**
 * The owner's side of cluster fan-out: for every stream some node has
 * viewers of, among the targets this node computes, one stream group of
 * the ordinary fan-out whose one viewer publishes. The group builds and
 * encodes each batch once (field deltas, snapshots, seq as for local
 * viewers); every node relays the same bytes to its own viewers.
 */
export class OwnerPublisher {
  private readonly groups = new Map<string, Viewer>();
  private incarnation = 0;
  published = 0;
  publishedBytes = 0;

  constructor(
    private readonly redis: Redis,
    private readonly hub: FanoutHub,
    private readonly prefix: string,
    private readonly nodeId: string,
    private readonly serves: (targetId: string) => boolean,
    private readonly faults: ClusterFaults,
  ) {}

  get groupCount(): number {
    return this.groups.size;
  }

  /** Publishes exactly the wanted streams of targets served here. */
  sync(wanted: readonly string[]): void {
    const keep = new Set<string>();
    for (const key of wanted) {
      const g = parseGroupKey(key);
      if (g === undefined || !this.serves(g.targetId)) continue;
      keep.add(key);
      if (!this.groups.has(key)) this.open(key);
    }
    for (const key of [...this.groups.keys()]) if (!keep.has(key)) this.close(key);
  }

  /** A node has a viewer waiting for a snapshot of `key` (a new one, or one that lost the thread). */
  snapshotAsked(key: string): void {
    const g = parseGroupKey(key);
    if (g === undefined || !this.serves(g.targetId)) return;
    const viewer = this.groups.get(key);
    if (viewer === undefined) this.open(key);
    else viewer.group.sendSnapshot(viewer);
  }

  /** Stops publishing the targets of `targetGone` (partitions leaving): nothing of theirs is sent once they go. */
  closeWhere(targetGone: (targetId: string) => boolean): void {
    for (const [key, viewer] of [...this.groups]) if (targetGone(viewer.group.targetId)) this.close(key);
  }

  closeAll(): void {
    for (const key of [...this.groups.keys()]) this.close(key);
  }

  private open(key: string): void {
    const g = parseGroupKey(key)!;
    // A new source each time: relaying nodes tell a restarted stream (seq from 1 again) from a gap.
    const header = sourceHeader(`${this.nodeId}#${++this.incarnation}`);
    const sink = new PublishSink(fanChannel(this.prefix, key), header, (channel, message) => this.publish(channel, message));
    this.groups.set(key, this.hub.subscribe(sink, g.targetId, g.split, g.intervalMs));
  }

  private close(key: string): void {
    const viewer = this.groups.get(key);
    if (viewer === undefined) return;
    this.groups.delete(key);
    this.hub.unsubscribe(viewer);
  }

  private publish(channel: string, message: Buffer): void {
    this.published++;
    this.publishedBytes += message.length;
    this.redis.publish(channel, message).then(
      () => this.faults.ok('publish'),
      (err: unknown) => this.faults.failed('publish', err as Error),
    );
  }
}
