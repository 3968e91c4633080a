export interface BackoffOptions {
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
}

/**
 * The wait before retry number `attempt` (1 for the first retry): doubling
 * from minBackoffMs up to maxBackoffMs, with "equal jitter" (half fixed,
 * half random) so producers that failed together do not come back together,
 * yet never retry at once. A Retry-After from the server is a floor: the
 * wait is never shorter, and gets up to 10% (at most a second) of jitter on top.
 */
export function retryDelayMs(attempt: number, options: BackoffOptions, retryAfterMs?: number, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxBackoffMs, options.minBackoffMs * 2 ** Math.min(attempt - 1, 30));
  const backoff = ceiling / 2 + random() * (ceiling / 2);
  if (retryAfterMs === undefined) return Math.round(backoff);
  const floor = retryAfterMs + random() * Math.min(1000, retryAfterMs * 0.1);
  return Math.round(Math.max(floor, backoff));
}

/** A Retry-After header (delay in seconds, or an HTTP date) in ms from now; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
