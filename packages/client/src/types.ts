import type { LatencyDashError } from './errors.js';

/** String labels of an event (`tier=premium`, `region=eu-west`); the server splits series by them. */
export type Metadata = Readonly<Record<string, string>>;

/** One recorded latency, as it waits in the buffer and travels to the server. */
export interface ClientEvent {
  readonly targetId: string;
  readonly key: string;
  readonly valueMs: number;
  readonly metadata?: Metadata;
  /** Unix ms when it was recorded; sent as the event's time unless `sendTimestamps` is off. */
  readonly timeMs: number;
}

/** An event the server (or the client, for a value no server would take) refused: not retried. */
export interface RefusedEvent {
  readonly event: ClientEvent;
  /** An `LD_ERR_*` code from the server's error registry (docs/errors.md), or `LD_ERR_BAD_EVENT` for a non-finite value. */
  readonly code: string;
  readonly reason: string;
}

/**
 * Counts since the client was created. Every recorded event ends up in
 * exactly one of delivered, refused or failed, or is still buffered:
 * `recorded === delivered + refused + failed + buffered`.
 */
export interface ClientStats {
  /** Events taken into the buffer by record()/time(). */
  readonly recorded: number;
  /** Accepted by the server. */
  readonly delivered: number;
  /** Refused by the server (by index in its answer, or a whole batch on a 4xx): never retried. */
  readonly refused: number;
  /** Given up: retries exhausted, or still held when close() ran out of time. */
  readonly failed: number;
  /** Not recorded because the buffer was full (maxBufferedEvents). */
  readonly overflow: number;
  /** Not recorded because close() had been called. */
  readonly droppedAfterClose: number;
  /** Held now: waiting to be sent, in flight, or waiting to be retried. */
  readonly buffered: number;
  /** Of those, in requests (or WebSocket batches) not yet answered or waiting to be retried. */
  readonly inFlight: number;
  /** Answers received (any status). */
  readonly responses: number;
  /** Sends that failed and were tried again. */
  readonly retries: number;
  /** The most recent failure, if any. */
  readonly lastError: LatencyDashError | undefined;
  /** The server deliveries go to now (one of the `url` option's). */
  readonly url: string;
  /** Times the client moved to the next server because the one it used failed (only with several URLs). */
  readonly failovers: number;
}

/** One answer from the server to one batch. */
export interface ResponseInfo {
  readonly transport: TransportName;
  /** Events in the batch. */
  readonly events: number;
  readonly accepted: number;
  readonly refused: number;
  /** HTTP status (HTTP transport only). */
  readonly status?: number;
  /** From sending the batch to its answer, in ms. */
  readonly ms: number;
}

export type TransportName = 'http' | 'websocket';

export type ConnectionState = 'connecting' | 'open' | 'closed';

/** What `on()` can listen to, and what each listener gets. */
export interface ClientEventMap {
  /** Every answer from the server. */
  response: ResponseInfo;
  /** Events refused by the server (or locally, for a non-finite value). */
  refused: { readonly events: readonly RefusedEvent[] };
  /** The buffer was full: `dropped` events since the last report, `total` since the start. */
  overflow: { readonly dropped: number; readonly total: number };
  /** A send failed; `willRetry` says whether it is tried again after `delayMs`. */
  error: { readonly error: LatencyDashError; readonly events: number; readonly attempt: number; readonly willRetry: boolean; readonly delayMs?: number };
  /** WebSocket transport: the connection changed state, with the close code and reason when it closed. */
  connection: { readonly state: ConnectionState; readonly code: number; readonly reason: string };
}

export type ClientEventName = keyof ClientEventMap;
export type Listener<E extends ClientEventName> = (payload: ClientEventMap[E]) => void;

/** What flush() and close() resolve with. */
export interface FlushResult {
  /** True when every event recorded before the call was delivered, refused or given up; false when the time ran out first. */
  readonly complete: boolean;
  readonly stats: ClientStats;
}
