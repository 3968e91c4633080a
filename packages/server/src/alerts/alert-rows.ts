import type { AlertRule, AlertRuleInput } from './alert-rule.js';
import type { StoredAlertEvent } from './alert-store.js';

/** Rows of the alert tables as both stores (SQLite, PostgreSQL) read and write them. */

/** A rule as both stores keep it: SQLite has no boolean type (0/1), PostgreSQL does. */
export interface RuleRow {
  id: number;
  name: string;
  target_pattern: string;
  key_pattern: string;
  metric: string;
  op: string;
  threshold: number;
  for_s: number;
  webhook_url: string | null;
  enabled: number | boolean;
  created_at: number;
}

export const toRule = (r: RuleRow): AlertRule => ({
  id: r.id,
  name: r.name,
  targetPattern: r.target_pattern,
  keyPattern: r.key_pattern,
  metric: r.metric as AlertRule['metric'],
  op: r.op as AlertRule['op'],
  threshold: r.threshold,
  forS: r.for_s,
  webhookUrl: r.webhook_url,
  enabled: r.enabled === true || r.enabled === 1,
  createdAt: r.created_at,
});

/** A rule's columns name … enabled, in that order, as both stores write them (SQLite stores enabled as 0/1). */
export function ruleValues(input: AlertRuleInput, enabledAsNumber: boolean): (string | number | boolean | null)[] {
  const enabled = enabledAsNumber ? (input.enabled ? 1 : 0) : input.enabled;
  return [input.name, input.targetPattern, input.keyPattern, input.metric, input.op, input.threshold, input.forS, input.webhookUrl, enabled];
}

/** A logged state change as both stores keep it. */
export interface EventRow {
  rule_id: number;
  rule_name: string;
  target: string;
  key: string;
  state: string;
  value: number;
  at: number;
}

export const toEvent = (r: EventRow): StoredAlertEvent => ({
  ruleId: r.rule_id,
  ruleName: r.rule_name,
  targetId: r.target,
  key: r.key,
  state: r.state as 'firing' | 'resolved',
  value: r.value,
  at: r.at,
});
