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

/** What the rest of the server asks of the cluster (kept free of ioredis, which only cluster mode loads). */
export interface ClusterView {
  readonly nodeId: string;
  readonly targetsFeed: TargetsFeed;
  targetsUpdate(): TargetsUpdate;
  /** Every node's targets. */
  targets(): TargetInfo[];
  /** The URL of the node computing `targetId` when another node does; undefined when this one does or nobody knows it. */
  ownerUrl(targetId: string): Promise<string | undefined>;
  /** Counts a failed forward of a request to an owner. */
  forwardFailed(err: Error): void;
  forwardWorked(): void;
  health(): ClusterHealth;
  degraded(): ClusterDegradation[];
  registerMetrics(registry: Registry): void;
}
