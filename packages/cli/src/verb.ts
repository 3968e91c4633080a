// One verb of the `latency-dash` command. Verbs get their arguments (after the verb) and the process' streams,
// and answer with an exit code, so tests can run them in-process and the dispatcher owns process.exit.
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  /** Aborted on SIGINT/SIGTERM: long-running verbs stop, report, and return. */
  readonly signal: AbortSignal;
}

export interface Verb {
  readonly name: string;
  /** One line for the command's own --help. */
  readonly summary: string;
  /** The verb's --help text (a promise when it comes from a module loaded on use). */
  help(): string | Promise<string>;
  /**
   * The verb handles SIGINT/SIGTERM itself (serve's graceful shutdown), so the dispatcher leaves them alone;
   * otherwise the first signal aborts CliIo.signal and a second one exits with EXIT.interrupted.
   */
  readonly handlesSignals?: boolean;
  /** Resolves to the process' exit code (see EXIT in exit-codes.ts). */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** A bad argument: the dispatcher prints `latency-dash <verb>: <message>` on one line and exits with EXIT.usage. */
export class UsageError extends Error {}
