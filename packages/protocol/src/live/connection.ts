import {
  CloseCode,
  decodeServerMessage,
  encodeClientMessage,
  latency,
  PROTOCOL_VERSION,
  serverStatsFigures,
  shouldReconnect,
  statsSubscription,
  type ClientMessage,
  type Decoded,
  type DecodedBatch,
  type DecodedServerMessage,
} from '../index.js';
import { backoffDelay } from './backoff.js';
import { describeClose, finalCloseAdvice } from './close-advice.js';
import { packBatch, type PackedBatch } from './packed-batch.js';
import type { WorkerReply, WorkerRequest } from './worker-protocol.js';
import { RateMeter } from './rate-meter.js';
import type { SeriesStore } from './series-store.js';
import { ServerStatsLog } from './server-stats-log.js';
import { sameView, type AlertInfo, type ConnectionStatus, type StateCause, type Subscription } from './types.js';

/**
 * An event handler the connection sets. Method-style, so its parameter is
 * compared both ways (as React's types do): the browser's and `ws`'s handlers
 * take their own, richer event classes.
 */
type Handler<E> = { bivarianceHack(ev: E): void }['bivarianceHack'];

/**
 * What the connection needs of a WebSocket: the browser's, or in Node the
 * `ws` package's, which implements the same interface.
 */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: Handler<never> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onerror: Handler<never> | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

/** WebSocket.OPEN, which only the browser has as a global. */
const SOCKET_OPEN = 1;

