import { ERRORS } from '@latency-dash/protocol';

/**
 * Why a send failed. `code` is the server's `LD_ERR_*` code when it gave
 * one (see docs/errors.md), otherwise one of the client's own:
 * `LD_CLIENT_NETWORK` (could not connect, or the connection dropped),
 * `LD_CLIENT_TIMEOUT` (no answer within requestTimeoutMs), `LD_CLIENT_HTTP`
 * (an HTTP status without a coded body), `LD_CLIENT_CLOSED` (close() gave up).
 */
export class LatencyDashError extends Error {
  override readonly name = 'LatencyDashError';

  constructor(
    readonly code: string,
    message: string,
    /** Whether trying again can help. */
    readonly retryable: boolean,
    /** The HTTP status, or the WebSocket close code, when there was one. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** A failure to reach the server at all (as opposed to an answer refusing something). */
  get unreachable(): boolean {
    return this.code === 'LD_CLIENT_NETWORK' || this.code === 'LD_CLIENT_TIMEOUT';
  }
}

export function networkError(err: unknown): LatencyDashError {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const detail = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : String((err as Error)?.message ?? err);
  return new LatencyDashError('LD_CLIENT_NETWORK', `could not reach the server (${detail})`, true);
}

/** Whether the server's error registry says a code is worth retrying; unknown codes are not. */
export function codeIsRetryable(code: string): boolean {
  const info = (ERRORS as Record<string, { retry: boolean } | undefined>)[code];
  return info?.retry ?? false;
}

export function serverError(code: string, message: string, status?: number): LatencyDashError {
  return new LatencyDashError(code, message, codeIsRetryable(code), status);
}
