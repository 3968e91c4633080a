import type { Log } from '../log.js';

export interface WebhookOptions {
  timeoutMs: number;
  /** Delays before each retry; its length is the number of retries. */
  retryDelaysMs: number[];
}

export const DEFAULT_WEBHOOK_OPTIONS: WebhookOptions = { timeoutMs: 5000, retryDelaysMs: [1000, 4000, 15_000] };

/**
 * Posts JSON to webhooks without holding anything else up: each delivery
 * runs on its own, retries on network errors and 5xx/429, and gives up
 * (logged) after the last retry.
 */
export class WebhookSender {
  private readonly inFlight = new Set<Promise<void>>();
  delivered = 0;
  failed = 0;

  constructor(
    private readonly log: Log,
    private readonly options: WebhookOptions = DEFAULT_WEBHOOK_OPTIONS,
  ) {}

  send(url: string, body: unknown): void {
    const p = this.deliver(url, JSON.stringify(body)).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  /** Waits for deliveries under way (at shutdown, and in tests). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private async deliver(url: string, payload: string): Promise<void> {
    const { timeoutMs, retryDelaysMs } = this.options;
    for (let attempt = 0; ; attempt++) {
      let problem: string;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'latency-dash-alerts' },
          body: payload,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) {
          this.delivered++;
          return;
        }
        problem = `HTTP ${res.status}`;
        if (res.status < 500 && res.status !== 429) attempt = retryDelaysMs.length; // the receiver refused: retrying will not help
      } catch (err) {
        problem = (err as Error).message;
      }
      if (attempt >= retryDelaysMs.length) {
        this.failed++;
        this.log.warn({ webhook: redact(url), problem, attempts: attempt + 1 }, 'alert webhook failed; giving up');
        return;
      }
      await new Promise((r) => setTimeout(r, retryDelaysMs[attempt]));
    }
  }
}

/** Webhook URLs often carry tokens: log only scheme, host and path. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'invalid url';
  }
}
