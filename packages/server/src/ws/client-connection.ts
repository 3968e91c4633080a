import {
  ERRORS,
  MAX_INTERVAL_MS,
  checkView,
  viewKey,
  type CanonicalView,
  MIN_INTERVAL_MS,
  DEFAULT_INTERVAL_MS,
  clientMessageFromJson,
  decodeClientMessage,
  latency,
  num,
  type ServerMessage,
} from '@latency-dash/protocol';
import type { Log } from '../log.js';
import type { Duplex } from 'node:stream';
import { WebSocket, type RawData } from 'ws';
import { LdError, type ErrorCode } from '../errors.js';
import type { ViewerHub } from '../fanout/fanout-hub.js';
import { OutFrame, type FrameSink } from '../fanout/frame.js';
import type { Viewer } from '../fanout/stream-group.js';
import type { IngestService } from '../ingest/ingest-service.js';
import { checkBatchSize, targetIdProblem } from '../ingest/validate.js';

export interface ConnectionContext {
  /** Whether this connection's key allows ingest. */
  canWrite: boolean;
  messagesPerSecond: number;
  /** Streams one connection may watch at once. */
  maxSubscriptions: number;
  hub: ViewerHub;
  /** The once-a-second ServerStats (stats/stats-publisher.ts). */
  stats: StatsSubscriptions;
  ingest: IngestService;
  log: Log;
  maxErrorsPer10s: number;
  nowNs(): number;
  /** Monotonic ms for the message rate and error counts (the engine's clock, so tests can drive it). */
  monotonicMs(): number;
  /** How long a peer has to answer our close frame before its socket is destroyed. */
  closeGraceMs: number;
  /** Called when a peer did not answer in time and its socket was destroyed. */
  onCloseForced(): void;
}

/** What a connection needs of the ServerStats publisher. */
export interface StatsSubscriptions {
  subscribe(sink: FrameSink): void;
  /** False when the sink was not subscribed. */
  unsubscribe(sink: FrameSink): boolean;
}

/** Event batches one connection may have waiting to be applied; past it, the connection is not read until it catches up. */
const MAX_PENDING_BATCHES = 16;

const Action = latency.SubscriptionMessage.Action;

/**
 * The TCP socket under a ws WebSocket, when frames may be written to it
 * directly: not with an extension such as permessage-deflate negotiated
 * (the server turns it off), whose frames ws must compress and queue.
 */
function rawSocket(ws: WebSocket): Duplex | undefined {
  if (ws.extensions !== '') return undefined;
  return (ws as unknown as { _socket?: Duplex | null })._socket ?? undefined;
}

/** One WebSocket client: its subscriptions, its protocol errors, its liveness. */
export class ClientConnection implements FrameSink {
  alive = true;
  readonly streams = new Map<string, Viewer>();
  private errorTimes: number[] = [];
  private closed = false;
  private tokens: number;
  private tokensAt: number;
  /** Batches are applied in order (a big one yields to the loop in slices); acks go out in the same order. */
  private ingestQueue: Promise<void> = Promise.resolve();
  /** Acks, chained so they leave in the order the batches came (some wait for an fsync under --wal-fsync always). */
  private acks: Promise<void> = Promise.resolve();
  private pendingBatches = 0;
  /** Batches taken in whose ack has not been sent yet (applied or not, durable or not). */
  private unacked = 0;
  /** Where pre-framed bytes go (undefined: through ws.send). */
  private readonly raw: Duplex | undefined;

  constructor(
    readonly id: number,
    readonly socket: WebSocket,
    readonly json: boolean,
    readonly remoteAddress: string,
    private readonly ctx: ConnectionContext,
  ) {
    this.tokens = ctx.messagesPerSecond * 2;
    this.tokensAt = ctx.monotonicMs();
    // Extensions are settled by the handshake, before a connection exists.
    this.raw = rawSocket(socket);
  }

  get bufferedAmount(): number {
    return this.socket.bufferedAmount;
  }

