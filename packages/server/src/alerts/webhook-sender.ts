import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import type { Log } from '../log.js';
import { describeWebhook } from './webhook-url.js';
import { DROP_REASONS, WebhookDestination, type AttemptResult, type DeliveryLimits, type DropReason } from './webhook-destination.js';

export interface WebhookOptions extends DeliveryLimits {
  /** On close, how long deliveries under way may still take before they are abandoned. */
  shutdownGraceMs: number;
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = {
  queueSize: 50,
  concurrency: 2,
  timeoutMs: 5000,
  retries: 3,
  backoffMs: 1000,
  deadlineMs: 60_000,
  shutdownGraceMs: 3000,
};

export interface WebhookTotals {
  destinations: number;
  inFlight: number;
  queued: number;
  delivered: number;
  failed: number;
  attemptFailures: number;
  dropped: Record<DropReason, number>;
}

export interface WebhookDestinationHealth {
  webhook: string;
  inFlight: number;
  queued: number;
  failed: number;
  dropped: number;
  lastProblem: string;
  lastProblemAgoS: number;
}

export interface WebhookHealth extends WebhookTotals {
  /** Destinations whose last delivery attempt failed (at most 10). */
  troubled: WebhookDestinationHealth[];
}

/** An answer body is read only to free the connection; more than this is not worth reading. */
const MAX_ANSWER_BYTES = 64 * 1024;
/** Idle destinations beyond this many are forgotten (their counts stay in the totals). */
const MAX_IDLE_DESTINATIONS = 64;
const MAX_TROUBLED_SHOWN = 10;

/**
 * Posts alert bodies to webhooks without holding anything else up, and
 * within fixed bounds: per URL a queue and a few delivery slots
 * (webhook-destination.ts), each attempt with a time limit, and a connection
 * pool of its own capped at the slots, so a hung receiver holds at most
 * `concurrency` sockets and shutdown can close every one of them.
 */
export class WebhookSender {
  private readonly destinations = new Map<string, { destination: WebhookDestination; pool: Pool }>();
  private readonly stop = new AbortController();
  private readonly totals = { delivered: 0, failed: 0, attemptFailures: 0, dropped: { queue_full: 0, expired: 0, shutdown: 0 } };
  private idleWaiters: (() => void)[] = [];
  private closing: Promise<void> | undefined;

  constructor(
    private readonly log: Log,
    readonly options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
  ) {}

  get delivered(): number {
    return this.totals.delivered;
  }

  get failed(): number {
    return this.totals.failed;
  }

  /** Queues one JSON body for `url`; returns at once. */
  send(url: string, json: string): void {
    if (this.closing !== undefined) {
      this.totals.dropped.shutdown++;
      return;
    }
    this.destination(url).enqueue(json);
  }

  totalsNow(): WebhookTotals {
    let inFlight = 0;
    let queued = 0;
    for (const { destination: d } of this.destinations.values()) {
      inFlight += d.inFlight;
      queued += d.queued;
    }
    const { delivered, failed, attemptFailures, dropped } = this.totals;
    return { destinations: this.destinations.size, inFlight, queued, delivered, failed, attemptFailures, dropped: { ...dropped } };
  }

  health(): WebhookHealth {
    const nowMs = performance.now();
    const troubled = [...this.destinations.values()]
      .map((entry) => entry.destination)
      .filter((d) => d.troubled)
      .slice(0, MAX_TROUBLED_SHOWN)
      .map((d) => ({
        webhook: d.label,
        inFlight: d.inFlight,
        queued: d.queued,
        failed: d.failed,
        dropped: d.dropped,
        lastProblem: d.lastProblem ?? '',
        lastProblemAgoS: Math.round((nowMs - (d.lastProblemAtMs ?? nowMs)) / 1000),
      }));
    return { ...this.totalsNow(), troubled };
  }

