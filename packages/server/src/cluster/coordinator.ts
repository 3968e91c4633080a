import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import { partitionsFor } from './partitions.js';

export interface CoordinatorOptions {
  /** This node's id: unique in the cluster, stable for the process's life. */
  readonly nodeId: string;
  /** Prefix of every key this cluster uses in Redis, so several clusters can share one Redis. */
  readonly prefix: string;
  /** How long a node's membership and its partitions' leases last without renewal: a dead node's partitions move after this. */
  readonly leaseMs: number;
  readonly partitions: number;
  readonly log: Log;
}

export interface CoordinatorEvents {
  /** Partitions this node now owns (its lease is held): start consuming them. */
  gained: [partitions: number[]];
  /** Partitions this node no longer owns (handed over, or its lease lapsed): stop at once. */
  lost: [partitions: number[]];
  /** The live nodes changed. */
  nodes: [nodes: string[]];
  /** Redis could not be reached or answered an error (counted; logged once a minute). */
  failed: [error: Error];
}

/** The Redis key of a partition's lease: its value is the holding node's id. */
export function leaseKey(prefix: string, partition: number): string {
  return `${prefix}:lease:${partition}`;
}

/**
 * One call a tick: renew this node's membership with Redis' own clock
 * (nodes' clocks may disagree; Redis' is the one every node reads), drop
 * members whose lease ran out, and return the live ones.
 */
const HEARTBEAT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGE', KEYS[1], 0, -1)
`;

/**
 * Claims, renews or releases partition leases in one round trip. KEYS are
 * lease keys; ARGV[3 + i] says what to do with KEYS[i]: 'd' (desired:
 * renew if ours, else claim if free) or 'r' (release if ours). The answer
 * per key: 1 held (renewed or claimed), 0 busy (another node's), -1 released
 * or not ours. SET NX PX and a compare before PEXPIRE/DEL: Redis' own
 * primitives, no consensus of our own.
 */
const LEASES = `
local out = {}
for i, key in ipairs(KEYS) do
  local what = ARGV[2 + i]
  local holder = redis.call('GET', key)
  if what == 'd' then
    if holder == ARGV[1] then
      redis.call('PEXPIRE', key, ARGV[2])
      out[i] = 1
    elseif holder == false then
      redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
      out[i] = 1
    else
      out[i] = 0
    end
  else
    if holder == ARGV[1] then redis.call('DEL', key) end
    out[i] = -1
  end
