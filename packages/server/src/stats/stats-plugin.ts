import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { StatsPublisher } from './stats-publisher.js';

declare module 'fastify' {
  interface FastifyInstance {
    stats: StatsPublisher;
  }
}

/**
 * The server's own health once a second to WebSocket subscribers (SPEC F6's
 * server view), read from the /metrics registry. Registered before `ws`
 * (connections subscribe through it); it starts once every plugin has
 * registered its figures in the registry.
 */
async function statsPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const stats = new StatsPublisher({
    nodeId: app.lifecycle.serverId,
    log: app.log,
    nowMs: () => app.engine.clock.nowMs(),
    historyOn: app.history !== undefined,
    historyReason: () => {
      const d = app.storageFaults.degraded().find((x) => x.component === 'history');
      return d === undefined ? '' : `${d.reason}; ${d.fix}`;
    },
    maxBufferedBytes: s.maxBufferedBytes,
  });
  app.decorate('stats', stats);
  // The registry belongs to the exposition plugin, registered later; onReady runs once all are.
  app.addHook('onReady', async () => stats.start(app.promRegistry));
  app.addHook('preClose', async () => stats.stop());
}

export default fp(statsPlugin, { name: 'stats', dependencies: ['metrics', 'storage', 'history'] });
