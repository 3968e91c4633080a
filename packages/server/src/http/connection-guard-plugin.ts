import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerOptions as ServerOptionsHttp } from 'node:http';
import type { Socket } from 'node:net';
import { MAX_BODY_BYTES } from '@latency-dash/protocol';
import type { FastifyBaseLogger, FastifyInstance, FastifyServerOptions } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge } from 'prom-client';
import { errorBody, LdError, type ErrorCode } from '../errors.js';
import type { ServerOptions } from '../options/index.js';
import { peerIsProxy, trustProxyOption } from '../options/trust-proxy.js';

/** After an early answer (413) to a body still arriving, read and discard at most this much more before closing. */
export const DRAIN_LIMIT_BYTES = 2 * MAX_BODY_BYTES;
/** How often the open file descriptors are counted. */
const FD_CHECK_MS = 5_000;
/** The share of the descriptor limit from which the process counts as near it. */
const FD_NEAR = 0.8;
/** Descriptors left below the limit at which the process counts as at it (libuv then accepts and drops new clients). */
const FD_AT_MARGIN = 16;
/** Repeated failures of one kind are logged at most once per this long (with how many there were). */
const LOG_EVERY_MS = 60_000;
/** How long a refused connection may stay open to read its answer before it is destroyed. */
const REFUSED_LINGER_MS = 2_000;

export type FdState = 'ok' | 'near' | 'at' | 'unknown';
const FD_STATE_VALUE: Record<FdState, number> = { unknown: -1, ok: 0, near: 1, at: 2 };

/** What the guard counts; exposed on /metrics. */
export interface ConnectionGuardStats {
  open: number;
  refused: number;
  clientErrors: Record<'request_timeout' | 'headers_too_large' | 'bad_request', number>;
  drained: number;
  drainCut: number;
  fdOpen: number;
  fdLimit: number;
  fdState: FdState;
  fdTransitions: Record<'near' | 'at', number>;
}

declare module 'fastify' {
  interface FastifyInstance {
    connectionGuard: ConnectionGuard;
  }
}

/** Logs the first of a kind at once, then at most once per LOG_EVERY_MS with the count of those not logged. */
export class LogOnce {
  private readonly last = new Map<string, { at: number; suppressed: number }>();

  constructor(private readonly log: FastifyBaseLogger) {}

  warn(kind: string, fields: Record<string, unknown>, msg: string): void {
    const now = Date.now();
    const entry = this.last.get(kind);
    if (entry && now - entry.at < LOG_EVERY_MS) {
      entry.suppressed++;
      return;
    }
    this.log.warn({ ...fields, ...(entry?.suppressed ? { sinceLastLog: entry.suppressed } : {}) }, msg);
    this.last.set(kind, { at: now, suppressed: 0 });
  }
}

/**
 * Per-address TCP connection cap, coded answers to clients that are too
 * slow or send garbage, lingering reads after an early 413, and the
 * file-descriptor watch.
 */
