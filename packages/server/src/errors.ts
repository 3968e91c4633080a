import { ERRORS, type ErrorBody, type ErrorCode } from '@latency-dash/protocol';

export type { ErrorBody, ErrorCode } from '@latency-dash/protocol';

/**
 * An error with a stable code, thrown by request handlers and hooks. Its
 * HTTP status comes from the error registry (packages/protocol), never
 * from the call site.
 */
export class LdError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string = ERRORS[code].description,
  ) {
    super(message);
    this.name = 'LdError';
    this.statusCode = ERRORS[code].status;
  }
}

export function errorBody(code: ErrorCode, message: string = ERRORS[code].description): ErrorBody {
  return { error: { code, message } };
}
