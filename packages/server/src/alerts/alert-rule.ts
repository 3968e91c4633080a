import { ALERT_METRICS, metricForAlert, type AlertMetric } from '@latency-dash/protocol';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import type { Series } from '../metrics/series.js';
import { readMetric } from '../metrics/metric-readers.js';
import { webhookUrlProblem } from './webhook-url.js';

export type { AlertMetric } from '@latency-dash/protocol';
export type AlertOp = 'above' | 'below';

/** The fields of a rule (SPEC F9): "p90 above 250 ms for 30 s on prod-* / api". One declaration for the API, its docs and the config file. */
const ruleFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  targetPattern: Type.String({ minLength: 1, maxLength: 200, default: '*', description: 'Glob over target ids: * any run, ? one character' }),
  keyPattern: Type.String({ minLength: 1, maxLength: 200, default: '*', description: 'Glob over keys' }),
  metric: Type.Enum(ALERT_METRICS as AlertMetric[], { description: 'A metric of the metric table; the threshold is in its unit (ms, B/s, events/s)' }),
  op: Type.Enum(['above', 'below'] as AlertOp[], { default: 'above' }),
  threshold: Type.Number({ description: "In the metric's unit" }),
  forS: Type.Integer({ minimum: 0, maximum: 86_400, default: 0, description: 'Seconds the condition must hold before the alert fires' }),
  webhookUrl: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], {
    default: null,
    description: 'http(s) URL that gets every change of this rule as JSON',
  }),
  enabled: Type.Boolean({ default: true }),
};

/** A whole rule, every field set. */
export const FullRuleSchema = Type.Object(ruleFields);
export type AlertRuleInput = Static<typeof FullRuleSchema>;

export interface AlertRule extends AlertRuleInput {
  id: number;
  createdAt: number;
}

/** The fields a new rule may leave out (they take the defaults below). */
const defaultedFields = {
  targetPattern: Type.Optional(ruleFields.targetPattern),
  keyPattern: Type.Optional(ruleFields.keyPattern),
  op: Type.Optional(ruleFields.op),
  forS: Type.Optional(ruleFields.forS),
  webhookUrl: Type.Optional(ruleFields.webhookUrl),
  enabled: Type.Optional(ruleFields.enabled),
};

/** A new rule: name, metric and threshold required; the rest defaults. */
export const AlertRuleInputSchema = Type.Object(
  { name: ruleFields.name, metric: ruleFields.metric, threshold: ruleFields.threshold, ...defaultedFields },
  { additionalProperties: false },
);

/** A change to a rule: any of its fields (id and createdAt are ignored, so a rule as GET gives it can be sent back). */
export const AlertRulePatchSchema = Type.Object(
  {
    name: Type.Optional(ruleFields.name),
    metric: Type.Optional(ruleFields.metric),
    threshold: Type.Optional(ruleFields.threshold),
    ...defaultedFields,
    id: Type.Optional(Type.Integer()),
    createdAt: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);

export const AlertRuleSchema = Type.Object({ id: Type.Integer(), createdAt: Type.Number({ description: 'Unix ms' }), ...ruleFields }, { $id: 'AlertRule' });

const DEFAULTS = { targetPattern: '*', keyPattern: '*', op: 'above', forS: 0, webhookUrl: null, enabled: true } as const;

/**
 * A rule from a body the schema has checked (the API), merged over an
 * existing rule for a change. What a schema cannot say is checked here.
 */
export function toRuleInput(body: Readonly<Record<string, unknown>>, base?: AlertRuleInput): AlertRuleInput | string {
  const { id: _id, createdAt: _createdAt, ...fields } = body;
  const merged = { ...DEFAULTS, ...base, ...fields } as AlertRuleInput;
  if (merged.webhookUrl === '') merged.webhookUrl = null;
  const problem = merged.webhookUrl === null ? undefined : webhookUrlProblem(merged.webhookUrl);
  if (problem !== undefined) return `webhookUrl: ${problem}`;
  return merged;
}

const checkInput = Compile(AlertRuleInputSchema);

/** A rule from anywhere else (the config file): the API's schema, then toRuleInput. */
export function parseRuleInput(raw: unknown): AlertRuleInput | string {
  if (!checkInput.Check(raw)) {
    const e = checkInput.Errors(raw)[0];
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'required') return `${String((params.requiredProperties as string[])[0])} is required`;
    if (e.keyword === 'additionalProperties') return `unknown field "${String((params.additionalProperties as string[])[0]).slice(0, 40)}"`;
    if (e.keyword === 'enum') return `${e.instancePath.slice(1)} must be one of ${(params.allowedValues as string[]).join(', ')}`;
    return `${e.instancePath.slice(1) || 'a rule'} ${e.message}`;
  }
  return toRuleInput(raw as Record<string, unknown>);
}

/** A glob (`*`, `?`) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/** The metric's current value for a series, or undefined while a window statistic has no samples. */
export function metricValue(series: Series, metric: AlertMetric, nowMs: number): number | undefined {
  const m = metricForAlert(metric);
  if (m.kind === 'latency' && series.window.size === 0) return undefined;
  return readMetric(m.source, series, nowMs);
}
