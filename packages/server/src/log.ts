import pino, { type Logger } from 'pino';
import type { LogLevel } from './config.js';

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
