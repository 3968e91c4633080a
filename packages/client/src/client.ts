import { retryDelayMs } from './backoff.js';
import { Emitter } from './emitter.js';
import type { LatencyDashError } from './errors.js';
import { Endpoints } from './endpoints.js';
import { EventQueue } from './event-queue.js';
import { HttpTransport } from './http-transport.js';
import { resolveOptions, type ClientOptions, type ResolvedOptions, type WebSocketConstructor } from './options.js';
import type { SendOutcome, Transport } from './transport.js';
import type { ClientEvent, ClientEventName, ClientStats, FlushResult, Listener, Metadata, RefusedEvent } from './types.js';
import { WebSocketTransport, type WebSocketFactory, type WebSocketLoader } from './ws-transport.js';

interface InFlight {
  /** Sequence number of its first event (events are numbered as they enter the buffer). */
  readonly firstSeq: number;
  readonly events: readonly ClientEvent[];
}

interface FlushWaiter {
  readonly seq: number;
  readonly resolve: (settled: boolean) => void;
}

interface Sleep {
  timer: ReturnType<typeof setTimeout>;
  resolve: (slept: boolean) => void;
}

export interface FlushOptions {
  /** Give up waiting after this long (the events stay buffered after flush; close() drops them and counts them as failed). */
  readonly timeoutMs?: number;
}

