import { DDSketch } from '@datadog/sketches-js';
import type { LatencyDashClient } from '@latency-dash/client';
import { count } from './producer-args.js';

export interface LoadSummary {
  seconds: number;
  generated: number;
  delivered: number;
  refused: number;
  /** Given up after retries, or still held when the final delivery ran out of time. */
  failed: number;
  /** Dropped because the client's buffer was full: the server (or the network) did not keep up. */
  dropped: number;
  deliveredPerSecond: number;
  requests: number;
  /** Failed attempts (network errors, 5xx, 429), retried or not. */
  errors: number;
  retries: number;
  /** The server's answer time per request, in ms (p50/p90/p99 within 1%). */
  answerMs: { p50: number; p90: number; p99: number; max: number } | undefined;
  lastError: string | undefined;
}

/**
 * Watches a client's answers: answer times go into DDSketches (1% relative
 * accuracy, a few KB however long the run), one for the whole run and one
 * per progress line.
 */
export class LoadMeter {
  private total = new DDSketch({ relativeAccuracy: 0.01 });
  private recent = new DDSketch({ relativeAccuracy: 0.01 });
  private errors = 0;
  private recentErrors = 0;
  private lastDelivered = 0;
  private lastAtMs = 0;

  constructor(private readonly ld: LatencyDashClient) {
    ld.on('response', ({ ms }) => {
      // A sketch takes values > 0; an answer within the timer's resolution counts as 1 µs.
      const v = Math.max(ms, 0.001);
      this.total.accept(v);
      this.recent.accept(v);
    });
    ld.on('error', () => {
      this.errors++;
      this.recentErrors++;
    });
  }

  /** One line about the time since the previous one. */
  progressLine(elapsedMs: number): string {
    const s = this.ld.stats;
    const spanS = Math.max(0.001, (elapsedMs - this.lastAtMs) / 1000);
    const rate = (s.delivered - this.lastDelivered) / spanS;
    const answers =
      this.recent.count > 0 ? `answers p50 ${ms(this.recent.getValueAtQuantile(0.5))} p99 ${ms(this.recent.getValueAtQuantile(0.99))}` : 'no answers';
    const parts = [
      `${(elapsedMs / 1000).toFixed(1)} s`,
      `${count(rate)} ev/s`,
      `${count(s.delivered)} delivered`,
      `${count(this.recentErrors)} errors`,
      answers,
      `${count(s.buffered)} buffered`,
    ];
    if (s.refused > 0) parts.push(`${count(s.refused)} refused`);
    if (s.overflow > 0) parts.push(`${count(s.overflow)} dropped`);
    this.lastDelivered = s.delivered;
    this.lastAtMs = elapsedMs;
    this.recentErrors = 0;
    this.recent = new DDSketch({ relativeAccuracy: 0.01 });
    return parts.join('  ');
  }

  summary(generatedForMs: number, generated: number): LoadSummary {
    const s = this.ld.stats;
    const seconds = generatedForMs / 1000;
    const t = this.total;
    return {
      seconds: round(seconds, 3),
      generated,
      delivered: s.delivered,
      refused: s.refused,
      failed: s.failed,
      dropped: s.overflow,
      deliveredPerSecond: round(s.delivered / Math.max(seconds, 0.001), 1),
      requests: s.responses,
      errors: this.errors,
      retries: s.retries,
      answerMs:
        t.count > 0
          ? {
              p50: round(t.getValueAtQuantile(0.5), 3),
              p90: round(t.getValueAtQuantile(0.9), 3),
              p99: round(t.getValueAtQuantile(0.99), 3),
              max: round(t.max, 3),
            }
          : undefined,
      lastError: s.lastError?.message,
    };
  }

  summaryText(r: LoadSummary): string {
    const lines = [
      `${count(r.generated)} events in ${r.seconds.toFixed(1)} s: ${count(r.delivered)} delivered (${count(r.deliveredPerSecond)}/s), ${count(r.refused)} refused, ${count(r.failed)} not delivered, ${count(r.dropped)} dropped (buffer full)`,
      `${count(r.requests)} requests, ${count(r.errors)} errors, ${count(r.retries)} retries` +
        (r.answerMs ? `; answer time p50 ${ms(r.answerMs.p50)}, p90 ${ms(r.answerMs.p90)}, p99 ${ms(r.answerMs.p99)}, max ${ms(r.answerMs.max)}` : ''),
    ];
    if (r.lastError !== undefined && (r.errors > 0 || r.failed > 0)) lines.push(`last error: ${r.lastError}`);
    return lines.join('\n');
  }
}

function ms(v: number): string {
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v)} ms`;
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
