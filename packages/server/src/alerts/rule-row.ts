import type { AlertRule } from './alert-rule.js';

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
