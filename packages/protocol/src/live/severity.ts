/** How a latency cell is coloured against the threshold: green, yellow from warnPct % of it, red above it. */
export type Severity = 'ok' | 'warn' | 'bad';

export function severity(valueMs: number, thresholdMs: number, warnPct: number): Severity {
  if (thresholdMs <= 0) return 'ok';
  if (valueMs > thresholdMs) return 'bad';
  if (valueMs >= (thresholdMs * warnPct) / 100) return 'warn';
  return 'ok';
}