/** What the connection needs of a decode worker (decode-worker.ts in the dashboard). */
export interface DecodeWorkerLike {
  onmessage: Handler<{ data: WorkerReply }> | null;
  postMessage(message: WorkerRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** The global WebSocket: every browser has one; Node 20 does not, so Node callers pass createSocket. */
function globalSocket(url: string): SocketLike {
  const ctor = (globalThis as unknown as { WebSocket?: new (url: string) => SocketLike }).WebSocket;
  if (ctor === undefined) throw new Error('no global WebSocket here: pass ConnectionOptions.createSocket');
  return new ctor(url);
}

export interface ConnectionOptions {
  /** Base URL of the server's HTTP API ('' = same origin). */
  httpBase: string;
  /** WebSocket URL of /ws. */
  wsUrl: string;
  /**
   * Other nodes of the same cluster: after a connection fails or drops, the
   * next URL is tried (round robin, with the usual backoff), so a viewer of a
   * node that died carries on through another.
   */
  moreWsUrls?: readonly string[];
  /** 'poll' skips WebSocket entirely (for networks that block it). */
  transport: 'auto' | 'poll';
  apiKey?: string;
  intervalMs?: number;
  pollIntervalMs?: number;
  /** Decodes frames off the main thread; without one they are decoded inline. */
  createWorker?: () => DecodeWorkerLike;
  /** Opens a WebSocket; the global WebSocket when absent. */
  createSocket?: (url: string) => SocketLike;
  /** Failed WebSocket attempts in a row before polling takes over (while it keeps retrying). */
  pollAfterFailures?: number;
}

export interface ConnectionState {
  status: ConnectionStatus;
  /** Why the status is what it is: every change of status comes with one. */
  cause: StateCause;
  /** When stopped: what the user can do about it, in words. */
  advice: string | undefined;
  messages: number;
  messagesPerSecond: number;
  reconnects: number;
  /** Seconds until the next WebSocket attempt, when waiting for one. */
  retryInS: number | undefined;
  lastError: string | undefined;
  /** When data last arrived (client ms; refreshed once a second): how stale the view is while disconnected. */
  lastDataAtMs: number | undefined;
  targets: string[];
  /** Targets a cardinality limit refuses new series for, with the events refused so far. */
  limitedTargets: Record<string, number>;
  firingAlerts: AlertInfo[];
  recentAlertChanges: AlertInfo[];
  serverId: string;
  /** The WebSocket URL in use (or tried next): one of wsUrl and moreWsUrls. */
  endpoint: string;
  /** The server has said which targets it has (its hello, or a polling round): until then an empty list means nothing. */
  targetsKnown: boolean;
  /** Series per target (split: one per metadata combination; combined: one per key), from the targets list's details. */
  seriesCounts: Record<string, SeriesCount>;
  /** Targets with more series than this are best browsed through a View (InitMessage.view_threshold_series). */
  viewThresholdSeries: number;
  /** Largest View.limit the server takes; 0: the server serves no views (every target streams whole). */
  maxViewRows: number;
  /**
   * Whether seriesCounts is worth waiting for no longer: the server serves no views, or its targets list
   * (over HTTP after the hello, or a targets update) has come, or could not be had.
   */
  countsKnown: boolean;
}

export interface SeriesCount {
  split: number;
  combined: number;
}

/**
 * Codes of changes of state that are no WebSocket close (those carry the
 * close code, 1000–4999), as centrifuge-js numbers its own.
 */
export const StateCode = {
  connectCalled: 0,
  stopCalled: 1,
  opened: 2,
  polled: 3,
  pollFailed: 4,
} as const;

/** An HTTP answer that ends the session, as the close code it stands for. */
class Refused extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const PING_EVERY_MS = 20_000;
/** What the protocol suggests when a server leaves view_threshold_series at 0. */
const DEFAULT_VIEW_THRESHOLD = 1000;
const PONG_TIMEOUT_MS = 10_000;

/**
 * The dashboard's link to the server: a WebSocket with reconnects
 * (exponential backoff with jitter), resubscription, a keep-alive, and an
 * HTTP polling fallback while the WebSocket cannot connect. Whether to
 * reconnect after a close is the error registry's call (shouldReconnect):
 * a final close, or an HTTP 401/403 while polling, stops both.
 */
export class Connection {
  private ws: SocketLike | undefined;
  private worker: DecodeWorkerLike | undefined;
  private subs = new Map<string, Subscription>();
  private attempt = 0;
  /** Index into wsUrl + moreWsUrls of the endpoint to use. */
  private endpointIndex = 0;
  private everOpened = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setInterval> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private pongDeadline: ReturnType<typeof setTimeout> | undefined;
  private readonly meter = new RateMeter(5000);
  private readonly listeners = new Set<() => void>();
  private alertListeners = new Set<(changes: AlertInfo[]) => void>();
  private closed = false;
  /** A final close: no reconnect, no polling, until start() again. */
  private halted = false;
  /** The last error{code, message} the server sent on this socket: the server says why just before a final close. */
  private serverError: string | undefined;
  private nextAttemptAt = 0;
  private lastPingAt = 0;
  private pollInFlight = false;
  private lastDataAt: number | undefined;
  /** Whether the last polling round got through (the status says 'polling' only then). */
  private pollHealthy = false;
  /** The server's own health, once a second while the WebSocket is open (none while polling). */
  readonly serverStats = new ServerStatsLog();
  state: ConnectionState = {
    status: 'connecting',
    cause: { code: StateCode.connectCalled, reason: 'connect called' },
    advice: undefined,
    messages: 0,
    messagesPerSecond: 0,
    reconnects: 0,
    retryInS: undefined,
    lastError: undefined,
    lastDataAtMs: undefined,
    targets: [],
    limitedTargets: {},
    firingAlerts: [],
    recentAlertChanges: [],
    serverId: '',
    endpoint: '',
    targetsKnown: false,
    seriesCounts: {},
    viewThresholdSeries: DEFAULT_VIEW_THRESHOLD,
    maxViewRows: 0,
    countsKnown: false,
  };

  constructor(
    private readonly store: SeriesStore,
    private readonly options: ConnectionOptions,
  ) {
    this.state.endpoint = options.wsUrl;
  }

  start(): void {
    this.closed = false;
    this.halted = false;
    this.transition('connecting', StateCode.connectCalled, 'connect called', { advice: undefined });
    this.worker ??= this.options.createWorker?.();
    if (this.worker) this.worker.onmessage = (ev) => this.onWorkerReply(ev.data);
    if (this.options.transport === 'poll') this.startPolling();
    else this.open();
    // Refresh derived figures (rate, countdown) even when no message arrives.
    this.pingTimer = setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.stopPolling();
    clearInterval(this.pingTimer);
    clearTimeout(this.pongDeadline);
    this.ws?.close(1000, 'dashboard closed');
    this.worker?.terminate();
    this.worker = undefined;
    this.transition('disconnected', StateCode.stopCalled, 'stop called');
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onAlertChanges(listener: (changes: AlertInfo[]) => void): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
  }

  /** Makes the subscriptions exactly `wanted`; sends only the difference. */
  setSubscriptions(wanted: Subscription[]): void {
    const next = new Map(wanted.map((s) => [subKey(s), s]));
    for (const [k, s] of this.subs) {
      if (next.has(k)) continue;
      this.store.untrack(s.targetId, s.split);
      this.sendUnsubscribe(s);
    }
    for (const [k, s] of next) {
      const before = this.subs.get(k);
      if (before !== undefined && sameView(before.view, s.view)) continue;
      // Another view of a stream already watched: subscribing again replaces the window, and the server
      // answers with a snapshot of it. Back to the whole target: a fresh subscription without a view.
      if (before?.view !== undefined && s.view === undefined) this.sendUnsubscribe(before);
      this.store.track(s.targetId, s.split);
      this.sendSubscribe(s);
    }
    this.subs = next;
    if (this.pollTimer !== undefined) void this.pollOnce();
  }

  private open(): void {
    if (this.closed || this.halted) return;
    // Still polling while the WebSocket tries again; otherwise connecting, for the reason it closed.
    if (this.state.status === 'polling') this.update({ retryInS: undefined });
    else this.transition('connecting', this.state.cause.code, this.state.cause.reason, { retryInS: undefined });
    const base = this.state.endpoint;
    const url = this.options.apiKey ? `${base}?apiKey=${encodeURIComponent(this.options.apiKey)}` : base;
    let ws: SocketLike;
    try {
      ws = (this.options.createSocket ?? globalSocket)(url);
    } catch (err) {
      // The browser's code for a connection that never was.
      this.onClosed(1006, `cannot open WebSocket: ${(err as Error).message}`);
      return;
    }
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      if (this.ws !== ws) return;
      this.attempt = 0;
      this.serverError = undefined;
      if (this.everOpened) this.update({ reconnects: this.state.reconnects + 1 });
      this.everOpened = true;
      this.stopPolling();
      this.transition('connected', StateCode.opened, 'connected', { lastError: undefined });
      // Always on: the header badge shows the server's health, and the panel opens with five minutes of it.
      this.send(statsSubscription(true));
      for (const s of this.subs.values()) {
        this.store.track(s.targetId, s.split);
        this.sendSubscribe(s);
      }
    };
    ws.onmessage = (ev) => {
      if (this.ws === ws) this.onFrame(ev.data as ArrayBuffer);
    };
    // An error is always followed by a close, which decides what happens next. (Node's `ws` throws an error
    // that has no listener.)
    ws.onerror = () => {};
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = undefined;
      this.onClosed(ev.code, ev.reason);
    };
  }

