import { fileURLToPath } from 'node:url';
import { DEFAULT_DEMO_TARGETS, type DemoTarget } from './ingest/demo-targets.js';
import type { Clock } from './clock.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Every setting of a server. Each has a default; see main.ts for flags and env names. */
export interface ServerOptions {
  port: number;
  host: string;
  /** Run the demo generator (SPEC F1.1). */
  demo: boolean;
  demoTargets: DemoTarget[];
  /** Samples per series window (SPEC F2). */
  windowSamples: number;
  /** A target idle and unwatched this long is removed (SPEC F8). */
  inactivityTimeoutMs: number;
  sweepIntervalMs: number;
  /** WebSocket ping period; a connection that missed one pong is dropped. */
  heartbeatIntervalMs: number;
  /** A viewer with more than this unsent is skipped until it drains. */
  maxBufferedBytes: number;
  /** A viewer skipped for this long is disconnected. */
  stallTimeoutMs: number;
  /** Protocol errors tolerated per connection per 10 s before it is closed. */
  maxErrorsPer10s: number;
  /** Built dashboard to serve at `/`; undefined or missing folder = a hint page. */
  webDir: string | undefined;
  /** API keys that may read; empty = reading is open (SPEC F10). */
  readKeys: string[];
  /** API keys that may write (ingest, alert rules) and read; empty = writing is open. */
  writeKeys: string[];
  /** Browser origins allowed to call the API and open WebSockets; '*' = any. Same-origin is always allowed. */
  allowedOrigins: string[];
  maxConnectionsPerAddress: number;
  /** HTTP API requests per minute per address. */
  rateLimitPerMinute: number;
  /** WebSocket messages per second per connection (a burst of twice that is allowed). */
  wsMessagesPerSecond: number;
  /** Alert rules created at start when no rule of that name exists (from the config file). */
  alertRules: unknown[];
  /** Webhook URLs that get every alert change, whatever the rule. */
  alertWebhooks: string[];
  /** SQLite file for history (SPEC F7); ':memory:' keeps it in memory, 'off' disables history. */
  historyPath: string;
  /** Hours of per-second rollups kept. */
  retentionPerSecondHours: number;
  /** Days of per-minute rollups kept. */
  retentionPerMinuteDays: number;
  logLevel: LogLevel;
  /** Pretty logs for a terminal instead of JSON lines. */
  prettyLogs: boolean;
  clock?: Clock;
}

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

export const DEFAULT_OPTIONS: ServerOptions = {
  port: 8080,
  host: '0.0.0.0',
  demo: true,
  demoTargets: DEFAULT_DEMO_TARGETS,
  windowSamples: 1000,
  inactivityTimeoutMs: 90_000,
  sweepIntervalMs: 30_000,
  heartbeatIntervalMs: 30_000,
  maxBufferedBytes: 1024 * 1024,
  stallTimeoutMs: 15_000,
  maxErrorsPer10s: 20,
  webDir: DEFAULT_WEB_DIR,
  readKeys: [],
  writeKeys: [],
  allowedOrigins: ['*'],
  maxConnectionsPerAddress: 200,
  rateLimitPerMinute: 60_000,
  wsMessagesPerSecond: 1000,
  alertRules: [],
  alertWebhooks: [],
  historyPath: 'data/latency-dash.sqlite',
  retentionPerSecondHours: 24,
  retentionPerMinuteDays: 30,
  logLevel: 'info',
  prettyLogs: process.stdout.isTTY === true,
};

export function resolveOptions(partial: Partial<ServerOptions> = {}): ServerOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<ServerOptions>;
  const options = { ...DEFAULT_OPTIONS, ...defined };
  const problems: string[] = [];
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) problems.push(`port ${options.port} is not 0-65535`);
  if (!Number.isInteger(options.windowSamples) || options.windowSamples < 1 || options.windowSamples > 100_000) {
    problems.push(`windowSamples ${options.windowSamples} is not 1-100000`);
  }
  for (const f of ['inactivityTimeoutMs', 'sweepIntervalMs', 'heartbeatIntervalMs', 'maxBufferedBytes', 'stallTimeoutMs', 'maxErrorsPer10s', 'retentionPerSecondHours', 'retentionPerMinuteDays', 'maxConnectionsPerAddress', 'rateLimitPerMinute', 'wsMessagesPerSecond'] as const) {
    if (!Number.isFinite(options[f]) || options[f] <= 0) problems.push(`${f} must be a positive number`);
  }
  if (problems.length > 0) throw new RangeError(`invalid settings: ${problems.join('; ')}`);
  return options;
}
