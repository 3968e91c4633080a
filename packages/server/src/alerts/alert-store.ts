import type { Db } from '../storage/database.js';
import type { AlertRule, AlertRuleInput } from './alert-rule.js';

interface RuleRow {
  id: number;
  name: string;
  target_pattern: string;
  key_pattern: string;
  metric: string;
  op: string;
  threshold: number;
  for_s: number;
  webhook_url: string | null;
  enabled: number;
  created_at: number;
}

export interface StoredAlertEvent {
  ruleId: number;
  ruleName: string;
  targetId: string;
  key: string;
  state: 'firing' | 'resolved';
  value: number;
  /** Unix ms */
  at: number;
}

const toRule = (r: RuleRow): AlertRule => ({
  id: r.id,
  name: r.name,
  targetPattern: r.target_pattern,
  keyPattern: r.key_pattern,
  metric: r.metric as AlertRule['metric'],
  op: r.op as AlertRule['op'],
  threshold: r.threshold,
  forS: r.for_s,
  webhookUrl: r.webhook_url,
  enabled: r.enabled === 1,
  createdAt: r.created_at,
});

/** Alert rules and the log of their state changes, in the server's SQLite file. */
export class AlertStore {
  constructor(private readonly db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS alert_rules (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        target_pattern TEXT NOT NULL,
        key_pattern TEXT NOT NULL,
        metric TEXT NOT NULL,
        op TEXT NOT NULL,
        threshold REAL NOT NULL,
        for_s INTEGER NOT NULL,
        webhook_url TEXT,
        enabled INTEGER NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS alert_events (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL,
        rule_name TEXT NOT NULL,
        target TEXT NOT NULL,
        key TEXT NOT NULL,
        state TEXT NOT NULL,
        value REAL NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS alert_events_at ON alert_events (at);
    `);
  }

  list(): AlertRule[] {
    return this.db.prepare<[], RuleRow>('SELECT * FROM alert_rules ORDER BY id').all().map(toRule);
  }

  get(id: number): AlertRule | undefined {
    const row = this.db.prepare<[number], RuleRow>('SELECT * FROM alert_rules WHERE id = ?').get(id);
    return row && toRule(row);
  }

  create(input: AlertRuleInput, nowMs: number): AlertRule {
    const info = this.db
      .prepare(
        'INSERT INTO alert_rules (name, target_pattern, key_pattern, metric, op, threshold, for_s, webhook_url, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        input.name,
        input.targetPattern,
        input.keyPattern,
        input.metric,
        input.op,
        input.threshold,
        input.forS,
        input.webhookUrl,
        input.enabled ? 1 : 0,
        Math.round(nowMs),
      );
    return this.get(Number(info.lastInsertRowid))!;
  }

  update(id: number, input: AlertRuleInput): AlertRule | undefined {
    const info = this.db
      .prepare(
        'UPDATE alert_rules SET name = ?, target_pattern = ?, key_pattern = ?, metric = ?, op = ?, threshold = ?, for_s = ?, webhook_url = ?, enabled = ? WHERE id = ?',
      )
      .run(input.name, input.targetPattern, input.keyPattern, input.metric, input.op, input.threshold, input.forS, input.webhookUrl, input.enabled ? 1 : 0, id);
    return info.changes === 0 ? undefined : this.get(id);
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id).changes > 0;
  }

  logEvent(e: StoredAlertEvent): void {
    this.db
      .prepare('INSERT INTO alert_events (rule_id, rule_name, target, key, state, value, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(e.ruleId, e.ruleName, e.targetId, e.key, e.state, e.value, Math.round(e.at));
  }

  recentEvents(limit: number): StoredAlertEvent[] {
    return this.db
      .prepare<[number], { rule_id: number; rule_name: string; target: string; key: string; state: string; value: number; at: number }>(
        'SELECT * FROM alert_events ORDER BY at DESC, id DESC LIMIT ?',
      )
      .all(limit)
      .map((r) => ({
        ruleId: r.rule_id,
        ruleName: r.rule_name,
        targetId: r.target,
        key: r.key,
        state: r.state as 'firing' | 'resolved',
        value: r.value,
        at: r.at,
      }));
  }
}
