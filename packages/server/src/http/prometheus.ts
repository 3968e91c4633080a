import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { FanoutHub } from '../fanout/fanout-hub.js';
import type { MetricsEngine } from '../metrics/engine.js';
import type { WsServer } from '../ws/ws-server.js';

const QUANTILES = [
  ['0.5', 50],
  ['0.9', 90],
  ['0.95', 95],
  ['0.99', 99],
] as const;

/**
 * GET /metrics in the Prometheus text format: the process, the server's own
 * counters, and per-series latency of the combined view (split series
 * would multiply label cardinality by every metadata combination).
 */
export function registerPrometheus(app: FastifyInstance, engine: MetricsEngine, hub: FanoutHub, ws: WsServer): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'latency_dash_' });

  const ingested = new Counter({ name: 'latency_dash_events_ingested_total', help: 'Events accepted by the engine', registers: [registry] });
  let lastTotal = 0;
  const sync = () => {
    ingested.inc(engine.totalEvents - lastTotal);
    lastTotal = engine.totalEvents;
  };
  const fanout = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  const s = hub.stats;
  fanout('latency_dash_batches_total', 'Metrics batches built (each encoded once)', () => s.batches);
  fanout('latency_dash_frames_sent_total', 'WebSocket frames sent to viewers', () => s.framesSent);
  fanout('latency_dash_bytes_sent_total', 'Bytes of metrics frames sent', () => s.bytesSent);
  fanout('latency_dash_batches_skipped_total', 'Batches skipped for slow viewers', () => s.skipped);
  fanout('latency_dash_resyncs_total', 'Snapshots sent to viewers that had fallen behind', () => s.resyncs);
  fanout('latency_dash_slow_disconnects_total', 'Viewers disconnected for staying stalled', () => s.slowClosed);

  new Gauge({ name: 'latency_dash_ws_connections', help: 'Open WebSocket connections', registers: [registry], collect() { this.set(ws.connections.size); } });
  new Gauge({ name: 'latency_dash_viewers', help: 'Stream subscriptions', registers: [registry], collect() { this.set(hub.viewerCount()); } });
  new Gauge({ name: 'latency_dash_targets', help: 'Known targets', registers: [registry], collect() { this.set(engine.targets.size); } });

  const latency = new Gauge({
    name: 'latency_dash_series_latency_ms',
    help: 'Latency quantiles of each combined series over its sample window',
    labelNames: ['target', 'key', 'quantile'],
    registers: [registry],
    collect() {
      this.reset();
      for (const target of engine.targets.values()) {
        for (const series of target.combined.values()) {
          for (const [q, p] of QUANTILES) this.set({ target: target.id, key: series.key, quantile: q }, series.window.percentile(p));
        }
      }
    },
  });
  void latency;
  const throughput = new Gauge({
    name: 'latency_dash_series_throughput_bytes_per_second',
    help: 'Payload bytes per second over the last 10 s, per combined series',
    labelNames: ['target', 'key'],
    registers: [registry],
    collect() {
      this.reset();
      const now = engine.clock.nowMs();
      for (const target of engine.targets.values()) {
        for (const series of target.combined.values()) this.set({ target: target.id, key: series.key }, series.rate.bytesPerSecond(now));
      }
    },
  });
  void throughput;

  app.get('/metrics', async (_req, reply) => {
    sync();
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return registry;
}