  /** Resolves once nothing is queued or under way (tests; close uses it with a time limit). */
  drain(): Promise<void> {
    if (this.allIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking deliveries, gives those under way `shutdownGraceMs`, then
   * abandons the rest (counted, logged once) and closes every connection.
   * Idempotent; resolves within the grace plus the time sockets take to close.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    const grace = new AbortController();
    await Promise.race([this.drain(), sleep(this.options.shutdownGraceMs, undefined, { signal: grace.signal }).catch(() => undefined)]);
    grace.abort();
    let abandoned = 0;
    let underWay = 0;
    for (const { destination: d } of this.destinations.values()) {
      underWay += d.inFlight;
      abandoned += d.abandonQueued();
    }
    // Aborting ends every attempt and backoff wait at once; each counts itself as dropped for shutdown.
    this.stop.abort();
    if (underWay > 0) await this.drain();
    // Whatever the pools still hold (idle keep-alive sockets, a socket an abort left behind) is closed here.
    await Promise.all([...this.destinations.values()].map(({ pool }) => pool.destroy().catch(() => undefined)));
    if (abandoned + underWay > 0) {
      this.log.warn(
        { queued: abandoned, underWay, graceMs: this.options.shutdownGraceMs },
        `abandoned ${abandoned + underWay} alert webhook deliveries at shutdown (${underWay} under way, ${abandoned} queued)`,
      );
    }
  }

  private destination(url: string): WebhookDestination {
    const known = this.destinations.get(url);
    if (known !== undefined) return known.destination;
    if (this.destinations.size >= MAX_IDLE_DESTINATIONS) {
      for (const [u, other] of this.destinations) {
        if (!other.destination.idle || other.destination.troubled) continue;
        this.destinations.delete(u);
        void other.pool.destroy().catch(() => undefined);
      }
    }
    // The URL was checked (http or https) when its rule or the setting was accepted.
    const u = new URL(url);
    const pool = new Pool(u.origin, {
      connections: this.options.concurrency,
      connect: { timeout: this.options.timeoutMs },
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
      keepAliveTimeout: 4000,
      keepAliveMaxTimeout: 10_000,
    });
    const path = `${u.pathname}${u.search}`;
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'latency-dash-alerts' };
    if (u.username !== '' || u.password !== '') {
      headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
    }
    const d = new WebhookDestination(
      url,
      describeWebhook(url),
      this.options,
      (body, timeoutMs) => this.attempt(pool, path, headers, body, timeoutMs),
      this.stop.signal,
      {
        delivered: () => this.totals.delivered++,
        failed: () => this.totals.failed++,
        attemptFailed: () => this.totals.attemptFailures++,
        dropped: (reason, n) => (this.totals.dropped[reason] += n),
        idle: () => this.wakeIfIdle(),
      },
      this.log,
    );
    this.destinations.set(url, { destination: d, pool });
    return d;
  }

  private async attempt(pool: Pool, path: string, headers: Record<string, string>, body: string, timeoutMs: number): Promise<AttemptResult> {
    // One controller per attempt, fed by its own timer and by shutdown (AbortSignal.any would tie every attempt to the long-lived shutdown signal).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const onStop = () => abort.abort(new Error('server shutting down'));
    this.stop.signal.addEventListener('abort', onStop, { once: true });
    try {
      const res = await pool.request({ path, method: 'POST', headers, body, signal: abort.signal });
      // Read (a bounded part of) the answer so the connection can be reused; an aborted read destroys it.
      await res.body.dump({ limit: MAX_ANSWER_BYTES, signal: abort.signal }).catch(() => undefined);
      if (res.statusCode >= 200 && res.statusCode < 300) return { ok: true };
      // A refusal (4xx) will not change on retry; overload (429, 408) and server errors may.
      return { ok: false, problem: `HTTP ${res.statusCode}`, retry: res.statusCode >= 500 || res.statusCode === 429 || res.statusCode === 408 };
    } catch (err) {
      const reason: unknown = abort.signal.aborted ? abort.signal.reason : err;
      return { ok: false, problem: reason instanceof Error ? reason.message : String(reason), retry: true };
    } finally {
      clearTimeout(timer);
      this.stop.signal.removeEventListener('abort', onStop);
    }
  }

  private allIdle(): boolean {
    for (const { destination } of this.destinations.values()) if (!destination.idle) return false;
    return true;
  }

  private wakeIfIdle(): void {
    if (!this.allIdle()) return;
    for (const w of this.idleWaiters.splice(0)) w();
  }
}

export { DROP_REASONS };
