/**
 * Every error the server reports to a client has one of these codes, so
 * clients and operators can match on a stable string. The text is the
 * default explanation; call sites add specifics.
 */
export const ErrorCodes = {
  LD_ERR_MALFORMED: 'The message could not be decoded; send a ClientMessage encoded from latency.proto.',
  LD_ERR_UNKNOWN_MESSAGE: 'The message has no known field set; check the protocol version.',
  LD_ERR_WRONG_FRAME_TYPE: 'The frame type does not match the connection format (binary for protobuf, text for ?format=json).',
  LD_ERR_BAD_SUBSCRIPTION: 'The subscription is invalid.',
  LD_ERR_BAD_INTERVAL: 'The requested interval is out of range.',
  LD_ERR_BAD_TARGET: 'The target id is invalid.',
  LD_ERR_NOT_SUBSCRIBED: 'There is no subscription to that stream.',
  LD_ERR_BAD_EVENT: 'The event is invalid.',
  LD_ERR_BATCH_TOO_LARGE: 'The batch has too many events.',
  LD_ERR_BODY_TOO_LARGE: 'The request body is too large.',
  LD_ERR_UNSUPPORTED_MEDIA_TYPE: 'Unsupported Content-Type; use application/json or application/x-protobuf.',
  LD_ERR_BAD_REQUEST: 'The request is invalid.',
  LD_ERR_NOT_FOUND: 'Not found.',
  LD_ERR_UNAUTHORIZED: 'An API key is required: send it as "Authorization: Bearer <key>", "X-API-Key: <key>", or ?key=<key> on the WebSocket URL.',
  LD_ERR_FORBIDDEN: 'That API key does not allow this; ingest and changes need a write key.',
  LD_ERR_ORIGIN_NOT_ALLOWED: 'This origin is not in the server\'s allowed origins (--allowed-origins).',
  LD_ERR_TOO_MANY_CONNECTIONS: 'Too many WebSocket connections from this address; close some or raise --max-connections-per-address.',
  LD_ERR_RATE_LIMITED: 'Too many requests; slow down and retry after the time given in Retry-After.',
  LD_ERR_SHUTTING_DOWN: 'The server is shutting down; retry against another instance or after it restarts.',
  LD_ERR_INTERNAL: 'Internal error; the server logged the details.',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

/** An error with a stable code and an HTTP status, thrown by request handlers. */
export class LdError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ErrorCodes[code],
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = 'LdError';
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export function errorBody(code: ErrorCode, message: string = ErrorCodes[code]): ErrorBody {
  return { error: { code, message } };
}
