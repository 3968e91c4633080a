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

/** What each code means, for `latency-dash --help` and the README's table (a test keeps the two alike). */
export const EXIT_MEANINGS: Readonly<Record<ExitCode, string>> = {
  [EXIT.ok]: 'done',
  [EXIT.failed]: 'the work ran but failed (events refused, server errors, a bench that crashed)',
  [EXIT.usage]: 'bad arguments or settings: nothing was done',
  [EXIT.unreachable]: 'the server could not be reached',
  [EXIT.interrupted]: 'stopped by SIGINT/SIGTERM after reporting what was done',
};
