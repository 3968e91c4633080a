import { Counter, Gauge, type Registry } from 'prom-client';
import { DROP_REASONS } from './webhook-destination.js';
import type { WebhookTotals } from './webhook-sender.js';

/** The webhook figures in /metrics, read from the sender's totals at each scrape. */
export function registerWebhookMetrics(registry: Registry, read: () => WebhookTotals | undefined): void {
  const each = <T>(pick: (t: WebhookTotals) => T): T | undefined => {
    const totals = read();
    return totals === undefined ? undefined : pick(totals);
  };
  const counter = (name: string, help: string, pick: (t: WebhookTotals) => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(each(pick) ?? 0);
      },
    });
  const gauge = (name: string, help: string, pick: (t: WebhookTotals) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(each(pick) ?? 0);
      },
    });
  counter('latency_dash_webhook_delivered_total', 'Alert webhook deliveries the receiver accepted (2xx)', (t) => t.delivered);
  counter('latency_dash_webhook_failed_total', 'Alert webhook deliveries given up: refused (4xx), out of retries, or out of time', (t) => t.failed);
  counter(
    'latency_dash_webhook_attempt_failures_total',
    'Alert webhook attempts that failed (timeout, network error, non-2xx), retries included',
    (t) => t.attemptFailures,
  );
  gauge('latency_dash_webhook_in_flight', 'Alert webhook deliveries under way (attempting or waiting to retry)', (t) => t.inFlight);
  gauge('latency_dash_webhook_queued', 'Alert webhook deliveries waiting for a free slot', (t) => t.queued);
  new Counter({
    name: 'latency_dash_webhook_dropped_total',
    help: 'Alert webhook deliveries never made: queue_full (oldest dropped), expired (waited past the deadline), shutdown (abandoned at stop)',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      this.reset();
      const dropped = each((t) => t.dropped);
      for (const reason of DROP_REASONS) this.inc({ reason }, dropped?.[reason] ?? 0);
    },
  });
}
