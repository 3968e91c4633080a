import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { LogLevel, ServerOptions } from './config.js';
import { demoTargetProblem, type DemoTarget } from './ingest/demo-targets.js';

export const USAGE = `latency-dash server

Usage: latency-dash [options]

  --port <n>                  port to listen on (env PORT, default 8080; 0 = any free port)
  --host <addr>               address to bind (env HOST, default 0.0.0.0)
  --no-demo                   do not generate demo events (env DEMO=false)
  --config <file>             JSON config file (env LATENCY_DASH_CONFIG): any option below, and "demoTargets"
  --window-samples <n>        samples per series window (env WINDOW_SAMPLES, default 1000)
  --inactivity-timeout-ms <n> remove idle, unwatched targets after this (env INACTIVITY_TIMEOUT_MS, default 90000)
  --sweep-interval-ms <n>     how often to look for idle targets (env SWEEP_INTERVAL_MS, default 30000)
  --read-keys <k1,k2>         API keys that may read; unset = open (env READ_KEYS)
  --write-keys <k1,k2>        API keys that may ingest and change rules; unset = open (env WRITE_KEYS)
  --allowed-origins <o1,o2>   browser origins allowed besides the server's own; * = any (env ALLOWED_ORIGINS, default *)
  --max-connections-per-address <n>  WebSockets per client address (env MAX_CONNECTIONS_PER_ADDRESS, default 200)
  --rate-limit-per-minute <n> API requests per minute per address (env RATE_LIMIT_PER_MINUTE, default 60000)
  --ws-messages-per-second <n> messages per second per WebSocket (env WS_MESSAGES_PER_SECOND, default 1000)
  --alert-webhooks <u1,u2>    URLs that get every alert change as JSON (env ALERT_WEBHOOKS)
  --history <file>            SQLite history file, :memory:, or off (env HISTORY_PATH, default data/latency-dash.sqlite)
  --retention-1s-hours <n>    hours of per-second history (env RETENTION_1S_HOURS, default 24)
  --retention-1m-days <n>     days of per-minute history (env RETENTION_1M_DAYS, default 30)
  --web-dir <dir>             built dashboard to serve at / (env WEB_DIR, default packages/web/dist)
  --log-level <level>         fatal|error|warn|info|debug|trace|silent (env LOG_LEVEL, default info)
  --pretty                    human-readable logs (env LOG_PRETTY=true)
  -h, --help                  show this help
`;

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A bad flag, env value or config file: main prints the message and exits 2. */
export class UsageError extends Error {}

function int(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`${name} must be a whole number, not "${text}"`);
  return Number(text);
}

function bool(name: string, text: string | undefined): boolean | undefined {
  if (text === undefined || text === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off)$/i.test(text)) return false;
  throw new UsageError(`${name} must be true or false, not "${text}"`);
}

function list(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function level(name: string, text: string | undefined): LogLevel | undefined {
  if (text === undefined || text === '') return undefined;
  if (!LEVELS.includes(text as LogLevel)) throw new UsageError(`${name} must be one of ${LEVELS.join(', ')}`);
  return text as LogLevel;
}

function readConfig(path: string): Partial<ServerOptions> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read config file ${path}: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`config file ${path} must hold a JSON object`);
  const config = parsed as Partial<ServerOptions> & { demoTargets?: Partial<DemoTarget>[] };
  if (config.demoTargets !== undefined) {
    if (!Array.isArray(config.demoTargets)) throw new UsageError(`${path}: demoTargets must be a list`);
    for (const t of config.demoTargets) {
      const problem = demoTargetProblem(t);
      if (problem) throw new UsageError(`${path}: demoTargets: ${problem}`);
    }
  }
  return config as Partial<ServerOptions>;
}

