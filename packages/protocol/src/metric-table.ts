import type { HistoryPoint } from './http-types.js';
import type { latency } from '../gen/latency.js';

/**
 * The one table of per-series metrics. The server builds MetricsUpdates
 * from it, the decode worker packs its columns, the dashboard derives its
 * Row type, table columns, tooltips and exports from it, and Prometheus and
 * the alert rules list what it marks. Adding a metric is one line here plus
 * its field in latency.proto (and, for a new `source`, one reader in the
 * server's metrics/metric-readers.ts, which the compiler asks for).
 */

/** What a metric measures, which decides how it is shown and compared. */
export type MetricKind =
  /** A latency statistic over the sample window, in ms: threshold colours apply. */
  | 'latency'
  /** A duration that is not a sample statistic (server processing time), in ms. */
  | 'duration'
  /** Per second over the last 10 s. */
  | 'rate'
  | 'count'
  | 'bytes'
  /** A point in time (Unix ms in the table; Unix ns on the wire). */
  | 'time';

/**
 * Where the server reads the value: the sample window's statistics, the 10 s
 * rate window, or the series' own counters.
 */
export type MetricSource =
  | 'window.min'
  | 'window.max'
  | 'window.mean'
  | 'window.p50'
  | 'window.p90'
  | 'window.p95'
  | 'window.p99'
  | 'window.size'
  | 'rate.meanProcessingMs'
  | 'rate.bytesPerSecond'
  | 'rate.eventsPerSecond'
  | 'series.count'
  | 'series.lastPayloadBytes'
  | 'series.lastUpdateMs';

/** The numeric fields of a MetricsUpdate on the wire. */
export type WireMetricField = {
  [K in keyof latency.MetricsUpdate.$Properties]-?: NonNullable<latency.MetricsUpdate.$Properties[K]> extends number | { toNumber(): number } ? K : never;
}[keyof latency.MetricsUpdate.$Properties];

export interface MetricDef {
  /** The name in the dashboard's rows and in code. */
  readonly id: string;
  /** The MetricsUpdate field that carries it. */
  readonly field: WireMetricField;
  /** Wire value × this = the table's unit (ns → ms for times). */
  readonly wireScale: number;
  readonly source: MetricSource;
  /** Column header. */
  readonly label: string;
  readonly unit: 'ms' | 'B/s' | 'events/s' | 'B' | 'events' | 'samples' | 'time';
  readonly kind: MetricKind;
  /** Tooltip and documentation. */
  readonly description: string;
  /** Its name in alert rules (`metric`), when rules may watch it. */
  readonly alert?: string;
  /** Column name in CSV/JSON exports: snake_case with the unit. Absent: not exported. */
  readonly exportName?: string;
  /** The HistoryPoint field that holds its per-bucket value, when history keeps it. */
  readonly history?: keyof HistoryPoint;
  /** Exposed per combined series at /metrics. */
  readonly prometheus?: { readonly name: string; readonly quantile?: string };
  /** Shown as a table column (hidden ones still travel and export). */
  readonly column: boolean;
}

const pct = (q: 50 | 90 | 95 | 99) =>
  ({
    id: `p${q}`,
    field: `p${q}Latency`,
    wireScale: 1,
    source: `window.p${q}`,
    label: `p${q}`,
    unit: 'ms',
    kind: 'latency',
    description: `${q === 50 ? 'Median' : `${q}th percentile`} latency over the sample window (ms, nearest rank)`,
    alert: `p${q}`,
    exportName: `p${q}_ms`,
    history: `p${q}`,
    prometheus: { name: 'latency_dash_series_latency_ms', quantile: String(q / 100) },
    column: true,
  }) as const;

