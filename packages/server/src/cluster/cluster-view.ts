import type { TargetsUpdate } from '@latency-dash/protocol';
import type { Registry } from 'prom-client';
import type { TargetInfo } from './cluster-targets.js';
import type { TargetsFeed } from '../ws/ws-server.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Set in cluster mode (--redis, cluster-plugin.ts); undefined when the node runs alone. */
    cluster: ClusterView | undefined;
  }
}

/** A cluster problem as /health lists it beside the storage ones. */
export interface ClusterDegradation {
  component: 'cluster';
  /** Redis, without credentials. */
  path: string;
  reason: string;
  fix: string;
  sinceMs: number;
  failures: number;
}

export interface ClusterHealth {
  nodeId: string;
  /** ok, or unreachable while Redis does not answer. */
  redis: 'ok' | 'unreachable';
  nodes: string[];
  partitions: number;
  /** Partitions whose lease this node holds. */
  ownedPartitions: number;
  /** Of those, the ones rebuilt and computed here. */
  servingPartitions: number[];
  /** Streams this node publishes for the viewers of every node. */
  publishing: number;
  failures: Record<string, number>;
}

/**
 * Where a target is computed: here (answer from the local engine, 404 if it
 * has no such target), at another node, or nowhere for the moment: its
 * partition is moving (this node holds the lease and is rebuilding, or the
 * asker's view of the owners is a tick behind a move).
 */
export type TargetLocation = { readonly at: 'here' } | { readonly at: 'node'; readonly url: string } | { readonly at: 'moving' };

/** What the rest of the server asks of the cluster (kept free of ioredis, which only cluster mode loads). */
export interface ClusterView {
  readonly nodeId: string;
  readonly targetsFeed: TargetsFeed;
  targetsUpdate(): TargetsUpdate;
  /** Every node's targets. */
  targets(): TargetInfo[];
  /**
   * Where `targetId` is computed now. `forwarded`: the request came from
   * another node, which believed this one computes it; it is never sent on.
   * `askRedis`: the node the cards named did not answer, so ask Redis who
   * holds the lease now (a node that left released it).
   */
  locate(targetId: string, forwarded: boolean, askRedis?: boolean): Promise<TargetLocation>;
  /** Resolves when a partition starts or stops being served here, or after `ms`. */
  settle(ms: number): Promise<void>;
  /** How long a request may wait for a moving target's new owner before it is answered 503 (LD_ERR_TARGET_MOVING). */
  readonly moveWaitMs: number;
  /** Counts a failed forward of a request to an owner. */
  forwardFailed(err: Error): void;
  forwardWorked(): void;
  health(): ClusterHealth;
  degraded(): ClusterDegradation[];
  registerMetrics(registry: Registry): void;
}
