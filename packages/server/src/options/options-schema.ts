import { fileURLToPath } from 'node:url';
import Type, { type Static, type TSchema } from 'typebox';
import type { Clock } from '../clock.js';
import { DEFAULT_DEMO_TARGETS, demoTargetProblem, type DemoTarget } from '../ingest/demo-targets.js';
import { webhookUrlsProblem } from './url-checks.js';
import { otlpGrpcPortProblem, otlpMetadataProblem, otlpTargetFromProblem, SPAN_KINDS, type SpanKindName } from '../otlp/otlp-settings.js';
import { trustProxyProblem } from './trust-proxy.js';
import { postgresUrlProblem } from '../storage/postgres-url.js';

/**
 * THE list of server settings. Everything else is generated from it: the `ServerOptions` type,
 * `DEFAULT_OPTIONS`, the command-line flags (parse-options.ts), the environment variables, the
 * config-file checks and `--help` (usage.ts).
 *
 * To add a setting, add one entry to OPTION_SPECS below (and read it in app.ts). Nothing else.
 */

/** Help sections, in the order `--help` prints them. */
export const GROUPS = {
  server: 'Server',
  demo: 'Demo traffic',
  metrics: 'Series',
  fanout: 'WebSocket delivery',
  security: 'Security',
  alerts: 'Alerts',
  history: 'History',
  otlp: 'OpenTelemetry (OTLP)',
  cluster: 'Cluster (Redis)',
} as const;
export type Group = keyof typeof GROUPS;

export interface OptionSpec<S extends TSchema = TSchema> {
  /** TypeBox type with its bounds: the one check for flags, environment, config file and code. */
  type: S;
  default: Static<S>;
  /** `--flag` name without dashes; a boolean also gets `--no-<flag>`. None = config file only. */
  flag?: string;
  /** Environment variable. None = config file only. */
  env?: string;
  /** Placeholder of the flag's value in `--help`; by default from the type (`<n>`, `<list>`, ...). */
  arg?: string;
  /** One line for `--help`. */
  help: string;
  /** The default as `--help` shows it, when printing the value would mislead. */
  defaultText?: string;
  group: Group;
  /** A check the type cannot express; returns the reason, or undefined when the value is fine. */
  refine?(value: Static<S>): string | undefined;
}

/** Checks the default against the type at compile time (`default: Static<S>`). */
function option<S extends TSchema>(spec: OptionSpec<S>): OptionSpec<S> {
  return spec;
}

