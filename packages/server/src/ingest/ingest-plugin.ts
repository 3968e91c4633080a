import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerIngestRoute } from '../http/ingest-route.js';
import { DemoGenerator } from './demo-generator.js';
import { IngestService } from './ingest-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    ingest: IngestService;
    /** Undefined with --no-demo. */
    demo: DemoGenerator | undefined;
  }
}

/** Every way events come in: POST /api/v1/events, the demo generator, and (through `ingest`) WebSocket producers (SPEC F1). */
async function ingestPlugin(app: FastifyInstance): Promise<void> {
  const ingest = new IngestService(app.engine, { maxValueMs: app.settings.maxValueMs }, app.wal);
  // In a cluster every node would make up the same targets (cluster-plugin.ts says so once).
  const demo = app.settings.demo && app.settings.redis === '' ? new DemoGenerator(app.engine, app.settings.demoTargets) : undefined;
  app.decorate('ingest', ingest);
  app.decorate('demo', demo);
  app.addHook('onReady', async () => demo?.start());
  app.addHook('preClose', async () => demo?.stop());
  registerIngestRoute(app);
}

export default fp(ingestPlugin, { name: 'ingest', dependencies: ['metrics', 'wal'] });
