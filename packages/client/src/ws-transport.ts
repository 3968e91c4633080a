import {
  CloseCode,
  decodeServerMessage,
  encodeClientMessage,
  MAX_FRAME_BYTES,
  shouldReconnect,
  type DecodedServerMessage,
  type WireEvent,
} from '@latency-dash/protocol';
import { LatencyDashError, networkError, serverError } from './errors.js';
import { joinUrl } from './http-transport.js';
import type { Endpoints } from './endpoints.js';
import type { WebSocketLike } from './options.js';
import type { SendOutcome, Transport } from './transport.js';
import type { ClientEvent, ConnectionState } from './types.js';

/** Opens a socket to the URL, carrying the key as it can (a header in Node, ?apiKey= in browsers). */
export type WebSocketFactory = (url: string, apiKey: string | undefined) => WebSocketLike;
/** Finds the WebSocket implementation when the first socket is opened (Node loads `ws` only then). */
export type WebSocketLoader = () => Promise<WebSocketFactory>;

export interface WebSocketTransportOptions {
  /** The servers' base URLs, and which one is in use. */
  readonly endpoints: Endpoints;
  readonly apiKey?: string;
  readonly maxInFlightBatches: number;
  readonly requestTimeoutMs: number;
  readonly maxBackoffMs: number;
  readonly sendTimestamps: boolean;
  readonly loadWebSocket: WebSocketLoader;
  readonly onState: (state: ConnectionState, code: number, reason: string) => void;
}

interface Pending {
  readonly id: number;
  readonly count: number;
  readonly sentAtMs: number;
  readonly resolve: (outcome: SendOutcome) => void;
}

const OPEN = 1;
const FIRST_PROBE_MS = 100;
const ignore = () => undefined;

/**
 * Event batches as ClientMessage{events} frames on /ws (SPEC F1.3), several
 * unanswered at once. The server applies a connection's batches in order
 * and acknowledges each, in the same order, once it is as durable as the
 * write-ahead log promises (after the fsync with --wal-fsync always). A
 * frame the server drops without applying it (over --ws-messages-per-second,
 * say) gets an `error` at once and no ack; since acks keep their order, an
 * ack for a later batch means the ones before it without an ack were
 * dropped, and each takes the oldest such error as its reason. When nothing
 * follows a dropped batch, an empty batch is sent as a probe to find out.
 * A batch still unanswered when the socket closes was not applied (the
 * server acknowledges what it applied before it closes), so it is retried.
 */
