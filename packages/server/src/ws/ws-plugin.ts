import fastifyWebsocket from '@fastify/websocket';
import { MAX_FRAME_BYTES } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { OutFrame } from '../fanout/frame.js';
import { targetsUpdate } from './targets-broadcaster.js';
import { WsServer } from './ws-server.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Undefined until the ws plugin is registered. */
    wsServer: WsServer | undefined;
  }
}

/**
 * The WebSocket transport, registered before the request guard (whose
 * onRequest hook needs upgrades marked) and everything else. Its preClose
 * is the orderly end of every stream: a last flush to viewers, then every
 * socket closed with 1001.
 */
async function websocketTransport(app: FastifyInstance): Promise<void> {
  app.decorate('wsServer', undefined);
  await app.register(fastifyWebsocket, {
    options: { maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false },
    preClose(done) {
      app.hub?.flushAll();
      app.wsServer?.closeAll();
      app.websocketServer.close(() => done());
    },
  });
}

/** The `/ws` endpoint: viewers, producers, target and alert broadcasts (SPEC F3, F4). */
async function wsPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const ws = new WsServer({
    engine: app.engine,
    hub: app.hub,
    stats: app.stats,
    ingest: app.ingest,
    log: app.log,
    serverId: app.lifecycle.serverId,
    heartbeatIntervalMs: s.heartbeatIntervalMs,
    maxErrorsPer10s: s.maxErrorsPer10s,
    // What is firing, and the targets with their details (limits), so a new viewer need not wait for a change.
    initialMessages: () => [
      new OutFrame({ alerts: { firing: app.alerts.firing(), changes: [] } }),
      new OutFrame({ targets: app.cluster?.targetsUpdate() ?? targetsUpdate(app.engine) }),
    ],
    targetsFeed: app.cluster?.targetsFeed,
    access: app.access,
    maxConnectionsPerAddress: s.maxConnectionsPerAddress,
    messagesPerSecond: s.wsMessagesPerSecond,
    maxSubscriptionsPerConnection: s.maxSubscriptionsPerConnection,
    closeGraceMs: s.wsCloseGraceMs,
  });
  app.wsServer = ws;
  app.alerts.onChange((firing, changes) => ws.broadcast(new OutFrame({ alerts: { firing, changes } })));
  ws.register(app);
}

export const websocketTransportPlugin = fp(websocketTransport, { name: 'websocket-transport', dependencies: ['settings'] });
export default fp(wsPlugin, { name: 'ws', dependencies: ['websocket-transport', 'metrics', 'fanout', 'ingest', 'alerts', 'security', 'stats'] });