  private onClosed(code: number, reason: string): void {
    clearTimeout(this.pongDeadline);
    if (this.closed || this.halted) return;
    const lastError = `closed: ${describeClose(code)}${reason ? ` (${reason})` : ''}`;
    if (!shouldReconnect(code)) {
      // The server says why in an error message just before the close; it may
      // still be in the decode worker, and then updates the cause when it lands.
      this.halt(code, this.serverError ?? (reason || describeClose(code)), lastError);
      return;
    }
    // The node may be gone: the next attempt goes to the next one (one URL: the same).
    const endpoints = [this.options.wsUrl, ...(this.options.moreWsUrls ?? [])];
    this.endpointIndex = (this.endpointIndex + 1) % endpoints.length;
    if (endpoints.length > 1) this.update({ endpoint: endpoints[this.endpointIndex] });
    const delay = backoffDelay(this.attempt++);
    const failuresBeforePoll = this.options.pollAfterFailures ?? 3;
    const poll = this.attempt >= failuresBeforePoll || this.state.status === 'polling';
    this.nextAttemptAt = Date.now() + delay;
    this.transition(poll && this.pollHealthy ? 'polling' : 'disconnected', code, reason || describeClose(code), {
      lastError,
      retryInS: Math.ceil(delay / 1000),
      lastDataAtMs: this.lastDataAt,
    });
    if (poll) this.startPolling();
    this.reconnectTimer = setTimeout(() => this.open(), delay);
  }

