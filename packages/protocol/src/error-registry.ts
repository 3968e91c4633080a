/**
 * Every error a client can see, with what it means for the client: the
 * HTTP status it comes with, the WebSocket close code when it ends a
 * connection, and whether trying again can help. Servers throw these codes
 * and never pick a status by hand; clients (the dashboard, the client
 * library) decide whether to reconnect from the same table. The errors page
 * (docs/errors.md) is generated from it and a test keeps them in sync.
 */

/** WebSocket close codes. 1xxx are standard; 4000–4499 are ours and worth retrying; 4500–4999 are ours and final. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  protocolError: 1002,
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
  messageTooBig: 1009,
  internalError: 1011,
  tryAgainLater: 1013,
  /** The client could not keep up and stayed stalled past the limit. */
  slowConsumer: 4001,
  /** Too many protocol errors in a short time. */
  tooManyErrors: 4002,
  /** Did not answer pings. */
  pingTimeout: 4003,
  /** No API key, or one the server does not know: reconnecting with the same key cannot help. */
  unauthorized: 4501,
  /** The key or the page's origin is not allowed to do this. */
  forbidden: 4503,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export interface CloseCodeInfo {
  readonly name: string;
  /** Whether a client should reconnect (with backoff) after this close. */
  readonly retry: boolean;
  readonly description: string;
}

/** What each close code means for a client. Codes not listed: retry (a network drop looks like 1006). */
export const CLOSE_CODES: Readonly<Record<CloseCode, CloseCodeInfo>> = {
  1000: { name: 'normal', retry: true, description: 'Closed without an error; a viewer that did not ask for it reconnects.' },
  1001: {
    name: 'going away',
    retry: true,
    description: 'The server is shutting down or restarting; reconnect (to another instance, or to this one when it is back).',
  },
  1002: { name: 'protocol error', retry: true, description: 'A WebSocket protocol violation.' },
  1003: { name: 'unsupported data', retry: true, description: 'A frame of a type the server does not take.' },
  1007: { name: 'invalid payload', retry: true, description: 'A frame whose data was not valid.' },
  1008: { name: 'policy violation', retry: true, description: 'The server refused what the client did.' },
  1009: { name: 'message too big', retry: true, description: 'A frame over the size limit (MAX_FRAME_BYTES); split it.' },
  1011: { name: 'internal error', retry: true, description: 'The server failed; it logged the details.' },
  1013: { name: 'try again later', retry: true, description: 'The server is overloaded; reconnect after a backoff.' },
  4001: { name: 'slow consumer', retry: true, description: 'The client stayed stalled past the limit; reconnect and resubscribe when ready.' },
  4002: { name: 'too many errors', retry: true, description: 'Too many protocol errors in 10 s; fix the client before reconnecting.' },
  4003: { name: 'ping timeout', retry: true, description: 'The client did not answer pings.' },
  4501: { name: 'unauthorized', retry: false, description: 'An API key is required or was not recognised; reconnect only with a valid key.' },
  4503: { name: 'forbidden', retry: false, description: 'This key or origin may not use the stream; ask an operator.' },
};

/** Whether a client should reconnect after a close with this code. */
export function shouldReconnect(code: number): boolean {
  const known = (CLOSE_CODES as Record<number, CloseCodeInfo | undefined>)[code];
  if (known !== undefined) return known.retry;
  return !(code >= 4500 && code <= 4999);
}

export interface ErrorInfo {
  /** HTTP status when an HTTP request fails with it. */
  readonly status: number;
  /** The close code when it ends a WebSocket connection; absent: the connection stays open. */
  readonly close?: CloseCode;
  /** Whether the same request can succeed later (after a backoff, or after Retry-After). */
  readonly retry: boolean;
  /** One line for humans: what it means and what to do. */
  readonly description: string;
}

