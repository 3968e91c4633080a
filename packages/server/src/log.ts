import pino, { type Logger } from 'pino';
import sonicBoom, { type SonicBoom, type SonicBoomOpts } from 'sonic-boom';

// The package is CommonJS: Node's ESM loader sees only its default export, the class itself.
const SonicBoomClass = sonicBoom as unknown as typeof SonicBoom;
import type { LogLevel } from './options/index.js';

/** Log output that could not be written, for /metrics: stdout is the process's, so these are too. */
export interface LogOutputStats {
  /** Lines dropped because the reader of stdout fell LOG_BUFFER_BYTES behind. */
  linesDropped: number;
  /** Writes that failed (EPIPE: nobody reads stdout any more; EAGAIN retried to exhaustion). */
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
/** A full pipe is retried every 100 ms (sonic-boom's pace), this many times in a row, before the write counts as failed. */
const WRITE_RETRIES = 20;

const outputs = new Set<SonicBoom>();
const outputOf = new WeakMap<Logger, SonicBoom>();

function stdoutDestination(): SonicBoom {
  // maxWriteRetries (sonic-boom 5) is missing from its type definitions.
  const opts: SonicBoomOpts & { maxWriteRetries: number } = { fd: 1, sync: false, maxLength: LOG_BUFFER_BYTES, maxWriteRetries: WRITE_RETRIES };
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

/** A server stopping: its lines written (bounded, as flushLogs), its output no longer kept. */
export function releaseLogger(log: Logger): void {
  const dest = outputOf.get(log);
  if (dest === undefined) {
    log.flush?.();
    return;
  }
  flushOne(dest);
  outputs.delete(dest);
}

function flushOne(dest: SonicBoom): void {
  try {
    dest.flushSync();
  } catch (err) {
    logOutput.writeErrors++;
    logOutput.lastError = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  }
}

/**
 * Writes what is buffered before the process exits. Bounded: a full pipe is
 * retried WRITE_RETRIES times, a broken one gives up at once; either is
 * counted, never thrown.
 */
export function flushLogs(): void {
  for (const dest of outputs) flushOne(dest);
}

/** What the subsystems log through: pino's logger or Fastify's (app.log), which is the same pino logger. */
export type Log = Pick<Logger, 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'>;
