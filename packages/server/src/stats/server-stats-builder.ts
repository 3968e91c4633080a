import type { ServerStats } from '@latency-dash/protocol';
import type { RegistryValues } from './registry-values.js';

/** The /metrics families a ServerStats is read from. */
export const F = {
  buildInfo: 'latency_dash_build_info',
  startTime: 'latency_dash_process_start_time_seconds',
  samples: 'latency_dash_stats_samples_total',
  cpuPercent: 'latency_dash_process_cpu_percent',
  rss: 'latency_dash_process_resident_memory_bytes',
  // Collecting the total sets the used figure too (one process.memoryUsage() call): total first.
  heapTotal: 'latency_dash_nodejs_heap_size_total_bytes',
  heapUsed: 'latency_dash_nodejs_heap_size_used_bytes',
  loopDelay: 'latency_dash_event_loop_delay_seconds',
  loopDelayMax: 'latency_dash_event_loop_delay_max_seconds',
  wsConnections: 'latency_dash_ws_connections',
  viewers: 'latency_dash_viewers',
  statsSubscribers: 'latency_dash_stats_subscribers',
  httpConnections: 'latency_dash_http_connections',
  targets: 'latency_dash_targets',
  ownedTargets: 'latency_dash_owned_targets',
  targetsAtLimit: 'latency_dash_targets_at_limit',
  series: 'latency_dash_series',
  eventsAccepted: 'latency_dash_events_ingested_total',
  eventsRefused: 'latency_dash_events_refused_total',
  batches: 'latency_dash_batches_total',
  batchesSkipped: 'latency_dash_batches_skipped_total',
  resyncs: 'latency_dash_resyncs_total',
  framesSent: 'latency_dash_frames_sent_total',
  bytesSent: 'latency_dash_bytes_sent_total',
  slowDisconnects: 'latency_dash_slow_disconnects_total',
  storageDegraded: 'latency_dash_storage_degraded',
  historyPendingSeconds: 'latency_dash_history_buffered_seconds',
  historyPendingRows: 'latency_dash_history_buffered_rows',
  historyDroppedSeconds: 'latency_dash_history_dropped_seconds_total',
  historyWriteFailures: 'latency_dash_history_write_failures_total',
  walState: 'latency_dash_wal_state',
  walBytes: 'latency_dash_wal_bytes',
  walUnsynced: 'latency_dash_wal_unsynced_seconds',
  walEventsUnlogged: 'latency_dash_wal_events_unlogged_total',
  alertsFiring: 'latency_dash_alerts_firing',
  webhooksInFlight: 'latency_dash_webhook_in_flight',
  webhooksQueued: 'latency_dash_webhook_queued',
  webhooksDropped: 'latency_dash_webhook_dropped_total',
  webhooksFailed: 'latency_dash_webhook_failed_total',
} as const;

/** Every family above, in reading order. */
export const STATS_FAMILIES: readonly string[] = Object.values(F);

/** What the registry cannot say: who is sampling, when, and in words. */
export interface StatsContext {
  nodeId: string;
  /** Unix ms of the sample, by the engine's clock (as every server_time on the wire). */
  nowMs: number;
  /** Unix ms by the system clock, which the process start time is in. */
  wallNowMs: number;
  /** Seconds since the previous sample: the rates' denominator. */
  intervalS: number;
  cpuCores: number;
  historyOn: boolean;
  /** Why history is degraded, with what to do ('' when it is not). */
  historyReason: string;
}

/**
 * One ServerStats from two readings of the registry: figures from `now`,
 * rates from the change since `before` (none on the first sample).
 */
export function buildServerStats(now: RegistryValues, before: RegistryValues | undefined, ctx: StatsContext): ServerStats {
  const counter = (name: string, labels: Record<string, string> = {}) => {
    const total = now.value(name, labels);
    // A counter only falls when its family appeared meanwhile (a subsystem registered late): no rate then.
    const delta = before === undefined ? 0 : Math.max(0, total - before.value(name, labels));
    return { total, perSecond: ctx.intervalS > 0 ? delta / ctx.intervalS : 0 };
  };
  const v = (name: string, labels?: Record<string, string>) => now.value(name, labels);
  const refused: Record<string, { total: number; perSecond: number }> = {};
  for (const reason of now.byLabel(F.eventsRefused, 'reason').keys()) refused[reason] = counter(F.eventsRefused, { reason });
  const walState = [...now.byLabel(F.walState, 'state')].find(([, on]) => on === 1)?.[0];
  const historyDegraded = v(F.storageDegraded, { component: 'history' }) === 1;
  return {
    nodeId: ctx.nodeId,
    version: String([...now.byLabel(F.buildInfo, 'version').keys()][0] ?? ''),
    serverTime: Math.round(ctx.nowMs * 1e6),
    seq: v(F.samples),
    intervalS: ctx.intervalS,
    uptimeS: now.has(F.startTime) ? Math.max(0, ctx.wallNowMs / 1000 - v(F.startTime)) : 0,
    cpuPercent: v(F.cpuPercent),
    cpuCores: ctx.cpuCores,
    rssBytes: v(F.rss),
    heapUsedBytes: v(F.heapUsed),
    heapTotalBytes: v(F.heapTotal),
    loopDelayP50Ms: v(F.loopDelay, { quantile: '0.5' }) * 1000,
    loopDelayP99Ms: v(F.loopDelay, { quantile: '0.99' }) * 1000,
    loopDelayMaxMs: v(F.loopDelayMax) * 1000,
    wsConnections: v(F.wsConnections),
    viewers: v(F.viewers),
    statsSubscribers: v(F.statsSubscribers),
    httpConnections: v(F.httpConnections),
    targets: v(F.targets),
    ownedTargets: v(F.ownedTargets),
    targetsAtLimit: v(F.targetsAtLimit),
    series: v(F.series),
    eventsAccepted: counter(F.eventsAccepted),
    eventsRefused: refused,
    batches: counter(F.batches),
    batchesSkipped: counter(F.batchesSkipped),
    resyncs: counter(F.resyncs),
    framesSent: counter(F.framesSent),
    bytesSent: counter(F.bytesSent),
    slowDisconnects: counter(F.slowDisconnects),
    historyState: !ctx.historyOn ? 'off' : historyDegraded ? 'degraded' : 'ok',
    historyReason: historyDegraded ? ctx.historyReason : '',
    historyPendingSeconds: v(F.historyPendingSeconds),
    historyPendingRows: v(F.historyPendingRows),
    historyDroppedSeconds: counter(F.historyDroppedSeconds),
    historyWriteFailures: counter(F.historyWriteFailures),
    walState: walState ?? 'off',
    walBytes: v(F.walBytes),
    walUnsyncedS: v(F.walUnsynced),
    walEventsUnlogged: counter(F.walEventsUnlogged),
    alertsFiring: v(F.alertsFiring),
    webhooksInFlight: v(F.webhooksInFlight),
    webhooksQueued: v(F.webhooksQueued),
    webhooksDropped: counter(F.webhooksDropped),
    webhooksFailed: counter(F.webhooksFailed),
  };
}
