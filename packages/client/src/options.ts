import { MAX_BATCH_EVENTS } from '@latency-dash/protocol';
import { MAX_URLS } from './endpoints.js';
import type { TransportName } from './types.js';

/** The part of a WebSocket the client uses: the browser's, Node 22's global one and the `ws` package's all fit. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

/** A standard WebSocket constructor (the API key then travels as ?apiKey=, since browsers cannot set headers). */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

export interface ClientOptions {
  /**
   * The server's base URL, e.g. `http://localhost:8080` (a path prefix is kept; `/api/v1/events` and `/ws` are added),
   * or several (up to 16): the client delivers to the first until it fails (no connection, no answer, 5xx, 408, 429),
   * then to the next, in turn, as behind a load balancer that is down.
   */
  readonly url: string | readonly string[];
  /** A write key, when the server has `--write-keys`. Sent as `Authorization: Bearer` (or `?apiKey=` on a browser WebSocket). */
  readonly apiKey?: string;
  /** `http` (default): one POST at a time. `websocket`: event batches on /ws, several unanswered at once, acknowledged in order. */
  readonly transport?: TransportName;
  /** Most events in one request (1–10,000; default 500). A full batch is sent at once. */
  readonly maxBatchEvents?: number;
  /** Longest an event waits for its batch to fill before it is sent anyway (default 1,000 ms). */
  readonly flushIntervalMs?: number;
  /** Most events held at once, in flight included (default 10,000); past it record() drops and counts them (`overflow`). */
  readonly maxBufferedEvents?: number;
  /** Tries after the first, per batch, on network errors, 5xx, 408 and 429 (default 8, about a minute; `Infinity` never gives up). */
  readonly maxRetries?: number;
  /** First retry wait (default 250 ms); it doubles per retry, with jitter. */
  readonly minBackoffMs?: number;
  /** Longest retry wait (default 30,000 ms), unless the server's Retry-After asks for longer. */
  readonly maxBackoffMs?: number;
  /** No answer within this is a network failure, retried (default 30,000 ms). */
  readonly requestTimeoutMs?: number;
  /** WebSocket transport: batches sent before the first is acknowledged (default 8; the server reads 16 ahead at most). */
  readonly maxInFlightBatches?: number;
  /** Send each event's record time as its time (default true); false lets the server use the arrival time. */
  readonly sendTimestamps?: boolean;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
  /** The WebSocket class to use (default: the global one in browsers; the `ws` package in Node). */
  readonly WebSocket?: WebSocketConstructor;
}

export type ResolvedOptions = Required<Omit<ClientOptions, 'url' | 'apiKey' | 'fetch' | 'WebSocket'>> &
  Pick<ClientOptions, 'apiKey' | 'fetch' | 'WebSocket'> & {
    /** Every server, in the order given. */
    readonly urls: readonly string[];
  };

export const DEFAULTS = {
  transport: 'http',
  maxBatchEvents: 500,
  flushIntervalMs: 1000,
  maxBufferedEvents: 10_000,
  maxRetries: 8,
  minBackoffMs: 250,
  maxBackoffMs: 30_000,
  requestTimeoutMs: 30_000,
  maxInFlightBatches: 8,
  sendTimestamps: true,
} as const;

/** Defaults filled in and every value checked: a wrong option throws at createClient, naming it. */
export function resolveOptions(options: ClientOptions): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('createClient needs options: { url, apiKey? }');
  const { url, ...rest } = options;
  const urls: unknown[] = Array.isArray(url) ? url : [url];
  if (urls.length === 0 || urls.length > MAX_URLS) throw new TypeError(`url must be one URL or a list of 1–${MAX_URLS}; got ${urls.length}`);
  urls.forEach(checkUrl);
  const o = { ...DEFAULTS, ...stripUndefined(rest), urls: urls as string[] } as ResolvedOptions;
  if (o.transport !== 'http' && o.transport !== 'websocket') throw new TypeError(`transport must be "http" or "websocket"; got ${JSON.stringify(o.transport)}`);
  if (o.apiKey !== undefined && (typeof o.apiKey !== 'string' || o.apiKey === '')) throw new TypeError('apiKey must be a non-empty string');
  integer('maxBatchEvents', o.maxBatchEvents, 1, MAX_BATCH_EVENTS);
  integer('flushIntervalMs', o.flushIntervalMs, 0, 3_600_000);
  integer('maxBufferedEvents', o.maxBufferedEvents, 1, 100_000_000);
  if (o.maxRetries !== Infinity) integer('maxRetries', o.maxRetries, 0, 1_000_000);
  integer('minBackoffMs', o.minBackoffMs, 1, 3_600_000);
  integer('maxBackoffMs', o.maxBackoffMs, o.minBackoffMs, 3_600_000);
  integer('requestTimeoutMs', o.requestTimeoutMs, 1, 3_600_000);
  integer('maxInFlightBatches', o.maxInFlightBatches, 1, 16);
  if (o.maxBufferedEvents < o.maxBatchEvents)
    throw new RangeError(`maxBufferedEvents (${o.maxBufferedEvents}) must be at least maxBatchEvents (${o.maxBatchEvents})`);
  return o;
}

function checkUrl(url: unknown): void {
  let parsed: URL;
  try {
    parsed = new URL(url as string);
  } catch {
    throw new TypeError(`url must be an absolute http(s) URL such as http://localhost:8080; got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(`url must start with http:// or https://; got ${parsed.protocol}`);
}

function integer(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be a whole number ${min}–${max}; got ${String(value)}`);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
