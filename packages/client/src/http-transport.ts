import { MAX_BODY_BYTES } from '@latency-dash/protocol';
import { parseRetryAfter } from './backoff.js';
import { LatencyDashError, networkError, serverError } from './errors.js';
import type { Endpoints } from './endpoints.js';
import type { Rejection, SendOutcome, Transport } from './transport.js';
import type { ClientEvent } from './types.js';

export interface HttpTransportOptions {
  /** The servers' base URLs, and which one is in use. */
  readonly endpoints: Endpoints;
  readonly apiKey?: string;
  readonly requestTimeoutMs: number;
  readonly sendTimestamps: boolean;
  readonly fetch?: typeof fetch;
}

/** Statuses worth another try: the server is busy, failing or restarting, or the request was too slow. */
const RETRY_STATUSES = new Set([408, 429]);

/** POST /api/v1/events with a JSON batch (SPEC F1.2), one request at a time. */
export class HttpTransport implements Transport {
  readonly name = 'http' as const;
  readonly maxInFlight = 1;
  /** Half the server's body limit: the size estimate is an upper bound, so this is never reached in practice. */
  readonly maxBatchBytes = MAX_BODY_BYTES / 2;
  private readonly headers: Record<string, string>;
  private readonly closing = new AbortController();

  constructor(private readonly options: HttpTransportOptions) {
    this.headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (options.apiKey !== undefined) this.headers.authorization = `Bearer ${options.apiKey}`;
  }

  async send(events: readonly ClientEvent[]): Promise<SendOutcome> {
    const body = JSON.stringify({ events: events.map((e) => toJson(e, this.options.sendTimestamps)) });
    const request = new AbortController();
    const timer = setTimeout(() => request.abort(), this.options.requestTimeoutMs);
    const onClose = () => request.abort();
    this.closing.signal.addEventListener('abort', onClose);
    const base = this.options.endpoints.current;
    try {
      const fetchImpl = this.options.fetch ?? globalThis.fetch;
      const res = await fetchImpl(joinUrl(base, 'api/v1/events'), { method: 'POST', headers: this.headers, body, signal: request.signal });
      const text = await res.text();
      const outcome = this.outcome(res, text);
      if (outcome.kind === 'retry') this.options.endpoints.failed(base);
      return outcome;
    } catch (err) {
      if (this.closing.signal.aborted) return { kind: 'retry', error: networkError(err) };
      this.options.endpoints.failed(base);
      if (request.signal.aborted) {
        return { kind: 'retry', error: new LatencyDashError('LD_CLIENT_TIMEOUT', `no answer within ${this.options.requestTimeoutMs} ms`, true) };
      }
      return { kind: 'retry', error: networkError(err) };
    } finally {
      clearTimeout(timer);
      this.closing.signal.removeEventListener('abort', onClose);
    }
  }

  close(): void {
    this.closing.abort();
  }

  private outcome(res: Response, text: string): SendOutcome {
    const body = parseJson(text);
    const ack = asAck(body);
    // 400 with an ack: every event of the batch was refused, each with its reason.
    if (ack !== undefined && (res.ok || res.status === 400)) return { kind: 'answered', accepted: ack.accepted, rejected: ack.rejected, status: res.status };
    const coded = asErrorBody(body);
    const code = coded?.code ?? 'LD_CLIENT_HTTP';
    const message = coded?.message ?? `HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
    if (res.status >= 500 || RETRY_STATUSES.has(res.status)) {
      const error = new LatencyDashError(code, message, true, res.status);
      return { kind: 'retry', error, retryAfterMs: parseRetryAfter(res.headers.get('retry-after')), status: res.status };
    }
    if (res.ok)
      return {
        kind: 'refused',
        error: new LatencyDashError('LD_CLIENT_HTTP', `unexpected answer: ${text.slice(0, 200)}`, false, res.status),
        status: res.status,
      };
    return { kind: 'refused', error: serverError(code, message, res.status), status: res.status };
  }
}

/** The proto3 JSON mapping the server reads; Unix ns as a decimal string (past 2^53 as a number). */
function toJson(e: ClientEvent, withTime: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { targetId: e.targetId, key: e.key, valueMs: e.valueMs };
  if (e.metadata !== undefined) out.metadata = e.metadata;
  if (withTime) out.serverTimestamp = `${Math.round(e.timeMs)}000000`;
  return out;
}

export function joinUrl(base: string, path: string): string {
  return base.endsWith('/') ? base + path : `${base}/${path}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function asAck(body: unknown): { accepted: number; rejected: Rejection[] } | undefined {
  const b = body as { accepted?: unknown; rejected?: unknown } | undefined;
  if (typeof b?.accepted !== 'number' || !Array.isArray(b.rejected)) return undefined;
  return { accepted: b.accepted, rejected: b.rejected as Rejection[] };
}

function asErrorBody(body: unknown): { code: string; message: string } | undefined {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof e?.code !== 'string') return undefined;
  return { code: e.code, message: typeof e.message === 'string' ? e.message : e.code };
}
