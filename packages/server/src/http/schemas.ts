import { EventSchema } from '../ingest/event-schema.js';
import { ERROR_CODES, LIMITS, MAX_BATCH_EVENTS } from '@latency-dash/protocol';
import { Type, type TSchema } from 'typebox';

/**
 * The shapes of the HTTP API. Routes declare them; Fastify's ajv validates
 * and coerces what comes in, fast-json-stringify writes what goes out, and
 * @fastify/swagger turns them into /api/v1/openapi.json.
 */

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Enum(ERROR_CODES, { description: 'A stable code from the error registry (docs/errors.md)' }),
      message: Type.String({ description: 'What happened and what to do' }),
    }),
  },
  { $id: 'ErrorBody', description: 'Every error answer' },
);

/** Error answers a route may give, by status, all in the registry's one shape. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, Type.Ref('ErrorBody')]));
}

/** A time as Unix ms or ISO 8601. */
const TimeParam = Type.String({ pattern: '^(\\d{1,16}|\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+)?(Z|[+-]\\d{2}:?\\d{2})?)$', description: 'Unix ms or ISO 8601' });

export const TargetIdParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: LIMITS.targetIdChars, description: 'Target id' }),
});

export const SplitQuery = Type.Object({
  split: Type.Optional(Type.Boolean({ default: false, description: 'One series per metadata combination (true) or one per key (false)' })),
});

const rangeQuery = {
  target: Type.String({ minLength: 1, maxLength: LIMITS.targetIdChars, description: 'Target id' }),
  key: Type.Optional(Type.String({ maxLength: LIMITS.keyChars, description: 'Only this key' })),
  metadata: Type.Optional(Type.String({ maxLength: 4096, description: 'Only this metadata combination: `k=v,k=v` or a JSON object (implies split=true)' })),
  split: Type.Optional(Type.Boolean({ description: 'Split series (default: true when metadata is given)' })),
  from: Type.Optional(TimeParam),
  to: Type.Optional(TimeParam),
  step: Type.Optional(
    Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('all')], {
      description: 'Bucket size in seconds (default: about 300 points), or `all` for one bucket over the whole range',
    }),
  ),
};

export const HistoryQuerySchema = Type.Object(rangeQuery);

export const ExportQuerySchema = Type.Object({
  ...rangeQuery,
  format: Type.Optional(Type.Enum(['csv', 'json'], { default: 'csv' })),
});

const HistoryPointSchema = Type.Object({
  t: Type.Number({ description: 'Bucket start, Unix ms' }),
  events: Type.Number(),
  samples: Type.Number(),
  min: Type.Number(),
  max: Type.Number(),
  avg: Type.Number(),
  p50: Type.Number(),
  p90: Type.Number(),
  p95: Type.Number(),
  p99: Type.Number(),
  throughput: Type.Number({ description: 'Payload bytes per second' }),
  eventsPerSecond: Type.Number(),
  avgProcessingMs: Type.Number(),
});

const TimeRangeSchema = Type.Tuple([Type.Number({ description: 'From, Unix ms' }), Type.Number({ description: 'To (excluded), Unix ms' })]);

export const HistoryResultSchema = Type.Object({
  target: Type.String(),
  split: Type.Boolean(),
  fromMs: Type.Number(),
  toMs: Type.Number(),
  stepS: Type.Number(),
  resolution: Type.Enum(['1s', '1m']),
  series: Type.Array(Type.Object({ key: Type.String(), metadata: Type.Record(Type.String(), Type.String()), points: Type.Array(HistoryPointSchema) })),
  gaps: Type.Array(TimeRangeSchema, {
    description:
      'Stretches of the range whose history was lost ([from, to) in Unix ms): the disk could not take them and they overflowed the memory buffer (--history-buffer-seconds). No point there means unknown, not zero; a bucket overlapping one is incomplete.',
  }),
  pending: Type.Array(TimeRangeSchema, {
    description: 'Stretches of the range held in memory until the disk takes writes again ([from, to) in Unix ms); asked again later, they are there.',
  }),
});

export const TargetInfoSchema = Type.Object({
  targetId: Type.String(),
  eventCount: Type.Number(),
  lastEventTime: Type.Number({ description: 'Unix ns of the last event, 0 = none yet' }),
  keyCount: Type.Integer(),
  seriesCount: Type.Integer({ description: 'Split series' }),
  refusedEvents: Type.Integer({ description: 'Events refused by a cardinality limit (series, metadata combinations) since the target was created' }),
  atLimit: Type.Boolean({ description: 'A cardinality limit has refused an event of this target: events that need a new series are dropped' }),
});

/** A MetricsBatch in the proto3 JSON mapping (int64 as strings); see latency.proto. */
export const MetricsBatchJsonSchema = Type.Object(
  {
    targetId: Type.String(),
    splitByMetadata: Type.Optional(Type.Boolean()),
    snapshot: Type.Optional(Type.Boolean()),
    updates: Type.Array(Type.Object({}, { additionalProperties: true, description: 'A MetricsUpdate' })),
  },
  { additionalProperties: true, description: 'The MetricsBatch message of latency.proto in the proto3 JSON mapping' },
);

export { EventSchema };

export const EventBatchBodySchema = Type.Union([
  Type.Object({ events: Type.Array(Type.Ref('Event'), { maxItems: MAX_BATCH_EVENTS }), batchId: Type.Optional(Type.Integer()) }),
  Type.Array(Type.Ref('Event'), { maxItems: MAX_BATCH_EVENTS }),
]);

export const IngestAckSchema = Type.Object({
  accepted: Type.Integer(),
  rejected: Type.Array(Type.Object({ index: Type.Integer(), code: Type.String(), reason: Type.String() })),
});