  /** A final close: no reconnect and no polling; the state says why and what to do. */
  private halt(code: number, reason: string, lastError: string): void {
    this.halted = true;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    clearTimeout(this.pongDeadline);
    this.stopPolling();
    const ws = this.ws;
    this.ws = undefined;
    ws?.close(1000, 'refused');
    this.transition('stopped', code, reason, {
      advice: finalCloseAdvice(code, Boolean(this.options.apiKey)),
      lastError,
      retryInS: undefined,
      lastDataAtMs: this.lastDataAt,
    });
  }

  /** Frames go through the decode worker when there is one, in order. */
  private onFrame(data: ArrayBuffer): void {
    this.meter.add(Date.now());
    this.state.messages++;
    if (this.worker === undefined) {
      this.onMessage(data);
      return;
    }
    this.worker.postMessage(data, [data]);
  }

  private onWorkerReply(reply: WorkerReply): void {
    if (reply.kind === 'batch') {
      this.onBatch(reply.batch);
      // The store has copied the numbers into rows: the buffers go back to be filled again.
      const { ids, values } = reply.batch;
      const recycle: WorkerRequest = { recycle: [ids.buffer as ArrayBuffer, values.buffer as ArrayBuffer] };
      this.worker?.postMessage(recycle, recycle.recycle);
    } else if (reply.kind === 'stats') this.serverStats.add(reply.stats, Date.now());
    else if (reply.kind === 'raw') this.onMessage(reply.bytes);
    else this.update({ lastError: `undecodable message: ${reply.error}` });
  }

  private onMessage(data: ArrayBuffer): void {
    let msg: DecodedServerMessage;
    try {
      msg = decodeServerMessage(new Uint8Array(data));
    } catch (err) {
      this.update({ lastError: `undecodable message: ${(err as Error).message}` });
      return;
    }
    switch (msg.msg) {
      case 'init': {
        const init = msg.init!;
        // A page cached from before a server upgrade can misread frames: say so.
        const mismatch =
          init.protocolVersion !== PROTOCOL_VERSION
            ? `server speaks protocol v${init.protocolVersion}, this page v${PROTOCOL_VERSION}: reload the page`
            : undefined;
        this.update({
          targets: [...init.availableTargets],
          serverId: init.serverId,
          targetsKnown: true,
          maxViewRows: init.maxViewRows,
          countsKnown: init.maxViewRows <= 0 || this.state.countsKnown,
          viewThresholdSeries: init.viewThresholdSeries || DEFAULT_VIEW_THRESHOLD,
          ...(mismatch ? { lastError: mismatch } : {}),
        });
        // The hello names the targets but not their sizes, which decide whether a target is browsed through a view.
        if (init.maxViewRows > 0) void this.fetchSeriesCounts();
        break;
      }
      case 'batch':
        this.onBatch(packBatch(msg.batch!));
        break;
      case 'targets': {
        for (const removed of msg.targets!.removed) this.store.forgetTarget(removed);
        this.update({
          targets: [...msg.targets!.targets],
          limitedTargets: limited(msg.targets!.details),
          seriesCounts: { ...this.state.seriesCounts, ...seriesCounts(msg.targets!.details) },
          countsKnown: this.state.countsKnown || msg.targets!.details.length > 0,
        });
        break;
      }
      case 'alerts': {
        const toInfo = ({ time, forS: _forS, ...e }: Decoded<latency.AlertEvent.$Properties>): AlertInfo => ({ ...e, timeMs: time / 1e6 });
        const changes = msg.alerts!.changes.map(toInfo);
        this.update({ firingAlerts: msg.alerts!.firing.map(toInfo), recentAlertChanges: [...changes, ...this.state.recentAlertChanges].slice(0, 50) });
        if (changes.length > 0) for (const l of this.alertListeners) l(changes);
        break;
      }
      case 'error': {
        const { code, message } = msg.error!;
        this.serverError = message;
        // Arrived after the final close it explains (frames pass through the worker): now the cause can say it.
        if (this.state.status === 'stopped') this.update({ cause: { code: this.state.cause.code, reason: message } });
        else this.update({ lastError: `${code}: ${message}` });
        break;
      }
      case 'pong':
        clearTimeout(this.pongDeadline);
        break;
      case 'stats':
        this.serverStats.add(serverStatsFigures(msg.stats!), Date.now());
        break;
      default:
        break;
    }
  }

