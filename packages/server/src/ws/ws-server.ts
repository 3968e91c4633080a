import {
  CloseCode,
  ERRORS,
  type ErrorInfo,
  DEFAULT_INTERVAL_MS,
  MAX_FRAME_BYTES,
  MAX_INTERVAL_MS,
  MIN_INTERVAL_MS,
  PROTOCOL_VERSION,
} from '@latency-dash/protocol';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import type { FanoutHub } from '../fanout/fanout-hub.js';
import { OutFrame } from '../fanout/frame.js';
import type { IngestService } from '../ingest/ingest-service.js';
import { LdError } from '../errors.js';
import { Type } from 'typebox';
import { keyOf, WS_KEY_PARAM, type AccessControl } from '../security/access.js';
import { ClientConnection, type StatsSubscriptions } from './client-connection.js';
import { TargetsBroadcaster } from './targets-broadcaster.js';

export interface WsServerDeps {
  engine: MetricsEngine;
  hub: FanoutHub;
  stats: StatsSubscriptions;
  ingest: IngestService;
  log: Log;
  serverId: string;
  heartbeatIntervalMs: number;
  maxErrorsPer10s: number;
  access: AccessControl;
  /** Sent to each new connection right after init (e.g. the alerts firing now). */
  initialMessages: () => OutFrame[];
  maxConnectionsPerAddress: number;
  messagesPerSecond: number;
  maxSubscriptionsPerConnection: number;
  closeGraceMs: number;
}

/** The `/ws` endpoint: connections, heartbeats and target-list broadcasts. */
export class WsServer {
  readonly connections = new Set<ClientConnection>();
  /** Sockets destroyed because the peer did not answer a close within the grace. */
  closesForced = 0;
  private nextId = 1;
  private readonly perAddress = new Map<string, number>();
  private heartbeat: NodeJS.Timeout | undefined;
  private readonly targets: TargetsBroadcaster;
  private accepting = true;

  constructor(private readonly deps: WsServerDeps) {
    this.targets = new TargetsBroadcaster(deps.engine, (frame) => this.broadcast(frame));
  }

  register(app: FastifyInstance): void {
    const { engine, hub, ingest, log } = this.deps;
    const nowNs = () => Math.round(engine.clock.nowMs() * 1e6);
    const preValidation = async (req: FastifyRequest) => {
      if ((this.perAddress.get(req.ip) ?? 0) >= this.deps.maxConnectionsPerAddress) {
        log.warn({ address: req.ip }, 'refused a WebSocket: too many connections from this address');
        throw new LdError('LD_ERR_TOO_MANY_CONNECTIONS');
      }
    };
    const schema = {
      summary: 'WebSocket stream (upgrade)',
      description:
        'Upgrade to a WebSocket speaking latency.proto: binary ServerMessage/ClientMessage frames, or text frames in the proto3 JSON mapping with ?format=json. ' +
        "statsSubscription{action} asks for the server's own health once a second (ServerStats, the same figures as /metrics). " +
        'A refused key or origin completes the upgrade, sends error{code, message} and closes with 4501/4503 (final: do not reconnect).',
      tags: ['stream'],
      querystring: Type.Object({
        format: Type.Optional(Type.Enum(['json', 'protobuf'], { description: 'Frame format (default: binary protobuf)' })),
        [WS_KEY_PARAM]: Type.Optional(
          Type.String({ description: 'API key (browsers cannot set headers on a WebSocket; HTTP routes take keys only in headers)' }),
        ),
      }),
      response: { 429: Type.Ref('ErrorBody') },
    };
    // @fastify/websocket hides WebSocket routes from the docs; this one is the heart of the API.
    const config = {
      swaggerTransform: ({ url }: { url: string }) => ({
        url,
        schema: { ...schema, hide: false, response: { 101: { description: 'Switching to the WebSocket protocol' }, ...schema.response } },
      }),
    };
    app.get('/ws', { websocket: true, preValidation, schema, config }, (socket, request) => {
      if (!this.accepting) {
        socket.close(CloseCode.goingAway, 'server shutting down');
        return;
      }
      if (request.refusal !== undefined) {
        const { code, message } = request.refusal;
        const frame = new OutFrame({ error: { code, message, targetId: '' } });
        if (format(request.query) === 'json') socket.send(frame.json());
        else socket.send(frame.bytes(), { binary: true });
        socket.close((ERRORS[code] as ErrorInfo).close ?? CloseCode.policyViolation, code);
        return;
      }
      const conn = new ClientConnection(this.nextId++, socket, format(request.query) === 'json', request.ip, {
        canWrite: this.deps.access.allows(keyOf(request.headers, request.query, true), 'write'),
        messagesPerSecond: this.deps.messagesPerSecond,
        maxSubscriptions: this.deps.maxSubscriptionsPerConnection,
        hub,
        stats: this.deps.stats,
        ingest,
        log,
        maxErrorsPer10s: this.deps.maxErrorsPer10s,
        nowNs,
        monotonicMs: () => engine.clock.monotonicMs(),
        closeGraceMs: this.deps.closeGraceMs,
        onCloseForced: () => this.closesForced++,
      });
      this.connections.add(conn);
      this.perAddress.set(conn.remoteAddress, (this.perAddress.get(conn.remoteAddress) ?? 0) + 1);
      log.debug({ conn: conn.id, address: conn.remoteAddress, json: conn.json }, 'ws connected');
      socket.on('message', (data, isBinary) => conn.handleFrame(data, isBinary));
      socket.on('pong', () => {
        conn.alive = true;
      });
      socket.on('close', (code) => {
        conn.detach();
        if (this.connections.delete(conn)) {
          const left = (this.perAddress.get(conn.remoteAddress) ?? 1) - 1;
          if (left <= 0) this.perAddress.delete(conn.remoteAddress);
          else this.perAddress.set(conn.remoteAddress, left);
        }
        log.debug({ conn: conn.id, code }, 'ws closed');
      });
      socket.on('error', (err) => log.debug({ conn: conn.id, err: err.message }, 'ws error'));
      conn.sendMessage({
        init: {
          message: 'latency-dash: subscribe to a target to get its series',
          serverTime: nowNs(),
          availableTargets: [...engine.targets.keys()].sort(),
          protocolVersion: PROTOCOL_VERSION,
          defaultIntervalMs: DEFAULT_INTERVAL_MS,
          minIntervalMs: MIN_INTERVAL_MS,
          maxIntervalMs: MAX_INTERVAL_MS,
          maxFrameBytes: MAX_FRAME_BYTES,
          windowSamples: engine.windowSamples,
          serverId: this.deps.serverId,
          maxViewRows: hub.views.maxViewRows,
          viewThresholdSeries: hub.views.viewThresholdSeries,
        },
      });
      for (const frame of this.deps.initialMessages()) conn.send(frame);
    });
    this.heartbeat = setInterval(() => this.beat(), this.deps.heartbeatIntervalMs);
    this.heartbeat.unref();
  }

  broadcast(frame: OutFrame): void {
    for (const conn of this.connections) conn.send(frame);
  }

  /** Stops new connections and closes every open one with "going away". */
  closeAll(): void {
    this.accepting = false;
    clearInterval(this.heartbeat);
    this.targets.close();
    for (const conn of this.connections) conn.close(CloseCode.goingAway, 'server shutting down');
  }

  private beat(): void {
    for (const conn of this.connections) {
      if (!conn.alive) {
        this.deps.log.info({ conn: conn.id }, 'dropping a connection that missed a pong');
        conn.detach();
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
    }
  }
}

const format = (query: unknown): unknown => (query as Record<string, unknown> | undefined)?.['format'];