/** Options from flags, then environment, then config file (first found wins), over defaults. */
export function optionsFromCli(argv: string[], env: NodeJS.ProcessEnv): Partial<ServerOptions> | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      allowNegative: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        demo: { type: 'boolean' },
        config: { type: 'string' },
        'window-samples': { type: 'string' },
        'inactivity-timeout-ms': { type: 'string' },
        'sweep-interval-ms': { type: 'string' },
        'web-dir': { type: 'string' },
        history: { type: 'string' },
        'alert-webhooks': { type: 'string' },
        'read-keys': { type: 'string' },
        'write-keys': { type: 'string' },
        'allowed-origins': { type: 'string' },
        'max-connections-per-address': { type: 'string' },
        'rate-limit-per-minute': { type: 'string' },
        'ws-messages-per-second': { type: 'string' },
        'retention-1s-hours': { type: 'string' },
        'retention-1m-days': { type: 'string' },
        'log-level': { type: 'string' },
        pretty: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see --help)`);
  }
  if (values.help) return 'help';
  const configPath = values.config ?? env.LATENCY_DASH_CONFIG;
  const file = configPath ? readConfig(configPath) : {};
  const pick = <T>(...candidates: (T | undefined)[]): T | undefined => candidates.find((c) => c !== undefined);
  return {
    ...file,
    port: pick(int('--port', values.port), int('PORT', env.PORT), file.port),
    host: pick(values.host, env.HOST || undefined, file.host),
    demo: pick(values.demo, bool('DEMO', env.DEMO), file.demo),
    windowSamples: pick(int('--window-samples', values['window-samples']), int('WINDOW_SAMPLES', env.WINDOW_SAMPLES), file.windowSamples),
    inactivityTimeoutMs: pick(
      int('--inactivity-timeout-ms', values['inactivity-timeout-ms']),
      int('INACTIVITY_TIMEOUT_MS', env.INACTIVITY_TIMEOUT_MS),
      file.inactivityTimeoutMs,
    ),
    sweepIntervalMs: pick(int('--sweep-interval-ms', values['sweep-interval-ms']), int('SWEEP_INTERVAL_MS', env.SWEEP_INTERVAL_MS), file.sweepIntervalMs),
    readKeys: pick(list(values['read-keys']), list(env.READ_KEYS), file.readKeys),
    writeKeys: pick(list(values['write-keys']), list(env.WRITE_KEYS), file.writeKeys),
    allowedOrigins: pick(list(values['allowed-origins']), list(env.ALLOWED_ORIGINS), file.allowedOrigins),
    maxConnectionsPerAddress: pick(
      int('--max-connections-per-address', values['max-connections-per-address']),
      int('MAX_CONNECTIONS_PER_ADDRESS', env.MAX_CONNECTIONS_PER_ADDRESS),
      file.maxConnectionsPerAddress,
    ),
    rateLimitPerMinute: pick(int('--rate-limit-per-minute', values['rate-limit-per-minute']), int('RATE_LIMIT_PER_MINUTE', env.RATE_LIMIT_PER_MINUTE), file.rateLimitPerMinute),
    wsMessagesPerSecond: pick(int('--ws-messages-per-second', values['ws-messages-per-second']), int('WS_MESSAGES_PER_SECOND', env.WS_MESSAGES_PER_SECOND), file.wsMessagesPerSecond),
    alertWebhooks: pick(list(values['alert-webhooks']), list(env.ALERT_WEBHOOKS), file.alertWebhooks),
    historyPath: pick(values.history, env.HISTORY_PATH || undefined, file.historyPath),
    retentionPerSecondHours: pick(int('--retention-1s-hours', values['retention-1s-hours']), int('RETENTION_1S_HOURS', env.RETENTION_1S_HOURS), file.retentionPerSecondHours),
    retentionPerMinuteDays: pick(int('--retention-1m-days', values['retention-1m-days']), int('RETENTION_1M_DAYS', env.RETENTION_1M_DAYS), file.retentionPerMinuteDays),
    webDir: pick(values['web-dir'], env.WEB_DIR || undefined, file.webDir),
    logLevel: pick(level('--log-level', values['log-level']), level('LOG_LEVEL', env.LOG_LEVEL), file.logLevel),
    prettyLogs: pick(values.pretty, bool('LOG_PRETTY', env.LOG_PRETTY), file.prettyLogs),
  };
}