  private onBatch(batch: PackedBatch): void {
    this.lastDataAt = Date.now();
    if (this.store.apply(batch) === 'gap') {
      this.send({ resync: { targetId: batch.targetId, splitByMetadata: batch.split } });
    }
  }

  private sendSubscribe(s: Subscription): void {
    this.send({
      subscription: {
        action: latency.SubscriptionMessage.Action.SUBSCRIBE,
        targetId: s.targetId,
        splitByMetadata: s.split,
        intervalMs: this.options.intervalMs ?? 0,
        ...(s.view === undefined ? {} : { view: { ...s.view, p90AtLeastMs: s.view.p90AtLeastMs ?? null } }),
      },
    });
  }

  private sendUnsubscribe(s: Subscription): void {
    this.send({ subscription: { action: latency.SubscriptionMessage.Action.UNSUBSCRIBE, targetId: s.targetId, splitByMetadata: s.split } });
  }

  /** The targets' sizes over HTTP (the hello has only their names); a failure leaves them to the targets updates. */
  private async fetchSeriesCounts(): Promise<void> {
    try {
      const res = await this.get('/api/v1/targets', 'application/json');
      const body = res.ok ? ((await res.json()) as { targets: SeriesCountInfo[] }) : { targets: [] };
      if (this.closed) return;
      this.update({ seriesCounts: { ...this.state.seriesCounts, ...seriesCounts(body.targets) }, countsKnown: true });
    } catch {
      // Refused or unreachable: the WebSocket says so on its own; sizes then come with the next targets update,
      // or show in a whole stream (which then becomes a window).
      if (!this.closed) this.update({ countsKnown: true });
    }
  }

  private send(msg: ClientMessage): void {
    if (this.ws?.readyState === SOCKET_OPEN) this.ws.send(encodeClientMessage(msg));
  }

  private tick(): void {
    const now = Date.now();
    if (this.state.status === 'connected' && this.ws && now - this.lastPingAt >= PING_EVERY_MS) {
      this.lastPingAt = now;
      this.send({ ping: { clientTime: now } });
      clearTimeout(this.pongDeadline);
      // A connection that silently died (a laptop waking up, a dropped NAT
      // entry) is noticed here instead of waiting for TCP to time out.
      this.pongDeadline = setTimeout(() => this.ws?.close(4000, 'no pong'), PONG_TIMEOUT_MS);
    }
    const retryInS = this.reconnectTimer && this.state.status !== 'connected' ? Math.max(0, Math.ceil((this.nextAttemptAt - now) / 1000)) : undefined;
    this.update({ messagesPerSecond: this.meter.perSecond(now), retryInS, lastDataAtMs: this.lastDataAt });
  }

  private startPolling(): void {
    if (this.pollTimer !== undefined) return;
    this.pollTimer = setInterval(() => void this.pollOnce(), this.options.pollIntervalMs ?? 1000);
    void this.pollOnce();
  }

  private stopPolling(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
    this.pollHealthy = false;
  }

  /** Whether polling rounds still count: a round re-checks this after every await. */
  private polling(): boolean {
    return this.pollTimer !== undefined && !this.closed && !this.halted;
  }

