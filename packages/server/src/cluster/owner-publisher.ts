import type { Redis } from 'ioredis';
import type { FanoutHub } from '../fanout/fanout-hub.js';
import type { FrameSink, OutFrame } from '../fanout/frame.js';
import type { Viewer } from '../fanout/stream-group.js';
import type { ClusterFaults } from './cluster-faults.js';
import { fanChannel, parseGroupKey, relayMessage, sourceHeader } from './relay-channels.js';

/**
 * PUBLISH only while the lease of the target's partition is this node's,
 * checked by Redis as the message arrives. A node cut off from Redis has its
 * publishes queued in its socket; when the link comes back they arrive after
 * another node has taken the partition, and without this fence viewers
 * everywhere would get the old owner's stale frames between the new one's.
 */
const FENCED_PUBLISH = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PUBLISH', ARGV[2], ARGV[3]) end
return -1
`;

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
  /** Publishes Redis refused because the partition's lease was no longer this node's. */
  fenced = 0;

  constructor(
    private readonly redis: Redis,
    private readonly hub: FanoutHub,
    private readonly prefix: string,
    private readonly nodeId: string,
    private readonly serves: (targetId: string) => boolean,
    /** The lease key of a target's partition (coordinator.ts). */
    private readonly leaseKeyOf: (targetId: string) => string,
    private readonly faults: ClusterFaults,
  ) {
    redis.defineCommand('ldFencedPublish', { numberOfKeys: 1, lua: FENCED_PUBLISH });
  }

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
    const lease = this.leaseKeyOf(g.targetId);
    const sink = new PublishSink(fanChannel(this.prefix, key), header, (channel, message) => this.publish(lease, channel, message));
    this.groups.set(key, this.hub.subscribe(sink, g.targetId, g.split, g.intervalMs));
  }

  private close(key: string): void {
    const viewer = this.groups.get(key);
    if (viewer === undefined) return;
    this.groups.delete(key);
    this.hub.unsubscribe(viewer);
  }

  private publish(lease: string, channel: string, message: Buffer): void {
    this.published++;
    this.publishedBytes += message.length;
    const fencedPublish = (this.redis as unknown as { ldFencedPublish(key: string, node: string, channel: string, message: Buffer): Promise<number> })
      .ldFencedPublish;
    fencedPublish.call(this.redis, lease, this.nodeId, channel, message).then(
      (answer) => {
        if (answer < 0) this.fenced++;
        this.faults.ok('publish');
      },
      (err: unknown) => this.faults.failed('publish', err as Error),
    );
  }
}
