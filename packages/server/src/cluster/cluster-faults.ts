import type { Log } from '../log.js';

/** What a node of a cluster asks of Redis; each is counted apart on /metrics. */
export const CLUSTER_OPS = [
  'connect',
  'coordinator',
  'append',
  'read',
  'rebuild',
  'checkpoint',
  'publish',
  'subscribe',
  'registry',
  'relay',
  'forward',
] as const;
export type ClusterOp = (typeof CLUSTER_OPS)[number];

const WHAT: Record<ClusterOp, string> = {
  connect: 'connecting to Redis at start',
  coordinator: 'renewing membership and partition leases',
  append: 'appending taken events to Redis (batches answered 503 LD_ERR_CLUSTER_UNAVAILABLE)',
  read: "reading the owned partitions' event streams",
  rebuild: "rebuilding a gained partition's windows from its checkpoint and stream",
  checkpoint: "checkpointing a served partition's state to Redis (its stream is not trimmed meanwhile)",
  publish: 'publishing batches to the other nodes',
  subscribe: 'subscribing to batches from the owners',
  registry: 'sharing the target list and the streams viewers want',
  relay: 'decoding a relayed batch',
  forward: "forwarding a series request to the target's owner",
};

export interface ClusterFault {
  readonly op: ClusterOp;
  readonly reason: string;
  readonly sinceMs: number;
  readonly failures: number;
}

/** An operation that has not failed for this long is no longer shown as failing (some run rarely, so may not succeed soon). */
export const FAULT_QUIET_MS = 5000;

/**
 * Every failure of the cluster's Redis work, counted by operation, logged
 * once when an operation starts failing and once when it works again
 * (never per failure: a Redis outage fails thousands of calls).
 */
export class ClusterFaults {
  readonly failures = Object.fromEntries(CLUSTER_OPS.map((op) => [op, 0])) as Record<ClusterOp, number>;
  private readonly failing = new Map<ClusterOp, { reason: string; sinceMs: number; lastMs: number; failures: number }>();

  constructor(private readonly log: Log) {}

  failed(op: ClusterOp, err: Error): void {
    this.failures[op]++;
    const now = Date.now();
    const f = this.failing.get(op);
    if (f !== undefined && now - f.lastMs < FAULT_QUIET_MS) {
      f.failures++;
      f.reason = err.message;
      f.lastMs = now;
      return;
    }
    this.failing.set(op, { reason: err.message, sinceMs: now, lastMs: now, failures: 1 });
    this.log.error({ op, err: err.message }, `cluster: ${WHAT[op]} fails; counted in latency_dash_cluster_failures_total{op="${op}"} until it works again`);
  }

  ok(op: ClusterOp): void {
    const f = this.failing.get(op);
    if (f === undefined) return;
    this.failing.delete(op);
    this.log.info({ op, failures: f.failures }, `cluster: ${WHAT[op]} works again`);
  }

  list(): ClusterFault[] {
    const now = Date.now();
    return [...this.failing]
      .filter(([, f]) => now - f.lastMs < FAULT_QUIET_MS)
      .map(([op, f]) => ({ op, reason: f.reason, sinceMs: f.sinceMs, failures: f.failures }));
  }
}
