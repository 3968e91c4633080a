import type { LatencyDashError } from './errors.js';
import type { ClientEvent, TransportName } from './types.js';

/** One refused event of a batch, as the server reports it. */
export interface Rejection {
  readonly index: number;
  readonly code: string;
  readonly reason: string;
}

/** What became of one send of a batch. A transport never throws: every failure is one of these. */
export type SendOutcome =
  /** The server answered for every event: how many it took, and which it refused (by index) and why. */
  | { readonly kind: 'answered'; readonly accepted: number; readonly rejected: readonly Rejection[]; readonly status?: number }
  /** Nothing was applied and trying again can help (network, 5xx, 429, a dropped WebSocket message). */
  | { readonly kind: 'retry'; readonly error: LatencyDashError; readonly retryAfterMs?: number; readonly status?: number }
  /** Nothing was applied and trying again cannot help (4xx other than 408/429): the whole batch is refused. */
  | { readonly kind: 'refused'; readonly error: LatencyDashError; readonly status?: number };

/** How the client reaches the server. */
export interface Transport {
  readonly name: TransportName;
  /** Batches that may be unanswered at once (HTTP: one request). */
  readonly maxInFlight: number;
  /** An upper bound for a batch's encoded size; the client cuts batches by estimateBytes() to stay under it. */
  readonly maxBatchBytes: number;
  send(events: readonly ClientEvent[]): Promise<SendOutcome>;
  /** Ends what is in flight (their sends resolve as 'retry') and releases connections. */
  close(): void;
}

/**
 * An upper bound on an event's encoded size in either format: every UTF-16
 * unit may take 3 bytes of UTF-8, plus field names, numbers and quoting.
 */
export function estimateBytes(event: ClientEvent): number {
  let chars = event.targetId.length + event.key.length;
  let entries = 0;
  if (event.metadata !== undefined) {
    for (const name in event.metadata) {
      chars += name.length + event.metadata[name].length;
      entries++;
    }
  }
  return chars * 3 + entries * 8 + 120;
}
