import pino, { type Logger } from 'pino';
import sonicBoom, { type SonicBoom, type SonicBoomOpts } from 'sonic-boom';

// The package is CommonJS: Node's ESM loader sees only its default export, the class itself.
const SonicBoomClass = sonicBoom as unknown as typeof SonicBoom;
import type { LogLevel } from './options/index.js';

/** Log output that could not be written, for /metrics: stdout is the process's, so these are too. */
export interface LogOutputStats {
  /** Lines dropped because the reader of stdout fell LOG_BUFFER_BYTES behind. */
  linesDropped: number;
  /** Writes that failed (EPIPE: nobody reads stdout any more; EAGAIN: a pipe still full when the process stopped). */
  writeErrors: number;
  /** The last write error's code, e.g. EPIPE. */
  lastError: string | undefined;
}

export const logOutput: LogOutputStats = { linesDropped: 0, writeErrors: 0, lastError: undefined };

/**
 * Log lines waiting for a slow stdout reader, at most: past this they are
 * dropped and counted. A log shipper that stalls must cost the server some
 * lines, never its event loop (pino's default synchronous stdout sleeps in
 * the writing thread while the pipe is full, and its flush retried a broken
 * pipe for ever, so a server whose reader died could not even stop).
 */
const LOG_BUFFER_BYTES = 4 * 1024 * 1024;
/**
 * How long a stopping process waits for a full pipe to take its last lines.
 * While it runs, a full pipe is retried every 100 ms (sonic-boom's pace) for
 * as long as it stays full: the lines wait in the buffer above, so a reader
 * that stalls and comes back loses nothing, and the retries cost a timer.
 */
const EXIT_FLUSH_MS = 2_000;

const outputs = new Set<SonicBoom>();
const outputOf = new WeakMap<Logger, SonicBoom>();
/** Set once the process is stopping: past it a full pipe is given up (counted), so a reader that never reads cannot keep the process. */
const giveUpAt = new WeakMap<SonicBoom, number>();

function stdoutDestination(): SonicBoom {
  const opts: SonicBoomOpts = {
    fd: 1,
    sync: false,
    maxLength: LOG_BUFFER_BYTES,
    // Called only after a write, so dest is set by then.
    retryEAGAIN: () => {
      const deadline = giveUpAt.get(dest);
      return deadline === undefined || performance.now() < deadline;
    },
  };
  const dest = new SonicBoomClass(opts);
  dest.on('drop', () => {
    logOutput.linesDropped++;
  });
  dest.on('error', (err: NodeJS.ErrnoException) => {
    logOutput.writeErrors++;
    logOutput.lastError = err.code ?? err.message;
  });
  outputs.add(dest);
  return dest;
}

/** JSON lines by default (for machines), pretty for a terminal when asked. */
export function createLogger(level: LogLevel, pretty: boolean): Logger {
  const options = {
    level,
    base: { service: 'latency-dash' },
    // No secret ever reaches the logs through a request header.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], remove: true },
  };
  if (pretty) return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } });
  const dest = stdoutDestination();
  const log = pino(options, dest);
  outputOf.set(log, dest);
  return log;
}

/**
 * A server stopping: its lines written, waiting up to EXIT_FLUSH_MS for a
 * full pipe, then its output no longer kept. Waiting for the write in flight
 * matters: a synchronous flush beside it cannot wait for it, and a process
 * that exits then loses that chunk.
 */
export async function releaseLogger(log: Logger): Promise<void> {
  const dest = outputOf.get(log);
  if (dest === undefined) {
    log.flush?.();
    return;
  }
  giveUpAt.set(dest, performance.now() + EXIT_FLUSH_MS);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, EXIT_FLUSH_MS);
    dest.flush(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  flushOne(dest);
  outputs.delete(dest);
}

function flushOne(dest: SonicBoom): void {
  if (!giveUpAt.has(dest)) giveUpAt.set(dest, performance.now() + EXIT_FLUSH_MS);
  try {
    dest.flushSync();
  } catch (err) {
    logOutput.writeErrors++;
    logOutput.lastError = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  }
}

/**
 * Writes what is buffered before the process exits (a forced exit: no time to
 * wait for a write in flight). Bounded: a full pipe is retried for
 * EXIT_FLUSH_MS, a broken one gives up at once; either is counted, never thrown.
 */
export function flushLogs(): void {
  for (const dest of outputs) flushOne(dest);
}

/** What the subsystems log through: pino's logger or Fastify's (app.log), which is the same pino logger. */
export type Log = Pick<Logger, 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'>;