  /**
   * Writes the frame's pre-built WebSocket bytes straight to the TCP socket:
   * a group frames a batch once, and each viewer costs one write of the same
   * buffer (ws.send would build a header and make a two-buffer writev per
   * viewer). This keeps ws's own accounting: ws writes synchronously too
   * (no permessage-deflate, so its sender never queues), so frames keep their
   * order; bytes the kernel has not taken show in bufferedAmount, which the
   * slow-viewer rule reads; nothing is written once ws has started closing.
   */
  send(frame: OutFrame): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const raw = this.raw;
    if (raw !== undefined && raw.writable) raw.write(this.json ? frame.framedJson() : frame.framedBytes());
    else if (this.json) this.socket.send(frame.json());
    else this.socket.send(frame.bytes(), { binary: true });
  }

  sendMessage(message: ServerMessage): void {
    this.send(new OutFrame(message));
  }

  closeSlow(reason: string): void {
    this.ctx.log.warn({ conn: this.id, reason }, 'closing slow consumer');
    this.close(ERRORS.LD_ERR_SLOW_CONSUMER.close, 'slow consumer: resubscribe when ready');
  }

  /**
   * Sends the close frame, then destroys the socket if the peer has not
   * answered within the grace. ws queues the frame behind whatever is still
   * unsent, and a peer that is not reading cannot take any of it: without the
   * grace its socket would stay open until ws's own 30 s timer or a missed
   * ping. A peer that reads again within the grace gets the code and reason;
   * once the frame is in the kernel's buffer it arrives even after the destroy.
   */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.detach();
    // The acks of batches already applied leave before the close frame: a producer takes a batch still unanswered
    // at the close as not applied and sends it again, so a lost ack would count it twice. Frames that arrive from
    // now on are not applied. An fsync that hangs holds the close for the grace at most.
    let sent = false;
    const sendClose = () => {
      if (sent) return;
      sent = true;
      clearTimeout(ackWait);
      this.socket.close(code, reason.slice(0, 120));
      const timer = setTimeout(() => {
        if (this.socket.readyState === WebSocket.CLOSED) return;
        this.ctx.log.info({ conn: this.id, code, graceMs: this.ctx.closeGraceMs }, 'destroying a WebSocket that did not answer its close in time');
        this.ctx.onCloseForced();
        this.socket.terminate();
      }, this.ctx.closeGraceMs);
      timer.unref();
      this.socket.once('close', () => clearTimeout(timer));
    };
    const ackWait = setTimeout(sendClose, this.ctx.closeGraceMs);
    ackWait.unref();
    if (this.unacked === 0) sendClose();
    else void this.acks.then(sendClose);
  }

  /** Drops every subscription; called once when the socket goes away. */
  detach(): void {
    if (this.closed) return;
    this.closed = true;
    for (const viewer of this.streams.values()) this.ctx.hub.unsubscribe(viewer);
    this.streams.clear();
    this.ctx.stats.unsubscribe(this);
  }

  handleFrame(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!this.takeToken()) {
      this.error('LD_ERR_RATE_LIMITED', `over ${this.ctx.messagesPerSecond} messages per second: this message was dropped, nothing in it was applied`);
      return;
    }
    if (isBinary === this.json) {
      this.error(
        'LD_ERR_WRONG_FRAME_TYPE',
        this.json
          ? 'this connection speaks JSON (?format=json): send text frames'
          : 'this connection speaks protobuf: send binary ClientMessage frames, or connect with ?format=json',
      );
      return;
    }
    let message: latency.ClientMessage;
    try {
      const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      message = this.json ? clientMessageFromJson(bytes.toString('utf8')) : decodeClientMessage(bytes);
    } catch (err) {
      this.error('LD_ERR_MALFORMED', `${ERRORS.LD_ERR_MALFORMED.description} (${(err as Error).message})`);
      return;
    }
    try {
      this.dispatch(message);
    } catch (err) {
      // One connection's bad luck must not reach anyone else.
      this.ctx.log.error({ err, conn: this.id }, 'error handling a client message');
      this.error('LD_ERR_INTERNAL');
    }
  }

  private dispatch(message: latency.ClientMessage): void {
    switch (message.msg) {
      case 'subscription':
        return this.onSubscription(message.subscription!);
      case 'resync':
        return this.onResync(message.resync!);
      case 'ping':
        return this.sendMessage({ pong: { clientTime: num(message.ping!.clientTime), serverTime: this.ctx.nowNs() } });
      case 'events':
        return this.onEvents(message.events!);
      case 'statsSubscription':
        return this.onStatsSubscription(message.statsSubscription!);
      default:
        return this.error('LD_ERR_UNKNOWN_MESSAGE');
    }
  }

  private onSubscription(sub: latency.SubscriptionMessage.$Properties): void {
    const targetId = sub.targetId ?? '';
    const problem = targetIdProblem(targetId);
    if (problem !== undefined) return this.error('LD_ERR_BAD_TARGET', problem);
    const split = sub.splitByMetadata === true;
    const streamKey = `${split ? 1 : 0}${targetId}`;
    if (sub.action === Action.UNSUBSCRIBE) {
      const viewer = this.streams.get(streamKey);
      if (viewer === undefined) return this.error('LD_ERR_NOT_SUBSCRIBED', `not subscribed to ${targetId} (${split ? 'split' : 'combined'})`, targetId);
      this.ctx.hub.unsubscribe(viewer);
      this.streams.delete(streamKey);
      return;
    }
    if (sub.action !== Action.SUBSCRIBE) return this.error('LD_ERR_BAD_SUBSCRIPTION', `unknown action ${String(sub.action)}`, targetId);
    const intervalMs = sub.intervalMs === 0 || sub.intervalMs == null ? DEFAULT_INTERVAL_MS : sub.intervalMs;
    if (!Number.isInteger(intervalMs) || intervalMs < MIN_INTERVAL_MS || intervalMs > MAX_INTERVAL_MS) {
      return this.error(
        'LD_ERR_BAD_INTERVAL',
        `intervalMs must be ${MIN_INTERVAL_MS}-${MAX_INTERVAL_MS} (or 0 for ${DEFAULT_INTERVAL_MS}); got ${intervalMs}`,
        targetId,
      );
    }
    const hub = this.ctx.hub;
    let view: CanonicalView | undefined;
    let key: string | undefined;
    if (sub.view != null) {
      const checked = checkView(sub.view, { maxRows: hub.views.maxViewRows, maxPinned: hub.views.maxPinnedSeries });
      if (typeof checked === 'string') return this.error('LD_ERR_BAD_VIEW', `bad view: ${checked}`, targetId);
      view = checked;
      key = viewKey(checked);
    }
    const existing = this.streams.get(streamKey);
    if (existing === undefined && this.streams.size >= this.ctx.maxSubscriptions) {
      return this.error(
        'LD_ERR_TOO_MANY_SUBSCRIPTIONS',
        `this connection already watches ${this.streams.size} streams, the most allowed (--max-subscriptions-per-connection); unsubscribe from one first`,
        targetId,
      );
    }
    if (existing !== undefined && existing.group.intervalMs === intervalMs && existing.group.viewKey === key) {
      existing.group.sendSnapshot(existing);
      return;
    }
    if (view !== undefined && key !== undefined && !hub.viewFits(targetId, split, intervalMs, key, existing)) {
      return this.error(
        'LD_ERR_TOO_MANY_VIEWS',
        `${targetId} already has ${hub.views.maxViewsPerTarget} distinct views (--max-views-per-target); subscribe with a view others watch, or retry later`,
        targetId,
      );
    }
    // Another interval or view (scrolling, re-sorting): the new stream replaces the old one, starting with its snapshot.
    if (existing !== undefined) hub.unsubscribe(existing);
    const viewer =
      view !== undefined && key !== undefined
        ? hub.subscribeView(this, targetId, split, intervalMs, view, key)
        : hub.subscribe(this, targetId, split, intervalMs);
    this.streams.set(streamKey, viewer);
  }

  /** One ServerStats subscription per connection: subscribing again resends the latest sample. */
  private onStatsSubscription(sub: latency.StatsSubscription.$Properties): void {
    if (sub.action === Action.SUBSCRIBE) return this.ctx.stats.subscribe(this);
    if (sub.action !== Action.UNSUBSCRIBE) return this.error('LD_ERR_BAD_SUBSCRIPTION', `unknown action ${String(sub.action)}`);
    if (!this.ctx.stats.unsubscribe(this)) this.error('LD_ERR_NOT_SUBSCRIBED', 'not subscribed to the server stats');
  }

  private onResync(req: latency.ResyncRequest.$Properties): void {
    const split = req.splitByMetadata === true;
    const targetId = req.targetId ?? '';
    const viewer = this.streams.get(`${split ? 1 : 0}${targetId}`);
    if (viewer === undefined) return this.error('LD_ERR_NOT_SUBSCRIBED', `not subscribed to ${targetId} (${split ? 'split' : 'combined'})`, targetId);
    viewer.group.sendSnapshot(viewer);
  }

  private onEvents(batch: latency.EventBatch.$Properties): void {
    const batchId = num(batch.batchId);
    if (!this.ctx.canWrite) return this.error('LD_ERR_FORBIDDEN', "this connection's API key cannot ingest; connect with a write key (?apiKey=...)");
    const events = batch.events ?? [];
    const tooMany = checkBatchSize(events.length);
    if (tooMany !== undefined) {
      this.sendMessage({ ack: { batchId, accepted: 0, rejected: [] } });
      return this.error('LD_ERR_BATCH_TOO_LARGE', tooMany);
    }
    this.unacked++;
    // Flow control, not refusal: past the cap the connection stops being read until batches are applied.
    if (++this.pendingBatches >= MAX_PENDING_BATCHES && !this.socket.isPaused) this.socket.pause();
    const applied = this.ingestQueue.then(() => this.ctx.ingest.ingestProto(events));
    // The cap counts batches still being applied; acks waiting for an fsync are bounded by the message rate.
    const done = () => {
      if (--this.pendingBatches < MAX_PENDING_BATCHES && this.socket.isPaused) this.socket.resume();
    };
    this.ingestQueue = applied.then(done, done);
    this.acks = this.acks
      .then(() => applied)
      .then(async (result) => {
        await result.durable;
        this.sendMessage({ ack: { batchId, accepted: result.accepted, rejected: result.rejected } });
      })
      .catch((err: unknown) => {
        if (err instanceof LdError) return this.notDurable(batchId, err);
        this.ctx.log.error({ err, conn: this.id }, 'could not apply an event batch');
        this.notDurable(batchId, new LdError('LD_ERR_INTERNAL'));
      })
      .finally(() => this.unacked--);
  }

  /** The server's disk, not the producer, is at fault: not counted against the connection's error budget. */
  private notDurable(batchId: number, err: LdError): void {
    this.sendMessage({ ack: { batchId, accepted: 0, rejected: [] } });
    this.sendMessage({ error: { code: err.code, message: err.message, targetId: '' } });
  }

  /** A token bucket: messagesPerSecond sustained, twice that in a burst. */
  private takeToken(): boolean {
    const now = this.ctx.monotonicMs();
    const rate = this.ctx.messagesPerSecond;
    this.tokens = Math.min(rate * 2, this.tokens + ((now - this.tokensAt) / 1000) * rate);
    this.tokensAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private error(code: ErrorCode, message: string = ERRORS[code].description, targetId = ''): void {
    this.sendMessage({ error: { code, message, targetId } });
    const now = this.ctx.monotonicMs();
    this.errorTimes = this.errorTimes.filter((t) => now - t < 10_000);
    this.errorTimes.push(now);
    if (this.errorTimes.length > this.ctx.maxErrorsPer10s) {
      this.ctx.log.warn({ conn: this.id, address: this.remoteAddress }, 'closing a connection that keeps sending bad frames');
      this.close(ERRORS.LD_ERR_TOO_MANY_ERRORS.close, 'too many protocol errors');
    }
  }
}