export const METRICS = [
  {
    id: 'min',
    field: 'minLatency',
    wireScale: 1,
    source: 'window.min',
    label: 'Min',
    unit: 'ms',
    kind: 'latency',
    description: 'Minimum latency over the sample window (ms)',
    alert: 'min',
    exportName: 'min_ms',
    history: 'min',
    column: true,
  },
  {
    id: 'max',
    field: 'maxLatency',
    wireScale: 1,
    source: 'window.max',
    label: 'Max',
    unit: 'ms',
    kind: 'latency',
    description: 'Maximum latency over the sample window (ms)',
    alert: 'max',
    exportName: 'max_ms',
    history: 'max',
    column: true,
  },
  {
    id: 'avg',
    field: 'avgLatency',
    wireScale: 1,
    source: 'window.mean',
    label: 'Mean',
    unit: 'ms',
    kind: 'latency',
    description: 'Mean latency over the sample window (ms)',
    alert: 'avg',
    exportName: 'avg_ms',
    history: 'avg',
    column: true,
  },
  pct(50),
  pct(90),
  pct(95),
  pct(99),
  {
    id: 'avgProcessing',
    field: 'avgProcessingTime',
    wireScale: 1,
    source: 'rate.meanProcessingMs',
    label: 'Server time',
    unit: 'ms',
    kind: 'duration',
    description: 'Average server processing time per event over the last 10 s (ms)',
    alert: 'avg_processing',
    exportName: 'avg_processing_ms',
    history: 'avgProcessingMs',
    column: true,
  },
  {
    id: 'throughput',
    field: 'throughput',
    wireScale: 1,
    source: 'rate.bytesPerSecond',
    label: 'Throughput',
    unit: 'B/s',
    kind: 'rate',
    description: 'Payload bytes per second over the last 10 s',
    alert: 'throughput',
    exportName: 'throughput_bytes_per_s',
    history: 'throughput',
    prometheus: { name: 'latency_dash_series_throughput_bytes_per_second' },
    column: true,
  },
  {
    id: 'eventsPerSecond',
    field: 'eventsPerSecond',
    wireScale: 1,
    source: 'rate.eventsPerSecond',
    label: 'Events/s',
    unit: 'events/s',
    kind: 'rate',
    description: 'Events per second over the last 10 s',
    alert: 'events_per_second',
    exportName: 'events_per_s',
    history: 'eventsPerSecond',
    prometheus: { name: 'latency_dash_series_events_per_second' },
    column: true,
  },
  {
    id: 'lastPayload',
    field: 'lastPayloadSize',
    wireScale: 1,
    source: 'series.lastPayloadBytes',
    label: 'Last payload',
    unit: 'B',
    kind: 'bytes',
    description: 'Size of the last payload (bytes)',
    exportName: 'last_payload_bytes',
    column: true,
  },
  {
    id: 'count',
    field: 'count',
    wireScale: 1,
    source: 'series.count',
    label: 'Count',
    unit: 'events',
    kind: 'count',
    description: 'Events since the series began',
    exportName: 'count',
    history: 'events',
    prometheus: { name: 'latency_dash_series_events_total' },
    column: true,
  },
  {
    id: 'lastUpdateMs',
    field: 'lastUpdate',
    wireScale: 1e-6,
    source: 'series.lastUpdateMs',
    label: 'Updated',
    unit: 'time',
    kind: 'time',
    description: 'Time of the last event',
    exportName: 'last_update',
    column: true,
  },
  {
    id: 'sampleCount',
    field: 'sampleCount',
    wireScale: 1,
    source: 'window.size',
    label: 'Samples',
    unit: 'samples',
    kind: 'count',
    description: 'Samples in the window now (at most the window size)',
    history: 'samples',
    column: false,
  },
] as const satisfies readonly MetricDef[];

export type Metric = (typeof METRICS)[number];
export type MetricId = Metric['id'];
/** One number per metric, by id: what a dashboard row holds. */
export type MetricValues = { [K in MetricId]: number };
/** Names an alert rule may watch. */
export type AlertMetric = Extract<Metric, { alert: string }>['alert'];

export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);
export const ALERT_METRICS: readonly AlertMetric[] = METRICS.flatMap((m) => ('alert' in m ? [m.alert as AlertMetric] : []));

const byAlert = new Map<string, Metric>(METRICS.flatMap((m) => ('alert' in m ? [[m.alert, m] as const] : [])));
/** The table entry an alert rule's metric names. */
export function metricForAlert(name: AlertMetric): Metric {
  return byAlert.get(name)!;
}

/** Unit shown next to an alert threshold for a metric ("ms", "B/s", …). */
export function alertUnit(name: AlertMetric): string {
  return metricForAlert(name).unit;
}