export class ConnectionGuard {
  readonly stats: ConnectionGuardStats = {
    open: 0,
    refused: 0,
    clientErrors: { request_timeout: 0, headers_too_large: 0, bad_request: 0 },
    drained: 0,
    drainCut: 0,
    fdOpen: 0,
    fdLimit: 0,
    fdState: 'unknown',
    fdTransitions: { near: 0, at: 0 },
  };
  private readonly perAddress = new Map<string, number>();
  /** Sockets answered before their request body had arrived: nothing more may be written to them. */
  private readonly answered = new WeakSet<Socket>();
  private readonly logOnce: LogOnce;
  private fdTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly maxPerAddress: number,
    private readonly log: FastifyBaseLogger,
    /** A trusted proxy's address is not a client's: it is not capped (clients behind it are, by their forwarded address). */
    private readonly isProxy: (address: string) => boolean = () => false,
  ) {
    this.logOnce = new LogOnce(log);
  }

  /**
   * Runs before the HTTP server sees a new socket: counts it against its
   * peer address and returns true, or, over the cap, answers 429 with the
   * coded body itself (the HTTP parser never sees the socket, so no request
   * on it is handled) and returns false.
   */
  admit(socket: Socket): boolean {
    const address = socket.remoteAddress ?? 'unknown';
    const count = this.perAddress.get(address) ?? 0;
    if (count >= this.maxPerAddress && !this.isProxy(address)) {
      this.stats.refused++;
      this.logOnce.warn('cap', { address, max: this.maxPerAddress }, 'refused an HTTP connection: too many open connections from this address');
      this.refuse(socket);
      return false;
    }
    this.perAddress.set(address, count + 1);
    this.stats.open++;
    socket.once('close', () => {
      this.stats.open--;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left <= 0) this.perAddress.delete(address);
      else this.perAddress.set(address, left);
    });
    return true;
  }

  /** 429 and the coded body, then close; what the client sends meanwhile is read and dropped, so it gets the answer, not a reset. */
  private refuse(socket: Socket): void {
    const body = JSON.stringify(errorBody('LD_ERR_TOO_MANY_CONNECTIONS', new LdError('LD_ERR_TOO_MANY_CONNECTIONS').message));
    socket.on('error', () => {});
    socket.resume();
    socket.setTimeout(REFUSED_LINGER_MS, () => socket.destroy());
    socket.end(
      `HTTP/1.1 429 Too Many Requests\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }

  /**
   * Fastify's clientErrorHandler (bound to the instance): a timed-out or
   * unparsable request gets a coded JSON answer, unless an answer was
   * already written on that socket, then the socket is closed.
   */
  readonly onClientError = (err: Error & { code?: string }, socket: Socket): void => {
    if (err.code === 'ECONNRESET' || socket.destroyed) return;
    const [kind, code]: [keyof ConnectionGuardStats['clientErrors'], ErrorCode] =
      err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['request_timeout', 'LD_ERR_REQUEST_TIMEOUT']
        : err.code === 'HPE_HEADER_OVERFLOW'
          ? ['headers_too_large', 'LD_ERR_HEADERS_TOO_LARGE']
          : ['bad_request', 'LD_ERR_BAD_REQUEST'];
    const address = socket.remoteAddress ?? 'unknown';
    if (this.answered.has(socket)) {
      // The early answer went out; the rest of the body did not come in time.
      this.stats.drainCut++;
      this.logOnce.warn('drain', { address, reason: kind }, 'closed a connection that kept sending an oversized body');
      socket.destroy();
      return;
    }
    this.stats.clientErrors[kind]++;
    this.logOnce.warn(`client:${kind}`, { address, err: err.message }, `closed an HTTP connection: ${kind.replace(/_/g, ' ')}`);
    if (socket.writable) {
      const error = new LdError(code, kind === 'bad_request' ? `the request is not valid HTTP (${err.code ?? err.message})` : undefined);
      const body = JSON.stringify(errorBody(error.code, error.message));
      socket.write(
        `HTTP/1.1 ${error.statusCode} ${kind === 'request_timeout' ? 'Request Timeout' : kind === 'headers_too_large' ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
          `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };

  /**
   * A request answered before its body arrived (413): the rest is read and
   * discarded, up to DRAIN_LIMIT_BYTES (and the request timeout), so a client
   * that keeps sending reads the answer instead of a connection reset.
   */
  drainAfterAnswer(req: IncomingMessage): void {
    const socket = req.socket;
    this.answered.add(socket);
    let read = 0;
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read > DRAIN_LIMIT_BYTES) {
        req.removeListener('data', onData);
        this.stats.drainCut++;
        this.logOnce.warn('drain', { address: socket.remoteAddress, readBytes: read }, 'closed a connection that kept sending an oversized body');
        socket.destroy();
      }
    };
    req.on('data', onData);
    req.once('end', () => {
      req.removeListener('data', onData);
      this.answered.delete(socket);
      this.stats.drained++;
    });
    req.resume();
  }

  /** Counts /proc/self/fd against the soft limit; logs each change of state once. */
  async checkFds(): Promise<void> {
    let open: number;
    let limit: number;
    try {
      const limits = await readFile('/proc/self/limits', 'utf8');
      const soft = /^Max open files\s+(\S+)/m.exec(limits)?.[1];
      limit = soft === undefined || soft === 'unlimited' ? Infinity : Number(soft);
      open = (await readdir('/proc/self/fd')).length;
    } catch {
      // Not Linux: nothing to watch.
      this.stats.fdState = 'unknown';
      return;
    }
    this.stats.fdOpen = open;
    this.stats.fdLimit = Number.isFinite(limit) ? limit : 0;
    const state: FdState = open + FD_AT_MARGIN >= limit ? 'at' : open >= FD_NEAR * limit ? 'near' : 'ok';
    const previous = this.stats.fdState;
    if (state === previous) return;
    this.stats.fdState = state;
    if (state === 'near' || state === 'at') this.stats.fdTransitions[state]++;
    const fields = { openFds: open, limit };
    if (state === 'at') this.log.error(fields, 'at the file-descriptor limit: new clients are dropped; raise ulimit -n or lower the connection caps');
    else if (state === 'near') this.log.warn(fields, `over ${FD_NEAR * 100}% of the file-descriptor limit`);
    else if (previous !== 'unknown') this.log.info(fields, 'file descriptors back under the limit');
  }

  startFdWatch(): void {
    void this.checkFds();
    this.fdTimer = setInterval(() => void this.checkFds(), FD_CHECK_MS);
    this.fdTimer.unref();
  }

  stop(): void {
    clearInterval(this.fdTimer);
  }
}

/**
 * The Fastify constructor options for connection hygiene; `clientErrorHandler`
 * is bound by Fastify to the instance, whose guard the plugin decorates.
 */
export function connectionServerOptions(settings: ServerOptions): Partial<FastifyServerOptions> & { http: ServerOptionsHttp } {
  const { requestTimeoutMs, keepAliveTimeoutMs } = settings;
  // Node refuses a headers timeout above the request timeout.
  const headersTimeoutMs = Math.min(settings.headersTimeoutMs, requestTimeoutMs);
  return {
    trustProxy: trustProxyOption(settings.trustProxy),
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    http: {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      // How often Node looks for expired requests: a quarter of the shortest timeout, 50 ms to 1 s.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
    },
    clientErrorHandler(this: FastifyInstance, err: Error, socket: Socket) {
      if (this.hasDecorator('connectionGuard')) this.connectionGuard.onClientError(err, socket);
      else socket.destroy();
    },
  };
}

async function connectionGuardPlugin(app: FastifyInstance): Promise<void> {
  const guard = new ConnectionGuard(app.settings.maxHttpConnectionsPerAddress, app.log, peerIsProxy(app.settings.trustProxy));
  app.decorate('connectionGuard', guard);
  // The guard goes in front of the HTTP server's own connection listeners, so a refused socket never reaches its parser.
  const server = app.server;
  const httpListeners = server.listeners('connection') as ((socket: Socket) => void)[];
  server.removeAllListeners('connection');
  const onConnection = (socket: Socket) => {
    if (guard.admit(socket)) for (const listener of httpListeners) listener.call(server, socket);
  };
  server.on('connection', onConnection);

  app.addHook('onSend', async (req, reply, payload) => {
    // Fastify answered 413 before the body had all arrived and asked to close: read the rest (bounded) instead,
    // so the client that keeps sending gets to read the answer.
    if (reply.statusCode === 413 && !req.raw.complete && String(reply.getHeader('connection')).toLowerCase() === 'close') {
      reply.removeHeader('connection');
      guard.drainAfterAnswer(req.raw);
    }
    return payload;
  });

  app.addHook('onReady', async () => {
    guard.startFdWatch();
    if (!app.hasDecorator('promRegistry')) return;
    const registers = [app.promRegistry];
    const s = guard.stats;
    new Gauge({
      name: 'latency_dash_http_connections',
      help: 'Open TCP connections to the HTTP server (WebSockets included)',
      registers,
      collect() {
        this.set(s.open);
      },
    });
    new Counter({
      name: 'latency_dash_http_connections_refused_total',
      help: 'TCP connections closed at once: over --max-http-connections-per-address',
      registers,
      collect() {
        this.reset();
        this.inc(s.refused);
      },
    });
    new Counter({
      name: 'latency_dash_http_client_errors_total',
      help: 'Connections closed for a slow or invalid request (reason: request_timeout, headers_too_large, bad_request)',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const [reason, n] of Object.entries(s.clientErrors)) this.inc({ reason }, n);
      },
    });
    new Counter({
      name: 'latency_dash_http_oversize_bodies_total',
      help: 'Bodies answered 413 while still arriving (outcome: drained = read to the end, cut = closed at the drain bound)',
      labelNames: ['outcome'],
      registers,
      collect() {
        this.reset();
        this.inc({ outcome: 'drained' }, s.drained);
        this.inc({ outcome: 'cut' }, s.drainCut);
      },
    });
    new Gauge({
      name: 'latency_dash_fd_state',
      help: 'File descriptors against the soft limit: 0 ok, 1 over 80%, 2 at the limit, -1 unknown',
      registers,
      collect() {
        this.set(FD_STATE_VALUE[s.fdState]);
      },
    });
    new Counter({
      name: 'latency_dash_fd_limit_events_total',
      help: 'Times the process came near (80%) or to its file-descriptor limit',
      labelNames: ['state'],
      registers,
      collect() {
        this.reset();
        this.inc({ state: 'near' }, s.fdTransitions.near);
        this.inc({ state: 'at' }, s.fdTransitions.at);
      },
    });
  });
  app.addHook('onClose', async () => {
    guard.stop();
    server.off('connection', onConnection);
    for (const listener of httpListeners) server.on('connection', listener);
  });
}

export default fp(connectionGuardPlugin, { name: 'connection-guard', dependencies: ['settings'] });
