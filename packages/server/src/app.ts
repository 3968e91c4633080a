import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import alertsPlugin from './alerts/alerts-plugin.js';
import { resolveOptions, type ServerOptions } from './options/index.js';
import fanoutPlugin from './fanout/fanout-plugin.js';
import historyPlugin from './history/history-plugin.js';
import targetsApiPlugin from './http/api-routes.js';
import connectionGuardPlugin, { connectionServerOptions } from './http/connection-guard-plugin.js';
import corePlugin from './http/core-plugin.js';
import docsPlugin from './http/docs-plugin.js';
import expositionPlugin from './http/exposition-plugin.js';
import { schemaError } from './http/schema-errors.js';
import staticWebPlugin from './http/static-web.js';
import statsPlugin from './stats/stats-plugin.js';
import ingestPlugin from './ingest/ingest-plugin.js';
import { createLogger, releaseLogger } from './log.js';
import metricsPlugin from './metrics/metrics-plugin.js';
import otlpPlugin from './otlp/otlp-plugin.js';
import securityPlugin from './security/security-plugin.js';
import storagePlugin from './storage/storage-plugin.js';
import walPlugin from './wal/wal-plugin.js';
import type {} from './cluster/cluster-view.js';
import wsPlugin, { websocketTransportPlugin } from './ws/ws-plugin.js';

export { resolveOptions, type ServerOptions } from './options/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    settings: ServerOptions;
  }
}

export interface LatencyServer {
  /** The Fastify instance; each subsystem's plugin decorates it with what it owns (app.engine, app.hub, app.history, …). */
  readonly app: FastifyInstance;
  /** Listens on settings.host:settings.port; resolves with the base URL. */
  listen(): Promise<{ url: string; port: number }>;
  /** Graceful stop: no new input, a last flush to viewers, sockets closed with 1001, history written. Idempotent. */
  close(): Promise<void>;
}

/**
 * The server as a composition of plugins. Registration order is the
 * dependency order (each plugin names what it needs); Fastify runs onReady
 * hooks in that order and onClose hooks in reverse, so the engine starts
 * first and the database closes last. A backend (Redis, PostgreSQL) is one
 * plugin swapped for another behind the same decoration.
 */
export async function buildServer(partial: Partial<ServerOptions> = {}): Promise<LatencyServer> {
  const settings = resolveOptions(partial);
  const log = createLogger(settings.logLevel, settings.prettyLogs);
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    // trustProxy (--trust-proxy), timeouts, and coded answers to slow or broken requests.
    ...connectionServerOptions(settings),
    forceCloseConnections: true,
    // /health answers 503 "draining" itself while the server stops.
    return503OnClosing: false,
    schemaErrorFormatter: schemaError,
    // Unknown body fields are refused with a reason, never dropped silently.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, verbose: true } },
  });

  await app.register(
    fp(
      async (a) => {
        a.decorate('settings', settings);
        a.decorate('cluster', undefined);
      },
      { name: 'settings' },
    ),
  );
  await app.register(corePlugin);
  await app.register(connectionGuardPlugin);
  await app.register(websocketTransportPlugin);
  await app.register(docsPlugin);
  await app.register(securityPlugin);
  await app.register(metricsPlugin);
  await app.register(storagePlugin);
  await app.register(walPlugin);
  await app.register(ingestPlugin);
  await app.register(otlpPlugin);
  await app.register(fanoutPlugin);
  await app.register(historyPlugin);
  await app.register(alertsPlugin);
  await app.register(statsPlugin);
  // Cluster mode only: Redis' client is loaded only then.
  if (settings.redis !== '') await app.register((await import('./cluster/cluster-plugin.js')).default);
  await app.register(wsPlugin);
  await app.register(targetsApiPlugin);
  await app.register(expositionPlugin);
  await app.register(staticWebPlugin);
  // Last onReady: every plugin has started its timers.
  app.addHook('onReady', async () => {
    app.lifecycle.state = 'ready';
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    async listen() {
      const address = await app.listen({ port: settings.port, host: settings.host });
      const port = (app.server.address() as { port: number }).port;
      const shownHost = settings.host === '0.0.0.0' || settings.host === '::' ? '127.0.0.1' : settings.host;
      const url = `http://${shownHost}:${port}`;
      log.info({ url, address, demo: settings.demo, serverId: app.lifecycle.serverId }, 'listening');
      return { url, port };
    },
    close() {
      closing ??= (async () => {
        await app.close();
        log.info('stopped');
        await releaseLogger(log);
      })();
      return closing;
    },
  };
}
