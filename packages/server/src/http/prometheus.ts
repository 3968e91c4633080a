import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { Type } from 'typebox';
import { registerWebhookMetrics } from '../alerts/webhook-metrics.js';
import { SERVER_VERSION } from '../version.js';
import { logOutput } from '../log.js';
import { renderLabelledFamilies } from './prometheus-families.js';
import { readCounter, readGauge } from './read-metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    promRegistry: Registry;
  }
}

/** Reason labels of latency_dash_events_refused_total, by the engine's refusal code (and `invalid` for LD_ERR_BAD_EVENT). */
const REFUSAL_REASONS = { LD_ERR_SERIES_LIMIT: 'series_limit', LD_ERR_TARGET_LIMIT: 'target_limit', LD_ERR_METADATA_LIMIT: 'metadata_limit' } as const;

/**
 * GET /metrics in the Prometheus text format: the process, the server's own
 * counters, and per-series figures of the combined view from the metric
 * table for the top N series by events (--metrics-top-series; split series
 * would multiply label cardinality by every metadata combination).
 */
export function registerPrometheus(app: FastifyInstance): void {
  const { engine, hub } = app;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'latency_dash_' });

  const counter = (name: string, help: string, read: () => number) => readCounter(registry, name, help, read);
  const gauge = (name: string, help: string, read: () => number) => readGauge(registry, name, help, read);
  new Gauge({
    name: 'latency_dash_build_info',
    help: 'Always 1; the labels say which server and Node.js run',
    labelNames: ['version', 'nodejs'],
    registers: [registry],
  }).set({ version: SERVER_VERSION, nodejs: process.versions.node }, 1);
  counter('latency_dash_events_ingested_total', 'Events accepted by the engine', () => engine.totalEvents);
  const s = hub.stats;
  counter('latency_dash_batches_total', 'Metrics batches built (each encoded once)', () => s.batches);
  counter('latency_dash_frames_sent_total', 'WebSocket frames sent to viewers', () => s.framesSent);
  counter('latency_dash_bytes_sent_total', 'Bytes of metrics frames sent', () => s.bytesSent);
  counter('latency_dash_batches_skipped_total', 'Batches skipped for slow viewers', () => s.skipped);
  counter('latency_dash_resyncs_total', 'Snapshots sent to viewers that had fallen behind', () => s.resyncs);
  counter('latency_dash_slow_disconnects_total', 'Viewers disconnected for staying stalled', () => s.slowClosed);
  counter(
    'latency_dash_ws_closes_forced_total',
    'WebSockets destroyed because the peer did not answer the close (4001 for a stalled viewer) within --ws-close-grace-ms',
    () => app.wsServer?.closesForced ?? 0,
  );
  gauge('latency_dash_ws_connections', 'Open WebSocket connections', () => app.wsServer?.connections.size ?? 0);
  gauge('latency_dash_viewers', 'Stream subscriptions', () => hub.viewerCount());
  gauge('latency_dash_view_viewers', 'Stream subscriptions with a view (a window of a target; also in latency_dash_viewers)', () => hub.windowViewerCount());
  gauge('latency_dash_view_groups', 'Distinct windowed views served (each encodes its batches once for all its viewers)', () => hub.viewGroupCount);
  gauge('latency_dash_view_orderings', 'Distinct (sort, filters) of windowed views, each sorted once per tick', () => hub.viewOrderingCount);
  gauge('latency_dash_stream_groups', 'Whole-target streams served (each encodes its batches once for all its viewers)', () => hub.groupCount);
  counter('latency_dash_view_sorts_total', 'Sorts of windowed views (one per distinct sort and filters per tick that changed something)', () => s.viewSorts);
  counter('latency_dash_snapshots_total', 'Snapshots built (whole streams and windows)', () => s.snapshots);
  gauge('latency_dash_targets', 'Known targets', () => engine.targets.size);
  gauge('latency_dash_series', 'Series held, combined and split, of all targets', () => engine.seriesTotal);
  // Alone, a node computes every target; in a cluster, those it owns.
  gauge('latency_dash_owned_targets', 'Targets this node computes (all of them when it runs alone)', () => engine.targets.size);
  gauge('latency_dash_targets_at_limit', 'Targets a cardinality limit has refused events for (latency_dash_target_at_limit summed)', () => {
    let n = 0;
    for (const t of engine.targets.values()) if (t.atLimit) n++;
    return n;
  });
  gauge('latency_dash_alerts_firing', 'Alert instances firing now', () => app.alerts.firingCount());
  const faults = app.storageFaults;
  counter(
    'latency_dash_history_write_failures_total',
    'Failed writes of history to the SQLite file (disk full, read-only, I/O error)',
    () => faults.failures.history,
  );
  counter(
    'latency_dash_alert_store_write_failures_total',
    'Failed writes of alert rules and alert state changes to the SQLite file',
    () => faults.failures.alerts,
  );
  const checkpoints = app.sqliteThread.stats;
  counter(
    'latency_dash_sqlite_checkpoints_total',
    "Checkpoints of the SQLite file's WAL run by the checkpoint thread (off the event loop)",
    () => checkpoints.checkpoints,
  );
  counter(
    'latency_dash_sqlite_checkpoint_failures_total',
    "Checkpoints of the SQLite file's WAL that failed (a full disk cannot take the pages; they stay in the WAL)",
    () => checkpoints.failures,
  );
  gauge('latency_dash_sqlite_wal_frames', "Pages in the SQLite file's WAL at the last checkpoint", () => checkpoints.walFrames);
  gauge(
    'latency_dash_sqlite_checkpoint_thread',
    "1 while the checkpoint thread runs; 0: SQLite checkpoints inside the event loop's commits (no file, or the thread could not run)",
    () => (checkpoints.running ? 1 : 0),
  );
  gauge('latency_dash_history_buffered_seconds', 'Seconds of history waiting in memory to be written', () => app.history?.buffer.size ?? 0);
  gauge('latency_dash_history_buffered_rows', 'Rollup rows waiting in memory to be written', () => app.history?.buffer.rows ?? 0);
  counter(
    'latency_dash_history_dropped_seconds_total',
    'Seconds of history lost: they overflowed the memory buffer while the file could not be written',
    () => app.history?.buffer.droppedSeconds ?? 0,
  );
  counter('latency_dash_history_dropped_rows_total', 'Rollup rows lost with those seconds', () => app.history?.buffer.droppedRows ?? 0);
  new Gauge({
    name: 'latency_dash_storage_degraded',
    help: '1 while a component (history, alerts) cannot write the SQLite file',
    labelNames: ['component'],
    registers: [registry],
    collect() {
      for (const component of ['history', 'alerts'] as const) this.set({ component }, faults.isFailing(component) ? 1 : 0);
    },
  });
  new Counter({
    name: 'latency_dash_events_refused_total',
    help: 'Events refused, by reason: invalid (LD_ERR_BAD_EVENT) or the cardinality limit (series_limit, target_limit, metadata_limit)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ reason: 'invalid' }, app.ingest.invalidEvents);
      for (const [code, reason] of Object.entries(REFUSAL_REASONS)) this.inc({ reason }, engine.refused[code as keyof typeof REFUSAL_REASONS]);
    },
  });

  registerWebhookMetrics(registry, () => app.webhooks?.totalsNow());
  // The process's stdout, shared by every logger in it.
  counter('latency_dash_log_lines_dropped_total', 'Log lines dropped because the reader of stdout fell 4 MiB behind', () => logOutput.linesDropped);
  counter(
    'latency_dash_log_write_errors_total',
    'Failed writes of log lines to stdout (EPIPE: nothing reads it; EAGAIN: a pipe still full 2 s into a stop)',
    () => logOutput.writeErrors,
  );
  app.cluster?.registerMetrics(registry);

  const topN = app.settings.metricsTopSeries;

  app.decorate('promRegistry', registry);
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        description:
          'Process, fan-out and refusal counters; per-target series, events, refusals and limit state (one label set per target); and latency quantiles, throughput, rates and counts of the combined series with the most events (top N, --metrics-top-series).',
        tags: ['operations'],
        produces: ['text/plain'],
        response: { 200: Type.String() },
      },
    },
    async (_req, reply) => {
      const labelled = await renderLabelledFamilies(engine, topN);
      reply.type(registry.contentType);
      return (await registry.metrics()) + labelled;
    },
  );
}
