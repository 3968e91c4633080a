import { METRICS, type MetricSource } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { Type } from 'typebox';
import { readMetric } from '../metrics/metric-readers.js';

declare module 'fastify' {
  interface FastifyInstance {
    promRegistry: Registry;
  }
}

/** The metric table's entries marked for Prometheus, grouped by name (the percentiles share one gauge with a quantile label). */
const PER_SERIES = new Map<string, { name: string; quantile?: string; source: MetricSource; kind: string; description: string }[]>();
for (const m of METRICS) {
  if (!('prometheus' in m)) continue;
  const entry = { ...m.prometheus, source: m.source, kind: m.kind as string, description: m.description };
  PER_SERIES.set(entry.name, [...(PER_SERIES.get(entry.name) ?? []), entry]);
}

/**
 * GET /metrics in the Prometheus text format: the process, the server's own
 * counters, and per-series figures of the combined view from the metric
 * table (split series would multiply label cardinality by every metadata
 * combination).
 */
export function registerPrometheus(app: FastifyInstance): void {
  const { engine, hub } = app;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'latency_dash_' });

  const ingested = new Counter({ name: 'latency_dash_events_ingested_total', help: 'Events accepted by the engine', registers: [registry] });
  let lastTotal = 0;
  const sync = () => {
    ingested.inc(engine.totalEvents - lastTotal);
    lastTotal = engine.totalEvents;
  };
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  const s = hub.stats;
  counter('latency_dash_batches_total', 'Metrics batches built (each encoded once)', () => s.batches);
  counter('latency_dash_frames_sent_total', 'WebSocket frames sent to viewers', () => s.framesSent);
  counter('latency_dash_bytes_sent_total', 'Bytes of metrics frames sent', () => s.bytesSent);
  counter('latency_dash_batches_skipped_total', 'Batches skipped for slow viewers', () => s.skipped);
  counter('latency_dash_resyncs_total', 'Snapshots sent to viewers that had fallen behind', () => s.resyncs);
  counter('latency_dash_slow_disconnects_total', 'Viewers disconnected for staying stalled', () => s.slowClosed);
  gauge('latency_dash_ws_connections', 'Open WebSocket connections', () => app.wsServer?.connections.size ?? 0);
  gauge('latency_dash_viewers', 'Stream subscriptions', () => hub.viewerCount());
  gauge('latency_dash_targets', 'Known targets', () => engine.targets.size);

  for (const [name, entries] of PER_SERIES) {
    const quantiles = entries.some((e) => e.quantile !== undefined);
    const isCount = entries[0].kind === 'count';
    const Metric = isCount ? Counter : Gauge;
    new Metric({
      name,
      help: quantiles
        ? 'Latency quantiles of each combined series over its sample window (ms, nearest rank)'
        : `${entries[0].description}, per combined series`,
      labelNames: quantiles ? ['target', 'key', 'quantile'] : ['target', 'key'],
      registers: [registry],
      collect(this: Gauge | Counter) {
        this.reset();
        const now = engine.clock.nowMs();
        for (const target of engine.targets.values()) {
          for (const series of target.combined.values()) {
            for (const e of entries) {
              const labels = e.quantile !== undefined ? { target: target.id, key: series.key, quantile: e.quantile } : { target: target.id, key: series.key };
              const v = readMetric(e.source, series, now);
              if (this instanceof Counter) this.inc(labels, v);
              else this.set(labels, v);
            }
          }
        }
      },
    });
  }

  app.decorate('promRegistry', registry);
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics',
        description: 'Process, fan-out counters, and per-series latency quantiles, throughput, rates and counts of the combined view.',
        tags: ['operations'],
        produces: ['text/plain'],
        response: { 200: Type.String() },
      },
    },
    async (_req, reply) => {
      sync();
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