/** Lets Node exit while only our timers are pending (as OpenTelemetry's batch processor does): close() is how to deliver. */
function unref(timer: ReturnType<typeof setTimeout>): void {
  (timer as { unref?: () => void }).unref?.();
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Buffers recorded latencies and delivers them in batches: a batch leaves
 * when it is full or its oldest event has waited flushIntervalMs, with at
 * most `transport.maxInFlight` batches unanswered (one HTTP request at a
 * time). The buffer, in flight included, holds at most maxBufferedEvents;
 * past it new events are counted as overflow and dropped, so memory stays
 * bounded whatever the server does. Failed sends are retried with backoff
 * and jitter, honouring Retry-After; refusals are counted, never retried.
 */
export class LatencyDashClient {
  private readonly options: ResolvedOptions;
  private readonly transport: Transport;
  private readonly emitter = new Emitter();
  private readonly queue = new EventQueue();
  private readonly inFlight = new Set<InFlight>();
  private inFlightEvents = 0;
  /** Events taken from the queue so far: the queue's first event has sequence number seqTaken + 1. */
  private seqTaken = 0;
  /** Events up to this sequence number are sent without waiting for a full batch (a flush asked for them). */
  private urgentUpTo = 0;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private lingerExpired = false;
  private flushWaiters: FlushWaiter[] = [];
  private readonly sleeps = new Set<Sleep>();
  private state: 'open' | 'closing' | 'closed' = 'open';
  private closing: Promise<FlushResult> | undefined;
  /** close() ran out of time: nothing is retried any more. */
  private aborting = false;
  private counts = { recorded: 0, delivered: 0, refused: 0, failed: 0, overflow: 0, droppedAfterClose: 0, responses: 0, retries: 0 };
  private lastError: LatencyDashError | undefined;
  private overflowUnreported = 0;

  private readonly endpoints: Endpoints;

  constructor(options: ClientOptions, loadWebSocket: WebSocketLoader) {
    this.options = resolveOptions(options);
    const o = this.options;
    this.endpoints = new Endpoints(o.urls);
    this.transport =
      o.transport === 'websocket'
        ? new WebSocketTransport({
            endpoints: this.endpoints,
            apiKey: o.apiKey,
            maxInFlightBatches: o.maxInFlightBatches,
            requestTimeoutMs: o.requestTimeoutMs,
            maxBackoffMs: o.maxBackoffMs,
            sendTimestamps: o.sendTimestamps,
            loadWebSocket: o.WebSocket !== undefined ? async () => standardFactory(o.WebSocket!) : loadWebSocket,
            onState: (state, code, reason) => this.emitter.emit('connection', { state, code, reason }),
          })
        : new HttpTransport({
            endpoints: this.endpoints,
            apiKey: o.apiKey,
            requestTimeoutMs: o.requestTimeoutMs,
            sendTimestamps: o.sendTimestamps,
            fetch: o.fetch,
          });
  }

  /**
   * Records one latency of `key` in `target`. Returns at once: false when
   * the event was not buffered (the buffer is full, the client is closed, or
   * the value is not a finite number), each counted in `stats`.
   */
  record(target: string, key: string, valueMs: number, metadata?: Metadata): boolean {
    if (this.state !== 'open') {
      this.counts.droppedAfterClose++;
      return false;
    }
    const event: ClientEvent = { targetId: target, key, valueMs, metadata: copyMetadata(metadata), timeMs: Date.now() };
    const problem = localProblem(target, key, valueMs, metadata);
    if (problem !== undefined) {
      this.counts.recorded++;
      this.counts.refused++;
      this.emitter.emit('refused', { events: [{ event, code: 'LD_ERR_BAD_EVENT', reason: problem }] });
      return false;
    }
    if (this.queue.length + this.inFlightEvents >= this.options.maxBufferedEvents) {
      this.counts.overflow++;
      this.reportOverflow();
      return false;
    }
    this.counts.recorded++;
    this.queue.push(event);
    if (this.queue.length >= this.options.maxBatchEvents) this.pump();
    else if (this.lingerTimer === undefined && !this.lingerExpired) this.startLinger();
    return true;
  }

  /**
   * Runs `fn` and records how long it took, also when it throws or its
   * promise rejects (the error is passed on unchanged). For an async
   * function the time runs until its promise settles.
   */
  time<T>(target: string, key: string, fn: () => Promise<T>, metadata?: Metadata): Promise<T>;
  time<T>(target: string, key: string, fn: () => T, metadata?: Metadata): T;
  time<T>(target: string, key: string, fn: () => T, metadata?: Metadata): T {
    const started = now();
    let result: T;
    try {
      result = fn();
    } catch (err) {
      this.record(target, key, now() - started, metadata);
      throw err;
    }
    if (isThenable(result)) {
      return result.then(
        (value) => {
          this.record(target, key, now() - started, metadata);
          return value;
        },
        (err: unknown) => {
          this.record(target, key, now() - started, metadata);
          throw err;
        },
      ) as T;
    }
    this.record(target, key, now() - started, metadata);
    return result;
  }

  /**
   * Sends what is buffered now without waiting for full batches, and
   * resolves once every event recorded before the call is delivered,
   * refused or given up (`complete: true`), or when `timeoutMs` runs out.
   */
  async flush(options: FlushOptions = {}): Promise<FlushResult> {
    const seq = this.seqTaken + this.queue.length;
    if (this.lowestUnsettled() > seq) return { complete: true, stats: this.stats };
    this.urgentUpTo = Math.max(this.urgentUpTo, seq);
    const settled = this.waitSettled(seq, options.timeoutMs);
    this.pump();
    return { complete: await settled, stats: this.stats };
  }

  /**
   * Stops taking events, delivers what is buffered (as flush), and closes
   * the connection. After `timeoutMs` whatever is still held is dropped and
   * counted as failed. Calling it again returns the same promise.
   */
  close(options: FlushOptions = {}): Promise<FlushResult> {
    this.closing ??= this.shutDown(options);
    return this.closing;
  }

  /** Listens to `response`, `refused`, `overflow`, `error` or `connection`; returns a function that stops listening. */
  on<E extends ClientEventName>(event: E, listener: Listener<E>): () => void {
    return this.emitter.on(event, listener);
  }

  get stats(): ClientStats {
    const buffered = this.queue.length + this.inFlightEvents;
    return {
      ...this.counts,
      buffered,
      inFlight: this.inFlightEvents,
      lastError: this.lastError,
      url: this.endpoints.current,
      failovers: this.endpoints.failovers,
    };
  }

  private async shutDown(options: FlushOptions): Promise<FlushResult> {
    this.state = 'closing';
    const { complete } = await this.flush(options);
    if (!complete) {
      this.aborting = true;
      const dropped = this.queue.clear();
      this.seqTaken += dropped;
      this.counts.failed += dropped;
      for (const sleep of this.sleeps) {
        clearTimeout(sleep.timer);
        sleep.resolve(false);
      }
      this.sleeps.clear();
    }
    this.transport.close();
    // Sends cut short by the transport's close settle at once, as failed.
    await this.waitSettled(Number.MAX_SAFE_INTEGER);
    clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
    this.state = 'closed';
    return { complete, stats: this.stats };
  }

  /** Sends batches while the transport has room and there is a reason to: a full batch, the linger time, a flush or close. */
  private pump(): void {
    while (this.inFlight.size < this.transport.maxInFlight && this.queue.length > 0 && !this.aborting) {
      const urgent = this.lingerExpired || this.state !== 'open' || this.urgentUpTo > this.seqTaken;
      if (!urgent && this.queue.length < this.options.maxBatchEvents) break;
      const events = this.queue.take(this.options.maxBatchEvents, this.transport.maxBatchBytes);
      const batch: InFlight = { firstSeq: this.seqTaken + 1, events };
      this.seqTaken += events.length;
      this.inFlight.add(batch);
      this.inFlightEvents += events.length;
      void this.deliver(batch);
    }
    if (this.queue.length === 0) {
      this.lingerExpired = false;
      clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
    } else if (this.lingerTimer === undefined && !this.lingerExpired) {
      this.startLinger();
    }
  }

  private startLinger(): void {
    this.lingerTimer = setTimeout(() => {
      this.lingerTimer = undefined;
      this.lingerExpired = true;
      this.pump();
    }, this.options.flushIntervalMs);
    unref(this.lingerTimer);
  }

  /** One batch, from its first send to its fate: answered, refused, or given up. */
  private async deliver(batch: InFlight): Promise<void> {
    const n = batch.events.length;
    for (let attempt = 1; ; attempt++) {
      const started = now();
      const outcome = await this.transport.send(batch.events);
      const ms = now() - started;
      if (outcome.kind === 'answered' || outcome.kind === 'refused' || outcome.status !== undefined) {
        this.counts.responses++;
        this.emitter.emit('response', {
          transport: this.transport.name,
          events: n,
          accepted: outcome.kind === 'answered' ? outcome.accepted : 0,
          refused: outcome.kind === 'answered' ? n - outcome.accepted : outcome.kind === 'refused' ? n : 0,
          status: outcome.status,
          ms,
        });
      }
      if (outcome.kind === 'answered') {
        this.answered(batch.events, outcome);
        break;
      }
      this.lastError = outcome.error;
      if (outcome.kind === 'refused') {
        this.counts.refused += n;
        this.emitter.emit('error', { error: outcome.error, events: n, attempt, willRetry: false });
        const reason = outcome.error.message;
        this.emitter.emit('refused', { events: batch.events.map((event) => ({ event, code: outcome.error.code, reason })) });
        break;
      }
      const willRetry = !this.aborting && attempt <= this.options.maxRetries;
      const delayMs = willRetry ? retryDelayMs(attempt, this.options, outcome.retryAfterMs) : undefined;
      this.emitter.emit('error', { error: outcome.error, events: n, attempt, willRetry, delayMs });
      if (!willRetry || !(await this.sleep(delayMs!))) {
        this.counts.failed += n;
        break;
      }
      this.counts.retries++;
    }
    this.inFlight.delete(batch);
    this.inFlightEvents -= n;
    this.settleWaiters();
    this.pump();
  }

  private answered(events: readonly ClientEvent[], outcome: Extract<SendOutcome, { kind: 'answered' }>): void {
    const accepted = Math.min(Math.max(0, outcome.accepted), events.length);
    this.counts.delivered += accepted;
    this.counts.refused += events.length - accepted;
    if (outcome.rejected.length === 0) return;
    const refused: RefusedEvent[] = [];
    for (const r of outcome.rejected) {
      const event = events[r.index];
      if (event !== undefined) refused.push({ event, code: r.code, reason: r.reason });
    }
    this.emitter.emit('refused', { events: refused });
  }

  /** A retry's wait; it keeps Node running only while someone awaits flush() or close(). */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const sleep: Sleep = {
        timer: setTimeout(() => {
          this.sleeps.delete(sleep);
          resolve(true);
        }, ms),
        resolve,
      };
      if (this.flushWaiters.length === 0) unref(sleep.timer);
      this.sleeps.add(sleep);
    });
  }

  /** The sequence number of the oldest event not yet delivered, refused or given up (Infinity when none). */
  private lowestUnsettled(): number {
    let low = this.queue.length > 0 ? this.seqTaken + 1 : Infinity;
    for (const b of this.inFlight) low = Math.min(low, b.firstSeq);
    return low;
  }

  private waitSettled(seq: number, timeoutMs?: number): Promise<boolean> {
    if (this.lowestUnsettled() > seq) return Promise.resolve(true);
    // Someone waits for delivery now: retry waits must not let the process exit under them.
    for (const sleep of this.sleeps) (sleep.timer as { ref?: () => void }).ref?.();
    return new Promise<boolean>((resolve) => {
      const waiter: FlushWaiter = {
        seq,
        resolve: (settled) => {
          clearTimeout(timer);
          resolve(settled);
        },
      };
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.flushWaiters = this.flushWaiters.filter((w) => w !== waiter);
              resolve(false);
            }, timeoutMs);
      this.flushWaiters.push(waiter);
    });
  }

  private settleWaiters(): void {
    const low = this.lowestUnsettled();
    const ready = this.flushWaiters.filter((w) => w.seq < low);
    if (ready.length === 0) return;
    this.flushWaiters = this.flushWaiters.filter((w) => w.seq >= low);
    for (const w of ready) w.resolve(true);
  }

  /** One `overflow` event per burst of drops (after the current task), not one per dropped event. */
  private reportOverflow(): void {
    if (this.overflowUnreported++ > 0) return;
    queueMicrotask(() => {
      const dropped = this.overflowUnreported;
      this.overflowUnreported = 0;
      this.emitter.emit('overflow', { dropped, total: this.counts.overflow });
    });
  }
}

