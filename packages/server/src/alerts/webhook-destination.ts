import { setTimeout as sleep } from 'node:timers/promises';
import type { Log } from '../log.js';

export interface DeliveryLimits {
  /** Deliveries waiting per destination; beyond it the oldest is dropped. */
  queueSize: number;
  /** Deliveries under way at once per destination. */
  concurrency: number;
  /** One attempt, from connect to the end of the answer. */
  timeoutMs: number;
  retries: number;
  /** Delay before the first retry; doubles with each, with jitter. */
  backoffMs: number;
  /** From queueing to giving up, whatever the attempts left. */
  deadlineMs: number;
}

export type AttemptResult = { ok: true } | { ok: false; problem: string; retry: boolean };

/** One POST to the destination with its own time limit; never rejects. */
export type Attempt = (body: string, timeoutMs: number) => Promise<AttemptResult>;

export const DROP_REASONS = ['queue_full', 'expired', 'shutdown'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Where a destination reports what happens, so the sender can keep totals. */
export interface DeliveryEvents {
  delivered(): void;
  failed(): void;
  attemptFailed(): void;
  dropped(reason: DropReason, n: number): void;
  /** The destination has nothing queued and nothing under way. */
  idle(): void;
}

interface Queued {
  body: string;
  queuedAtMs: number;
}

/** Trouble is logged at most this often per destination, with what happened since. */
const NOTICE_INTERVAL_MS = 60_000;

/**
 * One webhook URL: a bounded queue in front of a fixed number of delivery
 * slots. A delivery holds its slot through its retries, so a receiver that
 * hangs holds `concurrency` connections and `queueSize` bodies, and no more;
 * what does not fit is dropped and counted.
 */
export class WebhookDestination {
  private readonly queue: Queued[] = [];
  inFlight = 0;
  delivered = 0;
  failed = 0;
  dropped = 0;
  lastProblem: string | undefined;
  lastProblemAtMs: number | undefined;
  lastDeliveredAtMs: number | undefined;
  private readonly sinceNotice = { failed: 0, queue_full: 0, expired: 0 };
  private noticeAtMs = -Infinity;

  constructor(
    readonly url: string,
    /** The URL as logs and /health show it (no token). */
    readonly label: string,
    private readonly limits: DeliveryLimits,
    private readonly attempt: Attempt,
    /** Aborted at shutdown: backoff waits end, nothing new starts. */
    private readonly stop: AbortSignal,
    private readonly events: DeliveryEvents,
    private readonly log: Log,
    private readonly now: () => number = () => performance.now(),
  ) {}

  get queued(): number {
    return this.queue.length;
  }

  get idle(): boolean {
    return this.queue.length === 0 && this.inFlight === 0;
  }

  /** Whether the last thing that happened here was a problem (for /health). */
  get troubled(): boolean {
    return this.lastProblemAtMs !== undefined && (this.lastDeliveredAtMs === undefined || this.lastProblemAtMs > this.lastDeliveredAtMs);
  }

  enqueue(body: string): void {
    if (this.queue.length >= this.limits.queueSize) {
      // The newest body carries the latest state; the oldest is the one to lose.
      this.queue.shift();
      this.drop('queue_full', 1);
    }
    this.queue.push({ body, queuedAtMs: this.now() });
    this.pump();
  }

  /** At shutdown: whatever still waits is abandoned (deliveries under way end when their attempt is aborted). */
  abandonQueued(): number {
    const n = this.queue.length;
    this.queue.length = 0;
    if (n > 0) this.drop('shutdown', n);
    return n;
  }

  private pump(): void {
    while (this.inFlight < this.limits.concurrency && this.queue.length > 0 && !this.stop.aborted) {
      const item = this.queue.shift()!;
      this.inFlight++;
      this.deliver(item)
        .catch((err: unknown) => this.log.error({ err, webhook: this.label }, 'webhook delivery failed unexpectedly'))
        .finally(() => {
          this.inFlight--;
          this.pump();
          if (this.idle) this.events.idle();
        });
    }
  }

  private async deliver(item: Queued): Promise<void> {
    const { timeoutMs, retries, backoffMs, deadlineMs } = this.limits;
    const deadline = item.queuedAtMs + deadlineMs;
    if (this.now() >= deadline) return this.drop('expired', 1);
    for (let attempt = 0; ; attempt++) {
      const result = await this.attempt(item.body, Math.max(1, Math.min(timeoutMs, deadline - this.now())));
      if (result.ok) {
        this.delivered++;
        this.lastDeliveredAtMs = this.now();
        this.events.delivered();
        return;
      }
      if (this.stop.aborted) return this.drop('shutdown', 1);
      this.lastProblem = result.problem;
      this.lastProblemAtMs = this.now();
      this.events.attemptFailed();
      if (!result.retry || attempt >= retries) return this.fail(result.problem, attempt + 1);
      // Exponential backoff with jitter, so receivers that come back are not hit by every sender at once.
      const base = backoffMs * 2 ** attempt;
      const delay = base / 2 + (Math.random() * base) / 2;
      if (this.now() + delay >= deadline) return this.fail(`${result.problem}; no time left before the deadline`, attempt + 1);
      try {
        await sleep(delay, undefined, { signal: this.stop });
      } catch {
        return this.drop('shutdown', 1);
      }
    }
  }

  private fail(problem: string, attempts: number): void {
    this.failed++;
    this.sinceNotice.failed++;
    this.events.failed();
    this.notice(problem, attempts);
  }

  private drop(reason: DropReason, n: number): void {
    this.dropped += n;
    this.events.dropped(reason, n);
    if (reason === 'shutdown') return; // the sender logs those once for all destinations
    this.sinceNotice[reason] += n;
    this.notice(this.lastProblem ?? 'deliveries are not being made', undefined);
  }

  /** At most one line a minute per destination, with the counts since the last one. */
  private notice(problem: string, attempts: number | undefined): void {
    const nowMs = this.now();
    if (nowMs - this.noticeAtMs < NOTICE_INTERVAL_MS) return;
    this.noticeAtMs = nowMs;
    const { failed, queue_full, expired } = this.sinceNotice;
    this.sinceNotice.failed = this.sinceNotice.queue_full = this.sinceNotice.expired = 0;
    this.log.warn(
      { webhook: this.label, problem, attempts, failed, dropped: { queue_full, expired }, inFlight: this.inFlight, queued: this.queue.length },
      `alert webhook in trouble: ${failed} deliveries failed, ${queue_full + expired} dropped since the last notice (logged at most once a minute)`,
    );
  }
}