export const RuleIdParams = Type.Object({ id: Type.Integer({ minimum: 1, description: 'Rule id' }) });

export const AlertEventSchema = Type.Object({
  ruleId: Type.Integer(),
  ruleName: Type.String(),
  targetId: Type.String(),
  key: Type.String(),
  metric: Type.String(),
  op: Type.String(),
  threshold: Type.Number(),
  value: Type.Number(),
  state: Type.String(),
  time: Type.String({ description: 'ISO 8601' }),
  forS: Type.Integer(),
});

export const AlertMatchesQuery = Type.Object({
  targetPattern: Type.String({ minLength: 1, maxLength: 200, default: '*', description: 'Glob over target ids' }),
  keyPattern: Type.String({ minLength: 1, maxLength: 200, default: '*', description: 'Glob over keys' }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'How many matching series to list (all are counted)' }),
});

export const AlertMatchesSchema = Type.Object({
  total: Type.Integer({ description: 'Live combined series the globs match' }),
  series: Type.Array(Type.Object({ targetId: Type.String(), key: Type.String() }), { description: 'Up to `limit` of them, sorted by target and key' }),
});

export const AlertsStateSchema = Type.Object({
  firing: Type.Array(AlertEventSchema),
  recent: Type.Array(
    Type.Object({
      ruleId: Type.Integer(),
      ruleName: Type.String(),
      targetId: Type.String(),
      key: Type.String(),
      state: Type.String(),
      value: Type.Number(),
      at: Type.String({ description: 'ISO 8601' }),
    }),
  ),
});

const WebhookHealthSchema = Type.Object(
  {
    destinations: Type.Integer({ description: 'Webhook URLs known' }),
    inFlight: Type.Integer({ description: 'Deliveries under way (attempting or waiting to retry)' }),
    queued: Type.Integer({ description: 'Deliveries waiting for a slot' }),
    delivered: Type.Integer(),
    failed: Type.Integer({ description: 'Deliveries given up: refused, out of retries or out of time' }),
    attemptFailures: Type.Integer(),
    dropped: Type.Object({ queue_full: Type.Integer(), expired: Type.Integer(), shutdown: Type.Integer() }),
    troubled: Type.Array(
      Type.Object({
        webhook: Type.String({ description: 'Origin and a hash of the URL (no token)' }),
        inFlight: Type.Integer(),
        queued: Type.Integer(),
        failed: Type.Integer(),
        dropped: Type.Integer(),
        lastProblem: Type.String(),
        lastProblemAgoS: Type.Integer(),
      }),
      { description: 'Webhooks whose last attempt failed (at most 10)' },
    ),
  },
  { description: 'Alert webhook deliveries; trouble here never makes /health answer non-200' },
);

export const HealthSchema = Type.Object(
  {
    status: Type.String({
      description: '"ok" when ready; "degraded" when a part cannot write its file (200, or 503 with --strict-health); "starting" or "draining" with 503',
    }),
    serverId: Type.String(),
    uptimeS: Type.Number(),
    targets: Type.Integer(),
    series: Type.Integer({ description: 'series held, combined and split, of all targets' }),
    connections: Type.Integer(),
    viewers: Type.Integer(),
    eventsIngested: Type.Number(),
    demo: Type.Boolean(),
    history: Type.String(),
    webhooks: Type.Optional(WebhookHealthSchema),
    degraded: Type.Array(
      Type.Object({
        component: Type.String({ description: 'history, alerts, or cluster (Redis)' }),
        path: Type.String({ description: 'The file it cannot write' }),
        reason: Type.String({ description: 'What failed and why, e.g. "could not write history: the disk is full (SQLITE_FULL)"' }),
        fix: Type.String({ description: 'What an operator can do' }),
        since: Type.String({ description: 'ISO 8601' }),
        failures: Type.Integer({ description: 'Failed writes since then' }),
      }),
      { description: 'Parts of the server that work in a reduced way, and why; empty when all is well' },
    ),
    historyBuffer: Type.Optional(
      Type.Object(
        {
          seconds: Type.Integer({ description: 'Seconds of history waiting in memory to be written' }),
          rows: Type.Integer(),
          maxSeconds: Type.Integer(),
          droppedSeconds: Type.Integer({ description: 'Seconds lost since start: they overflowed the buffer' }),
        },
        { description: 'History not yet in the file (absent with --history off)' },
      ),
    ),
    otlp: Type.Optional(
      Type.Object(
        { http: Type.Boolean(), grpcPort: Type.Union([Type.Integer(), Type.Null()]), spansAccepted: Type.Number(), spansRefused: Type.Number() },
        { description: 'OpenTelemetry in: POST /v1/traces on or off, the OTLP/gRPC port (null: off), spans taken and refused' },
      ),
    ),
    wal: Type.Optional(Type.String({ description: 'Write-ahead log: ok, failing (cannot write), full (at --wal-max-mb), unreadable, or off' })),
    cluster: Type.Optional(
      Type.Object(
        {
          nodeId: Type.String(),
          redis: Type.String({ description: 'ok, or unreachable (the node is degraded: events are refused with 503 until Redis answers)' }),
          nodes: Type.Array(Type.String(), { description: 'Live nodes, as Redis last said' }),
          partitions: Type.Integer(),
          ownedPartitions: Type.Integer({ description: 'Partitions whose lease this node holds' }),
          servingPartitions: Type.Array(Type.Integer(), { description: 'Owned partitions rebuilt and computed here' }),
          publishing: Type.Integer({ description: 'Streams this node publishes for the viewers of every node' }),
          failures: Type.Record(Type.String(), Type.Integer(), { description: 'Failed Redis work since start, by operation' }),
        },
        { description: 'Cluster mode (--redis); absent when the node runs alone' },
      ),
    ),
  },
  { additionalProperties: true },
);
