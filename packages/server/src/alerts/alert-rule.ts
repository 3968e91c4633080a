import type { Series } from '../metrics/series.js';

export const METRICS = ['p50', 'p90', 'p95', 'p99', 'avg', 'min', 'max', 'throughput', 'events_per_second', 'avg_processing'] as const;
export type AlertMetric = (typeof METRICS)[number];
export type AlertOp = 'above' | 'below';

/** A rule as the API takes it (SPEC F9): "p90 above 250 ms for 30 s on prod-* / api". */
export interface AlertRuleInput {
  name: string;
  /** Glob over target ids: `*` any run of characters, `?` one. */
  targetPattern: string;
  keyPattern: string;
  metric: AlertMetric;
  op: AlertOp;
  threshold: number;
  /** Seconds the condition must hold before the alert fires. */
  forS: number;
  /** Optional http(s) URL that gets every firing/resolved change as JSON. */
  webhookUrl: string | null;
  enabled: boolean;
}

export interface AlertRule extends AlertRuleInput {
  id: number;
  createdAt: number;
}

/** Checks an API body; returns the rule or a reason. */
export function parseRuleInput(body: unknown, base?: AlertRuleInput): AlertRuleInput | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON object';
  const b = { ...base, ...(body as Record<string, unknown>) } as Record<string, unknown>;
  const known = new Set(['name', 'targetPattern', 'keyPattern', 'metric', 'op', 'threshold', 'forS', 'webhookUrl', 'enabled', 'id', 'createdAt']);
  for (const k of Object.keys(body as object)) if (!known.has(k)) return `unknown field "${k.slice(0, 40)}"`;
  const str = (k: string, max: number) => (typeof b[k] === 'string' && (b[k] as string).length > 0 && (b[k] as string).length <= max ? (b[k] as string) : undefined);
  const name = str('name', 100);
  if (!name) return 'name must be 1-100 characters';
  const targetPattern = b.targetPattern === undefined ? '*' : str('targetPattern', 200);
  if (!targetPattern) return 'targetPattern must be 1-200 characters (a glob; * matches any)';
  const keyPattern = b.keyPattern === undefined ? '*' : str('keyPattern', 200);
  if (!keyPattern) return 'keyPattern must be 1-200 characters (a glob; * matches any)';
  if (!METRICS.includes(b.metric as AlertMetric)) return `metric must be one of ${METRICS.join(', ')}`;
  const op = b.op === undefined ? 'above' : b.op;
  if (op !== 'above' && op !== 'below') return 'op must be "above" or "below"';
  if (typeof b.threshold !== 'number' || !Number.isFinite(b.threshold)) return 'threshold must be a number';
  const forS = b.forS === undefined ? 0 : b.forS;
  if (typeof forS !== 'number' || !Number.isInteger(forS) || forS < 0 || forS > 86_400) return 'forS must be a whole number of seconds, 0-86400';
  let webhookUrl: string | null = null;
  if (b.webhookUrl !== undefined && b.webhookUrl !== null && b.webhookUrl !== '') {
    if (typeof b.webhookUrl !== 'string') return 'webhookUrl must be a URL';
    try {
      const u = new URL(b.webhookUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'webhookUrl must be http or https';
    } catch {
      return 'webhookUrl must be a URL';
    }
    webhookUrl = b.webhookUrl;
  }
  const enabled = b.enabled === undefined ? true : b.enabled;
  if (typeof enabled !== 'boolean') return 'enabled must be true or false';
  return { name, targetPattern, keyPattern, metric: b.metric as AlertMetric, op, threshold: b.threshold, forS, webhookUrl, enabled };
}

/** A glob (`*`, `?`) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** The metric's current value for a series, or undefined when it has no data for it. */
export function metricValue(series: Series, metric: AlertMetric, nowMs: number): number | undefined {
  const w = series.window;
  switch (metric) {
    case 'throughput':
      return series.rate.bytesPerSecond(nowMs);
    case 'events_per_second':
      return series.rate.eventsPerSecond(nowMs);
    case 'avg_processing':
      return series.rate.meanProcessingMs(nowMs);
    default:
      break;
  }
  if (w.size === 0) return undefined;
  switch (metric) {
    case 'avg':
      return w.mean();
    case 'min':
      return w.min();
    case 'max':
      return w.max();
    default:
      return w.percentile(Number(metric.slice(1)));
  }
}
