import { randomUUID } from 'node:crypto';
import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import { MAX_FRAME_BYTES } from '@latency-dash/protocol';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { resolveOptions, type ServerOptions } from './config.js';
import { errorBody, LdError, type ErrorCode } from './errors.js';
import { HistoryRecorder, type Retention } from './history/history-recorder.js';
import { HistoryStore } from './history/history-store.js';
import { registerHistoryRoutes } from './http/history-routes.js';
import { FanoutHub } from './fanout/fanout-hub.js';
import { registerApiRoutes } from './http/api-routes.js';
import { registerIngestRoute } from './http/ingest-route.js';
import { registerPrometheus } from './http/prometheus.js';
import { registerStaticWeb } from './http/static-web.js';
import { DemoGenerator } from './ingest/demo-generator.js';
import { IngestService } from './ingest/ingest-service.js';
import { TargetSweeper } from './lifecycle/target-sweeper.js';
import { AlertEvaluator } from './alerts/alert-evaluator.js';
import { seedAlertRules } from './alerts/seed-rules.js';
import { AlertStore } from './alerts/alert-store.js';
import { WebhookSender } from './alerts/webhook-sender.js';
import { OutFrame } from './fanout/frame.js';
import { registerAlertRoutes } from './http/alert-routes.js';
import { createLogger } from './log.js';
import { openDatabase } from './storage/database.js';
import { AccessControl } from './security/access.js';
import { registerRequestGuard } from './security/request-guard.js';
import { MetricsEngine } from './metrics/engine.js';
import { WsServer } from './ws/ws-server.js';

export interface LatencyServer {
  readonly app: FastifyInstance;
  readonly engine: MetricsEngine;
  readonly hub: FanoutHub;
  readonly ingest: IngestService;
  readonly ws: WsServer;
  readonly sweeper: TargetSweeper;
  readonly demo: DemoGenerator | undefined;
  readonly history: HistoryRecorder | undefined;
  readonly alerts: AlertEvaluator;
  readonly webhooks: WebhookSender;
  readonly options: ServerOptions;
  readonly log: Logger;
  readonly serverId: string;
  /** Listens on options.host:options.port; resolves with the base URL. */
  listen(): Promise<{ url: string; port: number }>;
  /** Graceful stop: no new input, a last flush to viewers, sockets closed with 1001. Idempotent. */
  close(): Promise<void>;
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'LD_ERR_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'LD_ERR_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'LD_ERR_MALFORMED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'LD_ERR_MALFORMED',
};

export { resolveOptions, type ServerOptions } from './config.js';