end
return out
`;

/**
 * A node's part in the cluster: membership, and which partitions it owns.
 * Every tick (a third of the lease) it renews its membership, reads the live
 * nodes, works out by rendezvous hashing which partitions it should own,
 * renews those it holds, claims those that are free, and releases those
 * another node should now own (after telling its listeners, so they stop
 * first). A partition another node still holds is claimed when that node
 * releases it or its lease runs out, so two nodes never hold one lease.
 *
 * A node also stops believing it owns anything once its last renewal is a
 * lease old (Redis unreachable, or this process paused): by then another
 * node may hold the lease, and acting on an expired one is the split brain
 * leases exist to prevent.
 */
export class ClusterCoordinator extends EventEmitter<CoordinatorEvents> {
  private owned = new Set<number>();
  /** performance.now() until which the held leases are valid: the start of the last successful renewal plus the lease. */
  private validUntil = 0;
  private live: string[] = [];
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private stopped = false;
  failures = 0;
  private lastFailureLogMs = Number.NEGATIVE_INFINITY;
  private failing = false;

  constructor(
    private readonly redis: Redis,
    readonly options: CoordinatorOptions,
  ) {
    super();
    redis.defineCommand('ldHeartbeat', { numberOfKeys: 1, lua: HEARTBEAT });
    redis.defineCommand('ldLeases', { lua: LEASES });
  }

  /** Joins and takes a first share of the partitions before resolving. */
  async start(): Promise<void> {
    await this.tick();
    this.timer = setInterval(() => void this.tick(), Math.max(50, Math.floor(this.options.leaseMs / 3)));
    this.timer.unref();
  }

  /** Does this node own `partition` now (lease held and not lapsed)? */
  owns(partition: number): boolean {
    return this.owned.has(partition) && performance.now() < this.validUntil;
  }

  get ownedPartitions(): number[] {
    return performance.now() < this.validUntil ? [...this.owned].sort((a, b) => a - b) : [];
  }

  get nodes(): readonly string[] {
    return this.live;
  }

  get isFailing(): boolean {
    return this.failing;
  }

  /** One round: membership, then leases. Never throws; rounds never overlap. */
  tick(): Promise<void> {
    this.ticking ??= this.round().finally(() => (this.ticking = undefined));
    return this.ticking;
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    const started = performance.now();
    const { prefix, nodeId, leaseMs, partitions } = this.options;
    try {
      const nodes = ((await this.call('ldHeartbeat', `${prefix}:nodes`, nodeId, leaseMs)) as string[]).sort();
      if (nodes.join() !== this.live.join()) {
        this.live = nodes;
        this.emit('nodes', nodes);
      }
      const desired = partitionsFor(nodeId, nodes, partitions);
      const toRelease = [...this.owned].filter((p) => !desired.has(p));
      // Listeners stop using a partition before its lease is given up.
      if (toRelease.length > 0) this.lose(toRelease);
      const keys: string[] = [];
      const what: string[] = [];
      const asked: number[] = [];
      for (const p of desired) {
        keys.push(this.leaseKey(p));
        what.push('d');
        asked.push(p);
      }
      for (const p of toRelease) {
        keys.push(this.leaseKey(p));
        what.push('r');
        asked.push(p);
      }
      const answers = keys.length === 0 ? [] : ((await this.call('ldLeases', keys.length, ...keys, nodeId, leaseMs, ...what)) as number[]);
      if (this.stopped) return;
      this.validUntil = started + leaseMs;
      const gained: number[] = [];
      const lost: number[] = [];
      answers.forEach((answer, i) => {
        const p = asked[i];
        if (answer === 1 && !this.owned.has(p)) gained.push(p);
        if (answer === 0 && this.owned.has(p)) lost.push(p);
      });
      if (lost.length > 0) this.lose(lost);
      if (gained.length > 0) {
        for (const p of gained) this.owned.add(p);
        this.emit(
          'gained',
          gained.sort((a, b) => a - b),
        );
      }
      this.recovered();
    } catch (err) {
      this.failed(err as Error);
      // Past the lease nothing held can be trusted: let go before another node may claim it.
      if (performance.now() >= this.validUntil && this.owned.size > 0) this.lose([...this.owned]);
    }
  }

  /** Leaves the cluster: releases every lease and the membership, so others take over at once rather than after a lease. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
    this.stopped = true;
    const held = [...this.owned];
    if (held.length > 0) this.lose(held);
    const { prefix, nodeId } = this.options;
    try {
      if (held.length > 0) await this.call('ldLeases', held.length, ...held.map((p) => this.leaseKey(p)), nodeId, 1, ...held.map(() => 'r'));
      await this.redis.zrem(`${prefix}:nodes`, nodeId);
    } catch (err) {
      // Unreachable: the leases and the membership run out by themselves.
      this.options.log.warn({ err: (err as Error).message }, 'cluster: could not release leases on the way out; they expire on their own');
    }
  }

  /**
   * Simulates this node's sudden death for tests: timers stop, nothing is
   * released, the leases run out on their own.
   */
  halt(): void {
    clearInterval(this.timer);
    this.stopped = true;
  }

  private lose(partitions: number[]): void {
    for (const p of partitions) this.owned.delete(p);
    this.emit(
      'lost',
      partitions.sort((a, b) => a - b),
    );
  }

  /** The node holding a partition's lease now, as Redis says (undefined: nobody, or Redis did not answer). */
  async leaseHolder(partition: number): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.leaseKey(partition))) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private leaseKey(partition: number): string {
    return leaseKey(this.options.prefix, partition);
  }

  private call(command: 'ldHeartbeat' | 'ldLeases', ...args: (string | number)[]): Promise<unknown> {
    const fn = (this.redis as unknown as Record<string, (...a: (string | number)[]) => Promise<unknown>>)[command];
    return fn.apply(this.redis, args);
  }

  private failed(err: Error): void {
    this.failures++;
    this.failing = true;
    this.emit('failed', err);
    const now = performance.now();
    if (now - this.lastFailureLogMs >= 60_000) {
      this.lastFailureLogMs = now;
      this.options.log.error(
        { err: err.message, node: this.options.nodeId },
        'cluster: Redis does not answer; this node keeps its partitions until their leases run out, then gives them up until Redis is back',
      );
    }
  }

  private recovered(): void {
    if (!this.failing) return;
    this.failing = false;
    this.options.log.info({ node: this.options.nodeId }, 'cluster: Redis answers again');
  }
}
