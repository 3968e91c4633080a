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
        summary: 'Ready (200) or starting/draining (503), with a few figures',
        tags: ['operations'],
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_req, reply) => {
      const { state, serverId } = app.lifecycle;
      reply.code(state === 'ready' ? 200 : 503);
      return {
        status: state === 'ready' ? 'ok' : state,
        serverId,
        uptimeS: Math.round(process.uptime()),
        targets: app.engine.targets.size,
        connections: app.wsServer?.connections.size ?? 0,
        viewers: app.hub.viewerCount(),
        eventsIngested: app.engine.totalEvents,
        demo: app.demo !== undefined,
        history: app.settings.historyPath,
        wal: app.wal?.state ?? 'off',
      };
    },
  );
  registerPrometheus(app);
}

export default fp(expositionPlugin, { name: 'exposition', dependencies: ['metrics', 'fanout', 'ingest'] });
