import { redactUrl } from '../storage/postgres-url.js';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerPrometheus } from './prometheus.js';
import { HealthSchema } from './schemas.js';

/** How the server is doing: /health for load balancers, /metrics for Prometheus. */
async function expositionPlugin(app: FastifyInstance): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Ready (200), degraded (200, or 503 with --strict-health) or starting/draining (503), with a few figures',
        tags: ['operations'],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_req, reply) => {
      const { state, serverId } = app.lifecycle;
      const degraded = [...app.storageFaults.degraded(), ...(app.cluster?.degraded() ?? [])];
      const ready = state === 'ready';
      reply.code(!ready || (degraded.length > 0 && app.settings.strictHealth) ? 503 : 200);
      const buffer = app.history?.buffer;
      return {
        status: !ready ? state : degraded.length > 0 ? 'degraded' : 'ok',
        serverId,
        uptimeS: Math.round(process.uptime()),
        targets: app.engine.targets.size,
        series: app.engine.seriesTotal,
        connections: app.wsServer?.connections.size ?? 0,
        viewers: app.hub.viewerCount(),
        eventsIngested: app.engine.totalEvents,
        demo: app.demo !== undefined,
        history: redactUrl(app.settings.historyPath),
        // Webhook trouble shows here but never turns /health non-200: a receiver being down is not this server being down.
        webhooks: app.webhooks?.health(),
        degraded: degraded.map(({ sinceMs, ...d }) => ({ ...d, since: new Date(sinceMs).toISOString() })),
        historyBuffer: buffer && { seconds: buffer.size, rows: buffer.rows, maxSeconds: buffer.limits.maxSeconds, droppedSeconds: buffer.droppedSeconds },
        otlp: app.otlp.health(),
        wal: app.wal?.state ?? 'off',
        cluster: app.cluster?.health(),
      };
    },
  );
  registerPrometheus(app);
}

export default fp(expositionPlugin, { name: 'exposition', dependencies: ['metrics', 'fanout', 'ingest', 'storage', 'otlp', 'alerts'] });
