import pino, { type Logger } from 'pino';
import type { LogLevel } from './options/index.js';

/** JSON lines by default (for machines), pretty for a terminal when asked. */
export function createLogger(level: LogLevel, pretty: boolean): Logger {
  return pino({
    level,
    base: { service: 'latency-dash' },
    // No secret ever reaches the logs through a request header.
    redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], remove: true },
    transport: pretty ? { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } } : undefined,
  });
}

/** What the subsystems log through: pino's logger or Fastify's (app.log), which is the same pino logger. */
export type Log = Pick<Logger, 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'>;
