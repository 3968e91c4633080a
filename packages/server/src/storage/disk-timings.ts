import { Histogram, type Registry } from 'prom-client';
import type { Log } from '../log.js';

/** The disk calls the event loop waits for: each blocks every viewer and producer while it runs. */
export const DISK_OPS = ['wal-write', 'wal-segment', 'history-write', 'history-prune', 'history-fold'] as const;
export type DiskOp = (typeof DISK_OPS)[number];

/** A call this long is worth a log line: a loop turn over 50 ms is a stall a viewer sees. */
const SLOW_MS = 20;
/** At most one line per operation per minute, with the count and the longest since the last. */
const NOTICE_EVERY_MS = 60_000;
const BUCKETS_S = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

interface Slow {
  count: number;
  maxMs: number;
  noticedAtMs: number;
}

/**
 * Times the synchronous disk calls made on the event loop (a write that
 * waits behind the file system's journal holds every connection), into
 * `latency_dash_sync_disk_seconds{op}` at /metrics, and logs the slow ones.
 */
export class DiskTimings {
  private readonly histogram = new Histogram({
    name: 'latency_dash_sync_disk_seconds',
    help: 'Synchronous disk calls on the event loop, by operation (WAL record writes, segment starts, history transactions)',
    labelNames: ['op'],
    buckets: BUCKETS_S,
    registers: [],
  });
  private readonly slow = new Map<DiskOp, Slow>();

  constructor(private readonly log: Log) {}

  register(registry: Registry): void {
    registry.registerMetric(this.histogram);
  }

  /** Runs `fn`, timing it as `op`; its result or error passes through. */
  time<T>(op: DiskOp, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      this.record(op, performance.now() - start);
    }
  }

  record(op: DiskOp, ms: number): void {
    this.histogram.observe({ op }, ms / 1000);
    if (ms < SLOW_MS) return;
    const now = performance.now();
    const s = this.slow.get(op) ?? { count: 0, maxMs: 0, noticedAtMs: Number.NEGATIVE_INFINITY };
    this.slow.set(op, s);
    s.count++;
    s.maxMs = Math.max(s.maxMs, ms);
    if (now - s.noticedAtMs < NOTICE_EVERY_MS) return;
    this.log.warn(
      { op, ms: Math.round(s.maxMs * 10) / 10, calls: s.count },
      'a disk call held the event loop: the disk is slow or busy (see latency_dash_sync_disk_seconds); put --history and --wal on a faster disk',
    );
    s.noticedAtMs = now;
    s.count = 0;
    s.maxMs = 0;
  }
}

/** `fn` timed as `op` when there are timings to keep (a store or log built without them runs it as is). */
export function timedWith<T>(timings: DiskTimings | undefined, op: DiskOp, fn: () => T): T {
  return timings === undefined ? fn() : timings.time(op, fn);
}