/** setTimeout/setInterval treat anything above this as 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;
const timerMs = () => Type.Integer({ minimum: 1, maximum: MAX_TIMER_MS });
const positiveInt = () => Type.Integer({ minimum: 1 });
const names = () => Type.Array(Type.String({ minLength: 1 }));

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LogLevelType = Type.Enum([...LOG_LEVELS]);
export type LogLevel = Static<typeof LogLevelType>;

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

function demoTargetsProblem(targets: DemoTarget[]): string | undefined {
  for (const [i, t] of targets.entries()) {
    const problem = demoTargetProblem(t);
    if (problem) return `demoTargets[${i}]: ${problem}`;
  }
  return undefined;
}

export const OPTION_SPECS = {
  port: option({
    type: Type.Integer({ minimum: 0, maximum: 65535 }),
    default: 8080,
    flag: 'port',
    env: 'PORT',
    help: 'port to listen on; 0 = any free port',
    group: 'server',
  }),
  host: option({ type: Type.String({ minLength: 1 }), default: '0.0.0.0', flag: 'host', env: 'HOST', arg: '<addr>', help: 'address to bind', group: 'server' }),
  webDir: option({
    type: Type.String({ minLength: 1 }),
    default: DEFAULT_WEB_DIR,
    defaultText: 'packages/web/dist',
    flag: 'web-dir',
    env: 'WEB_DIR',
    arg: '<dir>',
    help: 'built dashboard to serve at /; a missing folder serves a hint page',
    group: 'server',
  }),
  logLevel: option({ type: LogLevelType, default: 'info', flag: 'log-level', env: 'LOG_LEVEL', arg: '<level>', help: 'how much to log', group: 'server' }),
  prettyLogs: option({
    type: Type.Boolean(),
    default: process.stdout.isTTY === true,
    defaultText: 'on in a terminal',
    flag: 'pretty',
    env: 'LOG_PRETTY',
    help: 'human-readable logs instead of JSON lines',
    group: 'server',
  }),

  demo: option({ type: Type.Boolean(), default: true, flag: 'demo', env: 'DEMO', help: 'generate demo events', group: 'demo' }),
  demoTargets: option({
    type: Type.Array(Type.Unsafe<DemoTarget>(Type.Object({}))),
    default: DEFAULT_DEMO_TARGETS,
    defaultText: DEFAULT_DEMO_TARGETS.map((t) => t.targetId).join(', '),
    help: 'demo targets: a list of {targetId, keys, minIntervalMs, maxIntervalMs, minPayloadBytes, maxPayloadBytes}',
    group: 'demo',
    refine: demoTargetsProblem,
  }),

  windowSamples: option({
    type: Type.Integer({ minimum: 1, maximum: 100_000 }),
    default: 1000,
    flag: 'window-samples',
    env: 'WINDOW_SAMPLES',
    help: 'samples per series window',
    group: 'metrics',
  }),
  maxValueMs: option({
    // A bound keeps every window sum finite: 100,000 samples × 1e12 ms is far below Number.MAX_VALUE.
    type: Type.Number({ exclusiveMinimum: 0, maximum: 1e12 }),
    default: 3_600_000,
    flag: 'max-value-ms',
    env: 'MAX_VALUE_MS',
    help: 'largest valueMs an event may carry (ms); larger ones are refused with a reason',
    group: 'metrics',
  }),
  inactivityTimeoutMs: option({
    type: timerMs(),
    default: 90_000,
    flag: 'inactivity-timeout-ms',
    env: 'INACTIVITY_TIMEOUT_MS',
    help: 'remove a target idle and unwatched this long',
    group: 'metrics',
  }),
  sweepIntervalMs: option({
    type: timerMs(),
    default: 30_000,
    flag: 'sweep-interval-ms',
    env: 'SWEEP_INTERVAL_MS',
    help: 'how often to look for idle targets',
    group: 'metrics',
  }),

  heartbeatIntervalMs: option({
    type: timerMs(),
    default: 30_000,
    flag: 'heartbeat-interval-ms',
    env: 'HEARTBEAT_INTERVAL_MS',
    help: 'WebSocket ping period; a connection that missed one pong is dropped',
    group: 'fanout',
  }),
  maxBufferedBytes: option({
    type: positiveInt(),
    default: 1024 * 1024,
    flag: 'max-buffered-bytes',
    env: 'MAX_BUFFERED_BYTES',
    help: 'a viewer with more than this unsent is skipped until it drains',
    group: 'fanout',
  }),
  stallTimeoutMs: option({
    type: timerMs(),
    default: 15_000,
    flag: 'stall-timeout-ms',
    env: 'STALL_TIMEOUT_MS',
    help: 'a viewer skipped this long is disconnected',
    group: 'fanout',
  }),
  maxErrorsPer10s: option({
    type: positiveInt(),
    default: 20,
    flag: 'max-errors-per-10s',
    env: 'MAX_ERRORS_PER_10S',
    help: 'protocol errors tolerated per connection per 10 s before it is closed',
    group: 'fanout',
  }),

  readKeys: option({
    type: names(),
    default: [],
    flag: 'read-keys',
    env: 'READ_KEYS',
    arg: '<k1,k2>',
    help: 'API keys that may read; none = reading is open',
    group: 'security',
  }),
  writeKeys: option({
    type: names(),
    default: [],
    flag: 'write-keys',
    env: 'WRITE_KEYS',
    arg: '<k1,k2>',
    help: 'API keys that may ingest and change rules (and read); none = writing is open',
    group: 'security',
  }),
  allowedOrigins: option({
    type: names(),
    default: ['*'],
    flag: 'allowed-origins',
    env: 'ALLOWED_ORIGINS',
    arg: '<o1,o2>',
    help: "browser origins allowed besides the server's own; * = any",
    group: 'security',
  }),
  maxConnectionsPerAddress: option({
    type: positiveInt(),
    default: 200,
    flag: 'max-connections-per-address',
    env: 'MAX_CONNECTIONS_PER_ADDRESS',
    help: 'WebSockets per client address',
    group: 'security',
  }),
  rateLimitPerMinute: option({
    type: positiveInt(),
    default: 60_000,
    flag: 'rate-limit-per-minute',
    env: 'RATE_LIMIT_PER_MINUTE',
    help: 'API requests per minute per address',
    group: 'security',
  }),
  wsMessagesPerSecond: option({
    type: positiveInt(),
    default: 1000,
    flag: 'ws-messages-per-second',
    env: 'WS_MESSAGES_PER_SECOND',
    help: 'messages per second per WebSocket (bursts of twice that pass)',
    group: 'security',
  }),
  maxSubscriptionsPerConnection: option({
    type: positiveInt(),
    default: 100,
    flag: 'max-subscriptions-per-connection',
    env: 'MAX_SUBSCRIPTIONS_PER_CONNECTION',
    help: 'streams (target × view) one WebSocket may watch at once',
    group: 'security',
  }),

  alertWebhooks: option({
    type: names(),
    default: [],
    flag: 'alert-webhooks',
    env: 'ALERT_WEBHOOKS',
    arg: '<u1,u2>',
    help: 'URLs that get every alert change as JSON',
    group: 'alerts',
    refine: webhookUrlsProblem,
  }),
  alertRules: option({
    // Each rule is checked by the alerts module when it is seeded (alerts/seed-rules.ts).
    type: Type.Array(Type.Unsafe<unknown>(Type.Object({}))),
    default: [],
    help: 'alert rules created at start unless one of that name exists',
    group: 'alerts',
  }),

  historyPath: option({
    type: Type.String({ minLength: 1 }),
    default: 'data/latency-dash.sqlite',
    flag: 'history',
    env: 'HISTORY_PATH',
    arg: '<file|url>',
    help: 'SQLite history file, :memory:, off, or postgres://user@host:port/db (history and alert rules shared by a cluster)',
    group: 'history',
    refine: postgresUrlProblem,
  }),
  retentionPerSecondHours: option({
    type: positiveInt(),
    default: 24,
    flag: 'retention-1s-hours',
    env: 'RETENTION_1S_HOURS',
    help: 'hours of per-second history kept',
    group: 'history',
  }),
  retentionPerMinuteDays: option({
    type: positiveInt(),
    default: 30,
    flag: 'retention-1m-days',
    env: 'RETENTION_1M_DAYS',
    help: 'days of per-minute history kept',
    group: 'history',
  }),

  // Cardinality limits (issue 8). A series with a full 1000-sample window is ~11 KiB, so the
  // defaults hold the worst case near 550 MiB of series, inside a 1 GiB, 2-core deployment.
  maxSeriesPerTarget: option({
    type: Type.Integer({ minimum: 2 }),
    default: 10_000,
    flag: 'max-series-per-target',
    env: 'MAX_SERIES_PER_TARGET',
    help: 'series per target, combined and split counted; events that need a new one beyond it are refused',
    group: 'metrics',
  }),
  maxSeries: option({
    type: Type.Integer({ minimum: 2 }),
    default: 50_000,
    flag: 'max-series',
    env: 'MAX_SERIES',
    help: 'series of all targets together (~11 KiB each with a full window); events that need a new one beyond it are refused',
    group: 'metrics',
  }),
  maxTargets: option({
    type: positiveInt(),
    default: 1000,
    flag: 'max-targets',
    env: 'MAX_TARGETS',
    help: 'targets in all; events for a new target beyond it are refused',
    group: 'metrics',
  }),
  maxMetadataCombinationsPerKey: option({
    type: positiveInt(),
    default: 1000,
    flag: 'max-metadata-combinations',
    env: 'MAX_METADATA_COMBINATIONS',
    help: 'distinct metadata combinations (split series) per key of a target; events with a new one beyond it are refused',
    group: 'metrics',
  }),
  metricsTopSeries: option({
    type: Type.Integer({ minimum: 0 }),
    default: 500,
    flag: 'metrics-top-series',
    env: 'METRICS_TOP_SERIES',
    help: '/metrics shows per-series figures for this many combined series with the most events',
    group: 'metrics',
  }),
  trustProxy: option({
    type: Type.String({ minLength: 1 }),
    default: 'off',
    flag: 'trust-proxy',
    env: 'TRUST_PROXY',
    arg: '<off|true|hops|ip,cidr>',
    help: 'believe X-Forwarded-For (client address for limits and logs): off, true (any hop), a hop count, or proxy IPs/CIDRs',
    group: 'security',
    refine: trustProxyProblem,
  }),
  headersTimeoutMs: option({
    type: timerMs(),
    default: 10_000,
    flag: 'headers-timeout-ms',
    env: 'HEADERS_TIMEOUT_MS',
    help: 'a request whose headers take longer is answered 408 and closed',
    group: 'server',
  }),
  requestTimeoutMs: option({
    type: timerMs(),
    default: 30_000,
    flag: 'request-timeout-ms',
    env: 'REQUEST_TIMEOUT_MS',
    help: 'a request (headers and body) that takes longer to arrive is answered 408 and closed',
    group: 'server',
  }),
  keepAliveTimeoutMs: option({
    type: timerMs(),
    default: 5_000,
    flag: 'keep-alive-timeout-ms',
    env: 'KEEP_ALIVE_TIMEOUT_MS',
    help: "an idle keep-alive HTTP connection is closed after this; behind a proxy, set it above the proxy's idle timeout",
    group: 'server',
  }),
  maxHttpConnectionsPerAddress: option({
    type: positiveInt(),
    default: 256,
    flag: 'max-http-connections-per-address',
    env: 'MAX_HTTP_CONNECTIONS_PER_ADDRESS',
    help: 'open TCP connections (HTTP and WebSocket) per peer address; more are closed at once (behind a proxy the peer is the proxy)',
    group: 'security',
  }),

  // Webhook deliveries (issue 9): each destination gets a bounded queue and a few connections, so
  // a receiver that hangs or fails costs a fixed amount of memory and sockets, never more.
  webhookQueueSize: option({
    type: positiveInt(),
    default: 50,
    flag: 'webhook-queue-size',
    env: 'WEBHOOK_QUEUE_SIZE',
    help: 'deliveries waiting per webhook URL; beyond it the oldest is dropped (counted)',
    group: 'alerts',
  }),
  webhookConcurrency: option({
    type: Type.Integer({ minimum: 1, maximum: 64 }),
    default: 2,
    flag: 'webhook-concurrency',
    env: 'WEBHOOK_CONCURRENCY',
    help: 'deliveries under way at once per webhook URL (each holds at most one connection)',
    group: 'alerts',
  }),
  webhookTimeoutMs: option({
    type: timerMs(),
    default: 5_000,
    flag: 'webhook-timeout-ms',
    env: 'WEBHOOK_TIMEOUT_MS',
    help: 'one delivery attempt (connect, send, answer) takes at most this long',
    group: 'alerts',
  }),
  webhookRetries: option({
    type: Type.Integer({ minimum: 0, maximum: 20 }),
    default: 3,
    flag: 'webhook-retries',
    env: 'WEBHOOK_RETRIES',
    help: 'retries after a timeout, a network error, a 5xx or a 429',
    group: 'alerts',
  }),
  webhookBackoffMs: option({
    type: timerMs(),
    default: 1_000,
    flag: 'webhook-backoff-ms',
    env: 'WEBHOOK_BACKOFF_MS',
    help: 'delay before the first retry; it doubles each retry, with random jitter of up to half',
    group: 'alerts',
  }),
  webhookDeadlineMs: option({
    type: timerMs(),
    default: 60_000,
    flag: 'webhook-deadline-ms',
    env: 'WEBHOOK_DEADLINE_MS',
    help: 'a delivery not made this long after it was queued is given up (counted)',
    group: 'alerts',
  }),
  webhookShutdownGraceMs: option({
    type: Type.Integer({ minimum: 0, maximum: 60_000 }),
    default: 3_000,
    flag: 'webhook-shutdown-grace-ms',
    env: 'WEBHOOK_SHUTDOWN_GRACE_MS',
    help: 'on shutdown, deliveries under way get this long; the rest are abandoned (counted)',
    group: 'alerts',
  }),
  webhookMaxAlerts: option({
    type: positiveInt(),
    default: 500,
    flag: 'webhook-max-alerts',
    env: 'WEBHOOK_MAX_ALERTS',
    help: 'series listed in one delivery; the rest are counted in its truncatedAlerts',
    group: 'alerts',
  }),
  wsCloseGraceMs: option({
    type: Type.Integer({ minimum: 0, maximum: 60_000 }),
    default: 5_000,
    flag: 'ws-close-grace-ms',
    env: 'WS_CLOSE_GRACE_MS',
    help: 'a WebSocket the server closes (stalled viewer, protocol errors, shutdown) that has not answered the close after this long is destroyed',
    group: 'fanout',
  }),
  // Storage faults (issue 9): while the history file cannot be written, finished seconds wait in memory.
  historyBufferSeconds: option({
    type: Type.Integer({ minimum: 1, maximum: 86_400 }),
    default: 300,
    flag: 'history-buffer-seconds',
    env: 'HISTORY_BUFFER_SECONDS',
    help: 'seconds of history held in memory while the file cannot be written (disk full, read-only); older ones are dropped and shown as gaps',
    group: 'history',
  }),
  historyBufferRows: option({
    type: positiveInt(),
    default: 300_000,
    flag: 'history-buffer-rows',
    env: 'HISTORY_BUFFER_ROWS',
    help: 'rollup rows (series × seconds, ~340 B each) held in memory at most while the file cannot be written',
    group: 'history',
  }),
  strictHealth: option({
    type: Type.Boolean(),
    default: false,
    flag: 'strict-health',
    env: 'STRICT_HEALTH',
    help: '/health answers 503 (not 200) while degraded, e.g. when the history file cannot be written',
    group: 'server',
  }),
  // OpenTelemetry traces in (issue 10). The HTTP route is on by default: it takes nothing a
  // write key could not already send to /api/v1/events, and costs nothing while unused.
  otlp: option({
    type: Type.Boolean(),
    default: true,
    flag: 'otlp',
    env: 'OTLP',
    help: 'take OpenTelemetry traces at POST /v1/traces on the server port (OTLP/HTTP, protobuf or JSON, gzip or not)',
    group: 'otlp',
  }),
  otlpGrpcPort: option({
    type: Type.String({ minLength: 1 }),
    default: 'off',
    flag: 'otlp-grpc-port',
    env: 'OTLP_GRPC_PORT',
    arg: '<off|on|port>',
    help: 'OTLP/gRPC listener on --host: off, on (port 4317), or a port (0 = any free port)',
    group: 'otlp',
    refine: otlpGrpcPortProblem,
  }),
  otlpTargetFrom: option({
    type: Type.String({ minLength: 1 }),
    default: 'service.name',
    flag: 'otlp-target-from',
    env: 'OTLP_TARGET_FROM',
    arg: '<attr|template>',
    help: "a span's target: a resource attribute (service.name), or a template such as {service.name}-{deployment.environment}",
    group: 'otlp',
    refine: otlpTargetFromProblem,
  }),
  otlpMetadata: option({
    type: names(),
    default: ['http.request.method', 'http.response.status_code', 'rpc.grpc.status_code'],
    flag: 'otlp-metadata',
    env: 'OTLP_METADATA',
    arg: '<a1,a2>',
    help: "span (else resource) attributes copied into an event's metadata where present; each value seen makes a split series",
    group: 'otlp',
    refine: otlpMetadataProblem,
  }),
  otlpSpanKinds: option({
    type: Type.Array(Type.Enum(Object.keys(SPAN_KINDS) as SpanKindName[]), { minItems: 1 }),
    default: ['server', 'consumer'] as SpanKindName[],
    flag: 'otlp-span-kinds',
    env: 'OTLP_SPAN_KINDS',
    arg: '<k1,k2>',
    help: 'span kinds that become events (server, consumer, client, producer, internal, unspecified); others are skipped',
    group: 'otlp',
  }),
  otlpMaxConcurrent: option({
    type: positiveInt(),
    default: 8,
    flag: 'otlp-max-concurrent',
    env: 'OTLP_MAX_CONCURRENT',
    help: 'OTLP exports (HTTP and gRPC) applied at once; more are answered 503 / UNAVAILABLE to retry later',
    group: 'otlp',
  }),
  walPath: option({
    type: Type.String({ minLength: 1 }),
    default: 'auto',
    flag: 'wal',
    env: 'WAL_PATH',
    arg: '<dir>',
    help: 'ingest write-ahead log folder (segments and live-state snapshots); auto = beside the history file (<name>-wal; none with --history :memory: or off); off = no log',
    group: 'history',
  }),
  walFsync: option({
    type: Type.Enum(['always', 'everysec', 'off']),
    default: 'everysec',
    flag: 'wal-fsync',
    env: 'WAL_FSYNC',
    arg: '<policy>',
    help: 'always: acknowledge a batch after its fsync; everysec: fsync once a second (a machine crash loses up to ~1 s); off: leave it to the OS',
    group: 'history',
  }),
  walMaxMb: option({
    type: Type.Integer({ minimum: 1, maximum: 1_048_576 }),
    default: 256,
    flag: 'wal-max-mb',
    env: 'WAL_MAX_MB',
    help: "the write-ahead log's size cap (MiB); a snapshot is written each quarter of it (bounding the replay at start); at the cap new events are not logged",
    group: 'history',
  }),
  walSnapshotIntervalS: option({
    type: Type.Integer({ minimum: 1, maximum: 86_400 }),
    default: 60,
    flag: 'wal-snapshot-interval-s',
    env: 'WAL_SNAPSHOT_INTERVAL_S',
    help: 'seconds between live-state snapshots (when events came); a restart replays at most this much of the log',
    group: 'history',
  }), // Issue 12: field deltas. Off only to measure what they save (bench/fanout.ts) or for a viewer that cannot apply them.
  fieldDeltas: option({
    type: Type.Boolean(),
    default: true,
    flag: 'field-deltas',
    env: 'FIELD_DELTAS',
    help: "a batch's updates carry only the numbers that changed since the stream's previous batch (snapshots are always whole rows)",
    group: 'fanout',
  }), // Issue 12: windowed subscriptions (a View on SubscriptionMessage).
  maxViewRows: option({
    type: Type.Integer({ minimum: 1, maximum: 10_000 }),
    default: 500,
    flag: 'max-view-rows',
    env: 'MAX_VIEW_ROWS',
    help: 'largest window (View.limit) a windowed subscription may ask for',
    group: 'fanout',
  }),
  maxViewsPerTarget: option({
    type: positiveInt(),
    default: 256,
    flag: 'max-views-per-target',
    env: 'MAX_VIEWS_PER_TARGET',
    help: 'distinct views (sort, filters, window, pinned series) served at once per target; viewers with equal views share one',
    group: 'fanout',
  }),
  maxPinnedSeries: option({
    type: Type.Integer({ minimum: 0, maximum: 32 }),
    default: 32,
    flag: 'max-pinned-series',
    env: 'MAX_PINNED_SERIES',
    help: 'series a view may pin (sent whatever their rank)',
    group: 'fanout',
  }),
  viewThresholdSeries: option({
    type: positiveInt(),
    default: 1000,
    flag: 'view-threshold-series',
    env: 'VIEW_THRESHOLD_SERIES',
    help: 'told to viewers (InitMessage): targets with more series than this are best browsed through a windowed view',
    group: 'fanout',
  }),
  // Issue 13: cluster mode (cluster/cluster-plugin.ts). Empty = one node alone, exactly as without it.
  redis: option({
    type: Type.String({ maxLength: 2048 }),
    default: '',
    defaultText: 'off',
    flag: 'redis',
    env: 'REDIS_URL',
    arg: '<url>',
    help: 'redis://[user:pass@]host:port[/db]: run as one node of a cluster sharing targets through this Redis (off: alone)',
    group: 'cluster',
    refine: (v) => (v === '' || /^rediss?:\/\/[^\s]+$/.test(v) ? undefined : 'must be a redis:// or rediss:// URL'),
  }),
  clusterPrefix: option({
    type: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' }),
    default: 'latency-dash',
    flag: 'cluster-prefix',
    env: 'CLUSTER_PREFIX',
    arg: '<name>',
    help: "prefix of this cluster's Redis keys and channels (several clusters can share one Redis)",
    group: 'cluster',
  }),
  clusterNodeId: option({
    type: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_.-]*$' }),
    default: '',
    defaultText: 'host name, pid and a random part',
    flag: 'cluster-node-id',
    env: 'CLUSTER_NODE_ID',
    arg: '<id>',
    help: "this node's name in the cluster: unique, and stable for the process' life",
    group: 'cluster',
  }),
  clusterUrl: option({
    type: Type.String({ maxLength: 2048 }),
    default: '',
    defaultText: 'http://<host>:<port>',
    flag: 'cluster-url',
    env: 'CLUSTER_URL',
    arg: '<url>',
    help: "where other nodes reach this node's HTTP API (they forward series requests for its targets to it)",
    group: 'cluster',
    refine: (v) => (v === '' || /^https?:\/\/[^\s/]+$/.test(v) ? undefined : 'must be http(s)://host:port, without a path'),
  }),
  clusterLeaseMs: option({
    type: Type.Integer({ minimum: 300, maximum: 600_000 }),
    default: 5000,
    flag: 'cluster-lease-ms',
    env: 'CLUSTER_LEASE_MS',
    help: "how long a node's partition leases last unrenewed: a dead node's targets move to the others after this",
    group: 'cluster',
  }),
  clusterPartitions: option({
    type: Type.Integer({ minimum: 1, maximum: 4096 }),
    default: 64,
    flag: 'cluster-partitions',
    env: 'CLUSTER_PARTITIONS',
    help: 'partitions the targets are spread over (every node of a cluster must use the same number)',
    group: 'cluster',
  }),
  clusterRetentionMs: option({
    type: Type.Integer({ minimum: 1000, maximum: 86_400_000 }),
    default: 300_000,
    flag: 'cluster-retention-ms',
    env: 'CLUSTER_RETENTION_MS',
    help: 'how long events stay in Redis once a partition checkpoint covers them (never trimmed before one does)',
    group: 'cluster',
  }),
  clusterCheckpointMs: option({
    type: Type.Integer({ minimum: 100, maximum: 600_000 }),
    // Each round encodes every changed series' window (~0.1 ms and ~10 KiB a series of 1,000 samples on this 2-core
    // machine): 10 s keeps that near a tenth of a core at 10,000 series, and a move replays at most 10 s of events.
    default: 10_000,
    flag: 'cluster-checkpoint-ms',
    env: 'CLUSTER_CHECKPOINT_MS',
    help: "how often an owner stores each partition's state (counts, windows) in Redis: a new owner starts from it and reads only later events",
    group: 'cluster',
  }),
  workers: option({
    type: Type.Integer({ minimum: 0, maximum: 256 }),
    default: 0,
    defaultText: 'auto: the cores with --redis, else 1',
    flag: 'workers',
    env: 'WORKERS',
    help: 'server processes sharing the port (node:cluster), each a node of the cluster; more than 1 needs --redis',
    group: 'cluster',
  }),
  // PostgreSQL history (issue 13): --history postgres://...
  postgresPoolMax: option({
    type: Type.Integer({ minimum: 2, maximum: 100 }),
    default: 4,
    flag: 'postgres-pool-max',
    env: 'POSTGRES_POOL_MAX',
    help: 'connections to PostgreSQL at most (with --history postgres://...)',
    group: 'history',
  }),
  postgresTimeoutMs: option({
    type: Type.Integer({ minimum: 100, maximum: 600_000 }),
    default: 5000,
    flag: 'postgres-timeout-ms',
    env: 'POSTGRES_TIMEOUT_MS',
    help: 'connecting to PostgreSQL, and each statement, gives up after this long (then history waits in memory, as on a full disk)',
    group: 'history',
  }),
  postgresRulesRefreshMs: option({
    type: Type.Integer({ minimum: 100, maximum: 3_600_000 }),
    default: 2000,
    flag: 'postgres-rules-refresh-ms',
    env: 'POSTGRES_RULES_REFRESH_MS',
    help: "how often alert rules are re-read from PostgreSQL, so one server's rule change reaches the others",
    group: 'alerts',
  }),
};

export type OptionName = keyof typeof OPTION_SPECS;
type OptionTypes = { [K in OptionName]: (typeof OPTION_SPECS)[K]['type'] };

/** The settings as one TypeBox object (e.g. to publish a JSON Schema for config files). */
export const OptionsSchema = Type.Object(Object.fromEntries(Object.entries(OPTION_SPECS).map(([name, spec]) => [name, spec.type])) as OptionTypes, {
  additionalProperties: false,
});

/** Every setting of a server, as the schema types it, plus a test clock. */
export type ServerOptions = Static<typeof OptionsSchema> & {
  /** Tests only: a clock to drive time by hand. */
  clock?: Clock;
};

/** The table as a list, for generators; every entry is an OptionSpec over some schema. */
export const OPTION_LIST: readonly (readonly [OptionName, OptionSpec])[] = Object.entries(OPTION_SPECS) as [OptionName, OptionSpec][];

export const DEFAULT_OPTIONS: ServerOptions = Object.fromEntries(OPTION_LIST.map(([name, spec]) => [name, spec.default])) as ServerOptions;

/** Not settings, but flags and environment names of their own. */
export const CONFIG_FLAG = 'config';
export const CONFIG_ENV = 'LATENCY_DASH_CONFIG';