export const ERRORS = {
  LD_ERR_MALFORMED: {
    status: 400,
    retry: false,
    description: 'The message or body could not be decoded; send a ClientMessage / EventBatch encoded from latency.proto, or valid JSON.',
  },
  LD_ERR_UNKNOWN_MESSAGE: { status: 400, retry: false, description: 'The message has no known field set; check the protocol version.' },
  LD_ERR_WRONG_FRAME_TYPE: {
    status: 400,
    retry: false,
    description: 'The frame type does not match the connection format (binary for protobuf, text for ?format=json).',
  },
  LD_ERR_BAD_SUBSCRIPTION: { status: 400, retry: false, description: 'The subscription is invalid.' },
  LD_ERR_BAD_INTERVAL: { status: 400, retry: false, description: 'The requested interval is out of range.' },
  LD_ERR_BAD_TARGET: { status: 400, retry: false, description: 'The target id is invalid.' },
  LD_ERR_NOT_SUBSCRIBED: { status: 400, retry: false, description: 'There is no subscription to that stream.' },
  LD_ERR_BAD_EVENT: {
    status: 400,
    retry: false,
    description: 'The event is invalid; the rejection says which field and why. Other events of the batch were kept.',
  },
  LD_ERR_BATCH_TOO_LARGE: { status: 413, retry: false, description: 'The batch has too many events; split it.' },
  LD_ERR_BODY_TOO_LARGE: { status: 413, retry: false, description: 'The request body is too large; split the batch.' },
  LD_ERR_FRAME_TOO_LARGE: {
    status: 413,
    close: CloseCode.messageTooBig,
    retry: true,
    description: 'A WebSocket frame over the size limit; the connection is closed. Send smaller frames.',
  },
  LD_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, retry: false, description: 'Unsupported Content-Type; use application/json or application/x-protobuf.' },
  LD_ERR_BAD_REQUEST: { status: 400, retry: false, description: 'The request is invalid; the message says which parameter and why.' },
  LD_ERR_NOT_FOUND: { status: 404, retry: false, description: 'Not found.' },
  LD_ERR_UNAUTHORIZED: {
    status: 401,
    close: CloseCode.unauthorized,
    retry: false,
    description: 'An API key is required: send it as "Authorization: Bearer <key>", "X-API-Key: <key>", or ?key=<key> on the WebSocket URL.',
  },
  LD_ERR_FORBIDDEN: {
    status: 403,
    close: CloseCode.forbidden,
    retry: false,
    description: 'That API key does not allow this; ingest and changes need a write key.',
  },
  LD_ERR_ORIGIN_NOT_ALLOWED: {
    status: 403,
    close: CloseCode.forbidden,
    retry: false,
    description: "This origin is not in the server's allowed origins (--allowed-origins).",
  },
  LD_ERR_TOO_MANY_CONNECTIONS: {
    status: 429,
    close: CloseCode.tryAgainLater,
    retry: true,
    description:
      'Too many connections from this address: WebSockets over --max-connections-per-address, or TCP connections over --max-http-connections-per-address; close some and retry.',
  },
  LD_ERR_TOO_MANY_SUBSCRIPTIONS: {
    status: 429,
    retry: false,
    description: 'The connection watches as many streams as allowed (--max-subscriptions-per-connection); unsubscribe from one first.',
  },
  LD_ERR_RATE_LIMITED: { status: 429, retry: true, description: 'Too many requests or messages; slow down and retry after the time given in Retry-After.' },
  LD_ERR_TOO_MANY_ERRORS: {
    status: 400,
    close: CloseCode.tooManyErrors,
    retry: true,
    description: 'Too many protocol errors in 10 s; the connection is closed.',
  },
  LD_ERR_SLOW_CONSUMER: {
    status: 503,
    close: CloseCode.slowConsumer,
    retry: true,
    description: 'The viewer stayed stalled past the limit; the connection is closed. Reconnect when ready.',
  },
  LD_ERR_SHUTTING_DOWN: {
    status: 503,
    close: CloseCode.goingAway,
    retry: true,
    description: 'The server is shutting down; retry against another instance or after it restarts.',
  },
  LD_ERR_INTERNAL: { status: 500, retry: true, description: 'Internal error; the server logged the details.' },
  LD_ERR_SERIES_LIMIT: {
    status: 422,
    retry: false,
    description:
      'The event would create a series beyond a limit (--max-series-per-target, --max-series); it was refused, other events of the batch were kept. Events of existing series still count.',
  },
  LD_ERR_TARGET_LIMIT: {
    status: 422,
    retry: false,
    description:
      'The event would create a target beyond --max-targets; it was refused, other events of the batch were kept. Idle targets are removed after --inactivity-timeout-ms.',
  },
  LD_ERR_METADATA_LIMIT: {
    status: 422,
    retry: false,
    description:
      'The event would add a metadata combination to its key beyond --max-metadata-combinations; it was refused, other events of the batch were kept. Keep ids out of metadata.',
  },
  LD_ERR_REQUEST_TIMEOUT: {
    status: 408,
    retry: true,
    description: 'The request (headers or body) did not arrive in time (--headers-timeout-ms, --request-timeout-ms); the connection is closed.',
  },
  LD_ERR_HEADERS_TOO_LARGE: { status: 431, retry: false, description: 'The request headers are too large; send fewer or shorter headers.' },
  LD_ERR_STORAGE_UNAVAILABLE: {
    status: 503,
    retry: true,
    description:
      'The server could not read or write its SQLite file (disk full, read-only, I/O error); nothing was changed. Retry once an operator has fixed the disk: GET /health names the file and the problem.',
  },
  LD_ERR_UNSUPPORTED_ENCODING: {
    status: 415,
    retry: false,
    description: 'Unsupported Content-Encoding; send the body as is or gzip-compressed (OTEL_EXPORTER_OTLP_COMPRESSION=gzip).',
  },
  LD_ERR_OTLP_BUSY: {
    status: 503,
    retry: true,
    description: 'The server is applying as many OTLP exports as it allows at once (--otlp-max-concurrent); retry after the time given in Retry-After.',
  },
  LD_ERR_WAL_UNAVAILABLE: {
    status: 503,
    retry: true,
    description:
      'With --wal-fsync always an acknowledgement means the batch is on disk, and the write-ahead log cannot write (disk full or failing): the batch is not acknowledged. Retry with backoff; the server keeps serving, and takes batches again once a test write succeeds (checked every second).',
  },
  LD_ERR_BAD_VIEW: {
    status: 400,
    retry: false,
    description:
      "The subscription's view is invalid (an unknown sort column, a limit of 0 or over --max-view-rows, a filter too long, too many pinned series); the message says which. Nothing changed: the connection's subscriptions stay as they were.",
  },
  LD_ERR_TOO_MANY_VIEWS: {
    status: 429,
    retry: true,
    description:
      'The target already has as many distinct views (sort, filters, window) as allowed (--max-views-per-target); subscribe with a view others watch, or retry later.',
  },
  LD_ERR_CLUSTER_UNAVAILABLE: {
    status: 503,
    retry: true,
    description:
      'Cluster mode (--redis): Redis did not take the batch, so it is not acknowledged and nothing of it was applied. Retry with backoff; GET /health shows the cluster degraded until Redis answers again.',
  },
  LD_ERR_TARGET_MOVING: {
    status: 503,
    retry: true,
    description:
      "Cluster mode: the target's partition is moving between nodes (one joined, left or failed) and its new owner had not finished rebuilding its windows within the wait; retry after Retry-After. Nothing was changed.",
  },
} as const satisfies Record<string, ErrorInfo>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

