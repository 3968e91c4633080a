import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { FanoutHub } from './fanout-hub.js';

declare module 'fastify' {
  interface FastifyInstance {
    hub: FanoutHub;
  }
}

/** Stream groups that encode each batch once for all their viewers (SPEC F4). */
async function fanoutPlugin(app: FastifyInstance): Promise<void> {
  const { maxBufferedBytes, stallTimeoutMs, fieldDeltas, maxViewRows, maxViewsPerTarget, maxPinnedSeries, viewThresholdSeries } = app.settings;
  const hub = new FanoutHub(
    app.engine,
    { maxBufferedBytes, stallTimeoutMs, fieldDeltas },
    { maxViewRows, maxViewsPerTarget, maxPinnedSeries, viewThresholdSeries },
  );
  app.decorate('hub', hub);
  app.addHook('onClose', async () => hub.close());
}

export default fp(fanoutPlugin, { name: 'fanout', dependencies: ['metrics'] });