export async function buildServer(partial: Partial<ServerOptions> = {}): Promise<LatencyServer> {
  const options = resolveOptions(partial);
  const log = createLogger(options.logLevel, options.prettyLogs);
  const serverId = randomUUID().slice(0, 8);
  const engine = new MetricsEngine({ windowSamples: options.windowSamples, clock: options.clock });
  const hub = new FanoutHub(engine, { maxBufferedBytes: options.maxBufferedBytes, stallTimeoutMs: options.stallTimeoutMs });
  const ingest = new IngestService(engine);
  const sweeper = new TargetSweeper(engine, options.inactivityTimeoutMs, log);
  const retention: Retention = { perSecondS: options.retentionPerSecondHours * 3600, perMinuteS: options.retentionPerMinuteDays * 86_400 };
  // One file holds history and alert rules; with history off, rules live in memory.
  const db = openDatabase(options.historyPath === 'off' ? ':memory:' : options.historyPath);
  let history: HistoryRecorder | undefined;
  if (options.historyPath !== 'off') {
    history = new HistoryRecorder(new HistoryStore(db), engine, retention, log);
    engine.addSink(history);
  }
  const webhooks = new WebhookSender(log);
  const alerts = new AlertEvaluator(engine, new AlertStore(db), webhooks, options.alertWebhooks, log);
  seedAlertRules(alerts, options.alertRules, engine.clock.nowMs(), log);
  const demo = options.demo ? new DemoGenerator(engine, options.demoTargets) : undefined;
  let state: 'starting' | 'ready' | 'draining' = 'starting';

  const app = Fastify({ loggerInstance: log as FastifyBaseLogger, logController: new LogController({ disableRequestLogging: true }), trustProxy: true, forceCloseConnections: true });
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof LdError) {
      reply.code(err.statusCode).send(errorBody(err.code, err.message));
      return;
    }
    const status = err.statusCode ?? 500;
    const code = (err.code && FASTIFY_CODES[err.code]) || (status >= 500 ? 'LD_ERR_INTERNAL' : 'LD_ERR_BAD_REQUEST');
    if (status >= 500) req.log.error({ err }, 'request failed');
    reply.code(status).send(errorBody(code, status >= 500 ? undefined : err.message));
  });
  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(errorBody('LD_ERR_NOT_FOUND', `no route for ${req.method} ${req.url.split('?')[0].slice(0, 200)}`));
  });
  app.addHook('onRequest', async (req, reply) => {
    if (state === 'draining' && req.url !== '/health') {
      reply.code(503).header('connection', 'close').send(errorBody('LD_ERR_SHUTTING_DOWN'));
    }
  });

  const access = new AccessControl({ readKeys: options.readKeys, writeKeys: options.writeKeys });
  await app.register(fastifyCors, {
    origin: options.allowedOrigins.includes('*') ? true : options.allowedOrigins,
    allowedHeaders: ['content-type', 'authorization', 'x-api-key'],
    exposedHeaders: ['content-disposition', 'retry-after'],
  });
  await app.register(fastifyRateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    // Only the API is limited: the dashboard's files and /health stay reachable.
    allowList: (req) => !req.url.startsWith('/api/'),
    errorResponseBuilder: (_req, ctx) => new LdError('LD_ERR_RATE_LIMITED', `over ${ctx.max} requests per minute from this address; retry in ${ctx.after}`, 429),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false } });
  // After the websocket plugin, whose own onRequest hook marks upgrade
  // requests so that a refused upgrade's socket is closed after the reply.
  registerRequestGuard(app, access, options.allowedOrigins);
  const ws = new WsServer({
    engine,
    hub,
    ingest,
    log,
    serverId,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    maxErrorsPer10s: options.maxErrorsPer10s,
    initialMessages: () => [new OutFrame({ alerts: { firing: alerts.firing(), changes: [] } })],
    access,
    maxConnectionsPerAddress: options.maxConnectionsPerAddress,
    messagesPerSecond: options.wsMessagesPerSecond,
  });
  await app.register(async (scope) => ws.register(scope));
  registerApiRoutes(app, engine, {
    status: () => ({ ready: state === 'ready', reason: state }),
    details: () => ({
      serverId,
      uptimeS: Math.round(process.uptime()),
      targets: engine.targets.size,
      connections: ws.connections.size,
      viewers: hub.viewerCount(),
      eventsIngested: engine.totalEvents,
      demo: demo !== undefined,
      history: options.historyPath,
    }),
  });
  registerIngestRoute(app, ingest);
  registerHistoryRoutes(app, engine, history, retention);
  registerAlertRoutes(app, engine, alerts);
  alerts.onChange((firing, changes) => ws.broadcast(new OutFrame({ alerts: { firing, changes } })));
  registerPrometheus(app, engine, hub, ws);
  await registerStaticWeb(app, options.webDir);

  let closing: Promise<void> | undefined;
  return {
    app,
    engine,
    hub,
    ingest,
    ws,
    sweeper,
    demo,
    history,
    alerts,
    webhooks,
    options,
    log,
    serverId,
    async listen() {
      const address = await app.listen({ port: options.port, host: options.host });
      const port = (app.server.address() as { port: number }).port;
      sweeper.start(options.sweepIntervalMs);
      history?.start();
      alerts.start();
      demo?.start();
      state = 'ready';
      const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
      const url = `http://${shownHost}:${port}`;
      log.info({ url, address, demo: demo !== undefined, serverId }, 'listening');
      return { url, port };
    },
    close() {
      closing ??= (async () => {
        state = 'draining';
        demo?.stop();
        sweeper.stop();
        alerts.stop();
        hub.flushAll();
        ws.closeAll();
        hub.close();
        await app.close();
        // Last: every event accepted before the stop is in the file.
        history?.stop();
        await webhooks.drain();
        db.close();
        log.info('stopped');
        log.flush?.();
      })();
      return closing;
    },
  };
}
