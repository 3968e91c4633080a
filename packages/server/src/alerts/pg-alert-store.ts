import { LdError } from '../errors.js';
import { describeProblem, storageProblem } from '../storage/storage-errors.js';
import type { StorageFaults } from '../storage/storage-faults.js';
import type { PostgresDatabase } from '../storage/postgres.js';
import type { AlertRule, AlertRuleInput } from './alert-rule.js';
import type { AlertBackend, ClaimedAlertEvent, StoredAlertEvent } from './alert-store.js';
import { ruleValues, toEvent, toRule, type EventRow, type RuleRow } from './alert-rows.js';

/**
 * A transition is recorded only if the rule+series is not in that state
 * already, and the state there was decided on data no newer than this
 * evaluation's (as_of): the server whose statement changes the row is the
 * one that notifies; the others, evaluating the same series, find it done,
 * and a server behind (a former owner still catching up, a node that lags)
 * cannot fire again what another already resolved. The alert log row goes
 * in the same statement.
 */
const CLAIM = `WITH claimed AS (
  INSERT INTO alert_state (rule_id, target, key, state, value, at, as_of) VALUES ($1, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (rule_id, target, key) DO UPDATE SET state = EXCLUDED.state, value = EXCLUDED.value, at = EXCLUDED.at, as_of = EXCLUDED.as_of
  WHERE alert_state.state <> EXCLUDED.state AND alert_state.as_of <= EXCLUDED.as_of
  RETURNING rule_id
)
INSERT INTO alert_events (rule_id, rule_name, target, key, state, value, at)
SELECT $1, $2, $3, $4, $5, $6, $7 FROM claimed RETURNING id`;

/**
 * Alert rules and state in PostgreSQL, shared by every server that names
 * it: rules are read into a cache (the evaluator reads them every second)
 * and re-read every `--postgres-rules-refresh-ms`, so a change made on one
 * server reaches the others; each transition is claimed once per cluster.
 * A rule change that cannot be written is refused with
 * LD_ERR_STORAGE_UNAVAILABLE and changes nothing.
 */
export class PgAlertStore implements AlertBackend {
  private rules: AlertRule[] = [];
  private loaded = false;

  constructor(
    private readonly db: PostgresDatabase,
    private readonly faults?: StorageFaults,
  ) {}

  get isReady(): boolean {
    return this.loaded;
  }

  /** Re-reads the rules; true when they changed. A failure is counted, the cached rules stay. */
  async refresh(): Promise<boolean> {
    let rows: RuleRow[];
    try {
      rows = (await this.db.query<RuleRow>('SELECT * FROM alert_rules ORDER BY id')).rows;
    } catch (err) {
      this.faults?.failed('alerts', 'read alert rules', err, 'the rules read last stay in force');
      return false;
    }
    const rules = rows.map(toRule);
    const changed = JSON.stringify(rules) !== JSON.stringify(this.rules);
    this.rules = rules;
    this.loaded = true;
    this.faults?.ok('alerts');
    return changed;
  }

  list(): AlertRule[] {
    return this.rules;
  }

  get(id: number): AlertRule | undefined {
    return this.rules.find((r) => r.id === id);
  }

  /** A rule change: one statement, then the cache re-read; a failure becomes LD_ERR_STORAGE_UNAVAILABLE. */
  private async write<T>(action: string, fn: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await fn();
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
      this.faults?.failed('alerts', action, err);
      throw new LdError(
        'LD_ERR_STORAGE_UNAVAILABLE',
        `could not ${action}: ${describeProblem(err)}, database ${this.db.name}; nothing was changed. ${storageProblem(err)!.fix}`,
      );
    }
    await this.refresh();
    return result;
  }

  async create(input: AlertRuleInput, nowMs: number): Promise<AlertRule> {
    const id = await this.write('save the new alert rule', async () => {
      const r = await this.db.query<{ id: number }>(
        `INSERT INTO alert_rules (name, target_pattern, key_pattern, metric, op, threshold, for_s, webhook_url, enabled, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [...ruleValues(input, false), Math.round(nowMs)],
      );
      return r.rows[0].id;
    });
    return this.get(id)!;
  }

  async update(id: number, input: AlertRuleInput): Promise<AlertRule | undefined> {
    const changed = await this.write('save the alert rule change', async () => {
      const r = await this.db.query(
        'UPDATE alert_rules SET name = $1, target_pattern = $2, key_pattern = $3, metric = $4, op = $5, threshold = $6, for_s = $7, webhook_url = $8, enabled = $9 WHERE id = $10',
        [...ruleValues(input, false), id],
      );
      return (r.rowCount ?? 0) > 0;
    });
    return changed ? this.get(id) : undefined;
  }

  delete(id: number): Promise<boolean> {
    return this.write('delete the alert rule', async () => {
      const r = await this.db.query('DELETE FROM alert_rules WHERE id = $1', [id]);
      await this.db.query('DELETE FROM alert_state WHERE rule_id = $1', [id]);
      return (r.rowCount ?? 0) > 0;
    });
  }

  /**
   * Claims each change for this server; one that cannot be recorded
   * (PostgreSQL down) is notified all the same: a duplicate webhook is
   * better than a lost alert.
   */
  async claim(events: readonly ClaimedAlertEvent[]): Promise<boolean[]> {
    const won: boolean[] = [];
    for (const e of events) {
      try {
        const r = await this.db.query(CLAIM, [e.ruleId, e.ruleName, e.targetId, e.key, e.state, e.value, Math.round(e.at), Math.round(e.asOfMs)]);
        won.push((r.rowCount ?? 0) > 0);
      } catch (err) {
        this.faults?.failed('alerts', 'log an alert state change', err, 'its webhook is sent by this server without asking the others');
        won.push(true);
      }
    }
    return won;
  }

  async recentEvents(limit: number): Promise<StoredAlertEvent[]> {
    let rows;
    try {
      rows = (await this.db.query<EventRow>('SELECT * FROM alert_events ORDER BY at DESC, id DESC LIMIT $1', [limit])).rows;
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
      throw new LdError('LD_ERR_STORAGE_UNAVAILABLE', `could not read alert events: ${describeProblem(err)}, database ${this.db.name}`);
    }
    return rows.map(toEvent);
  }
}