export function errorInfo(code: ErrorCode): ErrorInfo {
  return ERRORS[code];
}

/** The JSON body of every HTTP error. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** The errors page: a Markdown table of every code, then every close code. */
export function errorsMarkdown(): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    '# Errors',
    '',
    'Generated from `packages/protocol/src/error-registry.ts` by `npm run docs`; a test fails when this page is stale.',
    'HTTP errors answer `{"error": {"code": "LD_ERR_…", "message": "…"}}`; WebSocket errors are `error{code, message}` messages,',
    'and the ones with a close code end the connection with it.',
    '',
    '| code | HTTP | close | retry | meaning |',
    '|---|---|---|---|---|',
    ...ERROR_CODES.map((code) => {
      const e: ErrorInfo = ERRORS[code];
      return `| \`${code}\` | ${e.status} | ${e.close ?? ''} | ${e.retry ? 'yes' : 'no'} | ${cell(e.description)} |`;
    }),
    '',
    '## WebSocket close codes',
    '',
    '4000–4499: reconnect with backoff. 4500–4999: final; reconnecting cannot help until something changes (the key, the allowed origins).',
    '',
    '| code | name | reconnect | meaning |',
    '|---|---|---|---|',
    ...Object.entries(CLOSE_CODES).map(([code, c]) => `| ${code} | ${c.name} | ${c.retry ? 'yes' : 'no'} | ${cell(c.description)} |`),
    '',
  ];
  return lines.join('\n');
}