/** Creates a client; `loadWebSocket` is how this build finds a WebSocket (see index.ts and browser.ts). */
export function createClientWith(options: ClientOptions, loadWebSocket: WebSocketLoader): LatencyDashClient {
  return new LatencyDashClient(options, loadWebSocket);
}

/** A standard constructor takes only a URL: the key goes in ?apiKey= (the server accepts it on /ws only). */
export function standardFactory(WebSocketClass: WebSocketConstructor): WebSocketFactory {
  return (url, apiKey) => new WebSocketClass(apiKey === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}apiKey=${encodeURIComponent(apiKey)}`);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}

function copyMetadata(metadata: Metadata | undefined): Metadata | undefined {
  if (metadata === undefined || metadata === null) return undefined;
  for (const _ in metadata) return { ...metadata };
  return undefined;
}

/** What no server would take, refused here (NaN would travel as JSON null and turn into an interval sample). */
function localProblem(target: unknown, key: unknown, valueMs: unknown, metadata: unknown): string | undefined {
  if (typeof target !== 'string') return 'the target must be a string';
  if (typeof key !== 'string') return 'the key must be a string';
  if (typeof valueMs !== 'number' || !Number.isFinite(valueMs)) return `valueMs must be a finite number; got ${String(valueMs)}`;
  if (metadata !== undefined && metadata !== null) {
    if (typeof metadata !== 'object') return 'metadata must be an object of strings';
    for (const name in metadata) {
      if (typeof (metadata as Record<string, unknown>)[name] !== 'string') return `metadata.${name} must be a string`;
    }
  }
  return undefined;
}