  /**
   * One round of the fallback: the targets list and each subscribed stream's
   * snapshot, over HTTP. One round at a time; a round that finishes after the
   * WebSocket came back (or the connection stopped) is dropped, so an older
   * snapshot never overwrites the live stream. A 401/403 stops the connection.
   */
  private async pollOnce(): Promise<void> {
    if (this.pollInFlight || !this.polling()) return;
    this.pollInFlight = true;
    try {
      const res = await this.get('/api/v1/targets', 'application/json');
      if (res.status === 404) throw new Error('GET /api/v1/targets: HTTP 404');
      const body = (await res.json()) as { targets: (SeriesCountInfo & { atLimit?: boolean; refusedEvents?: number })[] };
      if (!this.polling()) return;
      this.update({
        targets: body.targets.map((t) => t.targetId),
        limitedTargets: limited(body.targets),
        seriesCounts: { ...this.state.seriesCounts, ...seriesCounts(body.targets) },
        countsKnown: true,
        targetsKnown: true,
      });
      for (const s of [...this.subs.values()]) {
        const r = await this.get(`/api/v1/targets/${encodeURIComponent(s.targetId)}/series?split=${s.split}`, 'application/x-protobuf');
        if (!this.polling()) return;
        // 404: the target has no events yet; the subscription stays.
        if (r.status === 404) continue;
        const bytes = new Uint8Array(await r.arrayBuffer());
        if (!this.polling()) return;
        if (!this.subs.has(subKey(s))) continue;
        const batch = latency.MetricsBatch.decode(bytes) as unknown as DecodedBatch;
        this.meter.add(Date.now());
        this.state.messages++;
        this.store.apply(packBatch(batch));
        this.lastDataAt = Date.now();
      }
      this.pollHealthy = true;
      this.transition('polling', StateCode.polled, 'HTTP polling got through');
    } catch (err) {
      if (!this.polling()) return;
      if (err instanceof Refused) {
        this.halt(err.code, err.message, `polling refused: ${err.message}`);
        return;
      }
      this.pollHealthy = false;
      const message = `polling failed: ${(err as Error).message}`;
      this.transition('disconnected', StateCode.pollFailed, message, { lastError: message });
    } finally {
      this.pollInFlight = false;
    }
  }

  /** A GET of the HTTP API: the response when it is OK or a 404; a 401/403 is Refused, with the server's message. */
  private async get(path: string, accept: string): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (this.options.apiKey) headers['x-api-key'] = this.options.apiKey;
    const res = await fetch(`${this.options.httpBase}${path}`, { headers });
    if (res.ok || res.status === 404) return res;
    const refusal = res.status === 401 ? CloseCode.unauthorized : res.status === 403 ? CloseCode.forbidden : undefined;
    if (refusal === undefined) throw new Error(`GET ${path}: HTTP ${res.status}`);
    let message = `GET ${path}: HTTP ${res.status}`;
    try {
      message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // Not the API's JSON error: the status says enough.
    }
    throw new Refused(refusal, message);
  }

  private transition(status: ConnectionStatus, code: number, reason: string, patch: Partial<ConnectionState> = {}): void {
    this.update({ ...patch, status, cause: { code, reason } });
  }

  private update(patch: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

function subKey(s: Subscription): string {
  return `${s.split ? 's' : 'c'}${s.targetId}`;
}

/** The targets at a cardinality limit, from a targets list (WebSocket or HTTP), with their refused events. */
function limited(details: readonly { targetId: string; atLimit?: boolean; refusedEvents?: number | string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of details) if (t.atLimit) out[t.targetId] = Number(t.refusedEvents ?? 0);
  return out;
}

/** What a targets list (WebSocket details or HTTP) says of a target's size. */
interface SeriesCountInfo {
  targetId: string;
  seriesCount?: number;
  keyCount?: number;
}

function seriesCounts(details: readonly SeriesCountInfo[]): Record<string, SeriesCount> {
  const out: Record<string, SeriesCount> = {};
  for (const t of details) out[t.targetId] = { split: Number(t.seriesCount ?? 0), combined: Number(t.keyCount ?? 0) };
  return out;
}