export class WebSocketTransport implements Transport {
  readonly name = 'websocket' as const;
  readonly maxInFlight: number;
  /** A frame must stay under the server's 1 MiB limit, or the socket is closed (1009). */
  readonly maxBatchBytes = MAX_FRAME_BYTES - 16 * 1024;
  private socket: WebSocketLike | undefined;
  /** The base URL the socket is connected to: a failure there moves the client to the next server. */
  private socketBase = '';
  private opening: Promise<WebSocketLike> | undefined;
  private nextId = 1;
  /** Sent and not yet answered, in the order they were sent. */
  private pending: Pending[] = [];
  /** Batches waiting to be sent until the server's answers explain a dropped frame. */
  private held: { events: readonly ClientEvent[]; resolve: (outcome: SendOutcome) => void }[] = [];
  /** Errors the server sent for frames it dropped without an ack, oldest first. */
  private unattributed: LatencyDashError[] = [];
  /** A batch acknowledged with nothing applied: the server's next message is its error. */
  private awaitingError: Pending | undefined;
  /** Set by a final refusal (a key that may not ingest): every later batch is refused the same way. */
  private final: LatencyDashError | undefined;
  private closed = false;
  private probeTimer: ReturnType<typeof setTimeout> | undefined;
  private probeDelayMs = FIRST_PROBE_MS;
  private ackTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: WebSocketTransportOptions) {
    this.maxInFlight = options.maxInFlightBatches;
  }

  async send(events: readonly ClientEvent[]): Promise<SendOutcome> {
    if (this.final !== undefined) return { kind: 'refused', error: this.final };
    let socket: WebSocketLike;
    try {
      socket = await this.open();
    } catch (err) {
      const error = err instanceof LatencyDashError ? err : networkError(err);
      return error.retryable ? { kind: 'retry', error } : { kind: 'refused', error };
    }
    if (this.final !== undefined) return { kind: 'refused', error: this.final };
    if (this.closed) return { kind: 'retry', error: new LatencyDashError('LD_CLIENT_CLOSED', 'the client was closed', true) };
    return new Promise<SendOutcome>((resolve) => {
      // While a dropped frame is unexplained, more frames would only be dropped too: they wait for the probe's answer.
      if (this.unattributed.length > 0) this.held.push({ events, resolve });
      else this.transmit(socket, events, resolve);
    });
  }

  private transmit(socket: WebSocketLike, events: readonly ClientEvent[], resolve: (outcome: SendOutcome) => void): void {
    const id = this.nextId++;
    const withTime = this.options.sendTimestamps;
    this.pending.push({ id, count: events.length, sentAtMs: Date.now(), resolve });
    this.write(socket, { batchId: id, events: events.map((e) => toWire(e, withTime)) });
    this.armAckTimer();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.probeTimer);
    clearTimeout(this.ackTimer);
    if (this.socket !== undefined) this.abandon(this.socket, new LatencyDashError('LD_CLIENT_CLOSED', 'the client was closed', true), CloseCode.normal);
  }

  private write(socket: WebSocketLike, batch: { batchId: number; events: WireEvent[] }): void {
    try {
      socket.send(encodeClientMessage({ events: batch }));
    } catch (err) {
      // A socket that is closing: its close event resolves what is pending.
      this.abandon(socket, networkError(err), CloseCode.normal);
    }
  }

  private open(): Promise<WebSocketLike> {
    if (this.closed) return Promise.reject(new LatencyDashError('LD_CLIENT_CLOSED', 'the client was closed', true));
    if (this.socket !== undefined && this.socket.readyState === OPEN) return Promise.resolve(this.socket);
    this.opening ??= this.connect().finally(() => {
      this.opening = undefined;
    });
    return this.opening;
  }

  private async connect(): Promise<WebSocketLike> {
    this.options.onState('connecting', 0, '');
    const factory = await this.options.loadWebSocket();
    const base = this.options.endpoints.current;
    const wsUrl = joinUrl(base.replace(/^http/, 'ws'), 'ws');
    return new Promise<WebSocketLike>((resolve, reject) => {
      const socket = factory(wsUrl, this.options.apiKey);
      socket.binaryType = 'arraybuffer';
      let opened = false;
      const timer = setTimeout(() => socket.close(), this.options.requestTimeoutMs);
      socket.onopen = () => {
        clearTimeout(timer);
        if (this.closed) {
          socket.close(CloseCode.normal);
          return;
        }
        opened = true;
        this.socket = socket;
        this.socketBase = base;
        this.options.onState('open', 0, '');
        resolve(socket);
      };
      socket.onmessage = (event) => {
        if (this.socket === socket) this.onMessage(event.data);
      };
      // An error is always followed by a close, which says what to do.
      socket.onerror = ignore;
      socket.onclose = (event) => {
        clearTimeout(timer);
        if (!opened) {
          if (shouldReconnect(event.code)) this.options.endpoints.failed(base);
          this.options.onState('closed', event.code, event.reason);
          reject(
            new LatencyDashError(
              'LD_CLIENT_NETWORK',
              `could not open ${wsUrl} (close ${event.code}${event.reason ? `: ${event.reason}` : ''})`,
              true,
              event.code,
            ),
          );
        } else if (this.socket === socket) {
          this.onClosed(socket, event.code, event.reason);
        }
      };
    });
  }

  private onMessage(data: unknown): void {
    let message: DecodedServerMessage;
    try {
      message = decodeServerMessage(new Uint8Array(data as ArrayBuffer));
    } catch {
      return;
    }
    if (message.msg === 'ack' && message.ack) this.onAck(message.ack.batchId, message.ack.accepted, message.ack.rejected);
    else if (message.msg === 'error' && message.error) this.onError(serverError(message.error.code, message.error.message));
    else this.settleAwaiting(new LatencyDashError('LD_CLIENT_NETWORK', 'the server applied nothing of the batch and gave no reason', true));
  }

  private onAck(batchId: number, accepted: number, rejected: readonly { index: number; code: string; reason: string }[]): void {
    const at = this.pending.findIndex((p) => p.id === batchId);
    if (at < 0) return;
    this.settleAwaiting(new LatencyDashError('LD_CLIENT_NETWORK', 'the server applied nothing of the batch and gave no reason', true));
    for (const dropped of this.pending.splice(0, at)) {
      const error = this.unattributed.shift() ?? new LatencyDashError('LD_CLIENT_NETWORK', 'the server dropped the batch without an answer', true);
      dropped.resolve(error.retryable ? { kind: 'retry', error } : { kind: 'refused', error });
    }
    const batch = this.pending.shift()!;
    if (this.unattributed.length === 0) {
      this.probeDelayMs = FIRST_PROBE_MS;
      const socket = this.socket;
      if (socket !== undefined) for (const h of this.held.splice(0)) this.transmit(socket, h.events, h.resolve);
    }
    if (batch.count > 0 && accepted === 0 && rejected.length === 0) {
      // Not applied at all (too large, or the log could not keep its promise): the reason comes next.
      this.awaitingError = batch;
      return;
    }
    batch.resolve({ kind: 'answered', accepted, rejected: rejected.map((r) => ({ index: r.index, code: r.code, reason: r.reason })) });
    this.armAckTimer();
  }

  private onError(error: LatencyDashError): void {
    if (this.awaitingError !== undefined) return this.settleAwaiting(error);
    // Not about an event batch of ours (we send nothing else).
    if (this.pending.length === 0) return;
    if (error.code === 'LD_ERR_FORBIDDEN' || error.code === 'LD_ERR_UNAUTHORIZED') {
      // The connection's key may not ingest: every batch on it is refused the same way.
      this.final = error;
      for (const p of this.pending.splice(0)) p.resolve({ kind: 'refused', error });
      if (this.socket !== undefined) this.abandon(this.socket, error, CloseCode.normal);
      return;
    }
    this.unattributed.push(error);
    if (this.unattributed.length > this.pending.length) this.unattributed.shift();
    this.scheduleProbe();
  }

  private settleAwaiting(error: LatencyDashError): void {
    const batch = this.awaitingError;
    if (batch === undefined) return;
    this.awaitingError = undefined;
    batch.resolve(error.retryable ? { kind: 'retry', error } : { kind: 'refused', error });
  }

  /** An empty batch whose ack tells which of the batches before it were dropped. */
  private scheduleProbe(): void {
    if (this.probeTimer !== undefined) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = undefined;
      const socket = this.socket;
      if (socket === undefined || this.unattributed.length === 0 || this.pending.length === 0) return;
      const id = this.nextId++;
      this.pending.push({ id, count: 0, sentAtMs: Date.now(), resolve: ignore });
      this.write(socket, { batchId: id, events: [] });
    }, this.probeDelayMs);
    this.probeDelayMs = Math.min(this.probeDelayMs * 2, this.options.maxBackoffMs);
  }

  /** A batch unanswered past requestTimeoutMs means a dead connection: drop it, and retry on a new one. */
  private armAckTimer(): void {
    if (this.ackTimer !== undefined || this.pending.length === 0) return;
    const waitMs = Math.max(0, this.pending[0].sentAtMs + this.options.requestTimeoutMs - Date.now());
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      const oldest = this.pending[0];
      if (oldest !== undefined && this.socket !== undefined && Date.now() - oldest.sentAtMs >= this.options.requestTimeoutMs) {
        const error = new LatencyDashError('LD_CLIENT_TIMEOUT', `no acknowledgement within ${this.options.requestTimeoutMs} ms`, true);
        this.abandon(this.socket, error, 4000);
      } else {
        this.armAckTimer();
      }
    }, waitMs);
  }

  /** Closes our side and settles what is pending with `error` at once, without waiting for the peer. */
  private abandon(socket: WebSocketLike, error: LatencyDashError, code: number): void {
    socket.onmessage = null;
    socket.onclose = null;
    try {
      socket.close(code, error.message.slice(0, 120));
    } catch {
      // Closing a socket that is already closed.
    }
    this.settleAll(socket, error, code, error.message);
  }

  private onClosed(socket: WebSocketLike, code: number, reason: string): void {
    let error: LatencyDashError;
    if (!shouldReconnect(code)) {
      // 4501/4503: the key or origin is refused; the error message just before the close says why.
      const said = this.unattributed.at(-1);
      error =
        said !== undefined && !said.retryable
          ? said
          : new LatencyDashError(code === CloseCode.unauthorized ? 'LD_ERR_UNAUTHORIZED' : 'LD_ERR_FORBIDDEN', reason || `closed with ${code}`, false, code);
      this.final = error;
    } else {
      error = new LatencyDashError('LD_CLIENT_NETWORK', `the WebSocket closed (${code}${reason ? `: ${reason}` : ''})`, true, code);
    }
    this.settleAll(socket, error, code, reason);
  }

  private settleAll(socket: WebSocketLike, error: LatencyDashError, code: number, reason: string): void {
    if (this.socket === socket) {
      this.socket = undefined;
      // The server went away or stopped answering (not our close, not a refusal): the next socket goes to the next server.
      if (error.retryable && !this.closed) this.options.endpoints.failed(this.socketBase);
    }
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    clearTimeout(this.probeTimer);
    this.probeTimer = undefined;
    this.probeDelayMs = FIRST_PROBE_MS;
    const outcome: SendOutcome = error.retryable ? { kind: 'retry', error } : { kind: 'refused', error };
    const awaiting = this.awaitingError;
    this.awaitingError = undefined;
    awaiting?.resolve(outcome);
    for (const p of this.pending.splice(0)) p.resolve(outcome);
    for (const h of this.held.splice(0)) h.resolve(outcome);
    this.unattributed = [];
    this.options.onState('closed', code, reason);
  }
}

function toWire(e: ClientEvent, withTime: boolean): WireEvent {
  const wire: WireEvent = { targetId: e.targetId, key: e.key, valueMs: e.valueMs };
  if (e.metadata !== undefined) wire.metadata = { ...e.metadata };
  if (withTime) wire.serverTimestamp = Math.round(e.timeMs) * 1e6;
  return wire;
}
