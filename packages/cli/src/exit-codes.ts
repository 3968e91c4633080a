// Exit codes of every verb, documented in the README ("The latency-dash command").
export const EXIT = {
  ok: 0,
  /** The work ran but failed: events refused, server errors, a bench below its bar. */
  failed: 1,
  /** Bad arguments or settings: nothing was done. */
  usage: 2,
  /** The server could not be reached (connection refused, DNS, timeout). */
  unreachable: 3,
  /** Stopped by SIGINT/SIGTERM after reporting what was done. */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
