import { LdError } from '../errors.js';
import { ensureWal, probeWrite, type Db } from '../storage/database.js';
import { describeProblem, storageProblem } from '../storage/storage-errors.js';
import type { StorageFaults } from '../storage/storage-faults.js';
import type { AlertRule, AlertRuleInput } from './alert-rule.js';
import type { MaybePromise } from '../history/history-backend.js';
import { ruleValues, toEvent, toRule, type EventRow, type RuleRow } from './alert-rows.js';

/**
 * Where alert rules and their state changes are kept: the SQLite file
 * (synchronous) or PostgreSQL (pg-alert-store.ts, shared by a cluster, the
 * rules read from a cache refreshed on a timer). Writes may be promises.
 */
export interface AlertBackend {
  readonly isReady: boolean;
  list(): AlertRule[];
  get(id: number): AlertRule | undefined;
  create(input: AlertRuleInput, nowMs: number): MaybePromise<AlertRule>;
  update(id: number, input: AlertRuleInput): MaybePromise<AlertRule | undefined>;
  delete(id: number): MaybePromise<boolean>;
  recentEvents(limit: number): MaybePromise<StoredAlertEvent[]>;
  /**
   * Records state changes; for each, whether this server is the one to
   * notify (send webhooks) for it. Alone it always is; with PostgreSQL the
   * first server to record a rule+series transition is, so a cluster sends
   * each once. Never throws.
   */
  claim(events: readonly ClaimedAlertEvent[]): MaybePromise<boolean[]>;
}

/** A state change as the evaluator claims it: with the data it was decided on, which orders changes across servers. */
export interface ClaimedAlertEvent extends StoredAlertEvent {
  /** The series' last event (arrival, Unix ms) when evaluated: a change decided on older data than the stored state's loses. */
  asOfMs: number;
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

/**
 * Alert rules and the log of their state changes, in the server's SQLite file.
 *
 * A rule change that cannot be written fails with LD_ERR_STORAGE_UNAVAILABLE
 * and changes nothing (one statement, rolled back by SQLite). A state change
 * that cannot be logged is counted and dropped: the alert itself still goes
 * to viewers and webhooks. On a new file on a full disk the tables cannot
 * even be created: the store holds no rules until they can (tried on every
 * write and by the probe).
 */
export class AlertStore implements AlertBackend {
  private ready = false;

  constructor(
    private readonly db: Db,
    private readonly faults?: StorageFaults,
  ) {
    const probe = () => {
      this.ensureReady();
      probeWrite(this.db);
    };
    try {
      // Tried at once, so a file that cannot be written shows in /health from the start.
      probe();
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
      faults?.failed('alerts', 'write alert rules', err, 'rule changes are refused (503) until then');
    }
    faults?.setProbe('alerts', probe);
  }

  /** Whether the tables exist: false only on a new file that could not take them yet. */
  get isReady(): boolean {
    return this.ready;
  }

  private ensureReady(): void {
    if (this.ready) return;
    ensureWal(this.db);
    this.db.exec(`
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
    this.ready = true;
  }

  /** A rule change: written whole or not at all; a storage failure becomes LD_ERR_STORAGE_UNAVAILABLE. */
  private write<T>(action: string, fn: () => T): T {
    let result: T;
    try {
      this.ensureReady();
      result = fn();
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
      this.faults?.failed('alerts', action, err);
      throw new LdError(
        'LD_ERR_STORAGE_UNAVAILABLE',
        `could not ${action}: ${describeProblem(err)}, file ${this.faults?.path ?? this.db.name}; nothing was changed. ${storageProblem(err)!.fix}`,
      );
    }
    this.faults?.ok('alerts');
    return result;
  }

  /** A read; a storage failure becomes LD_ERR_STORAGE_UNAVAILABLE (not counted: nothing was lost). */
  private read<T>(empty: T, fn: () => T): T {
    if (!this.ready) return empty;
    try {
      return fn();
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
      throw new LdError('LD_ERR_STORAGE_UNAVAILABLE', `could not read alert rules: ${describeProblem(err)}, file ${this.faults?.path ?? this.db.name}`);
    }
  }

  list(): AlertRule[] {
    return this.read([], () => this.db.prepare<[], RuleRow>('SELECT * FROM alert_rules ORDER BY id').all().map(toRule));
  }

  get(id: number): AlertRule | undefined {
    const row = this.read(undefined, () => this.db.prepare<[number], RuleRow>('SELECT * FROM alert_rules WHERE id = ?').get(id));
    return row && toRule(row);
  }

  create(input: AlertRuleInput, nowMs: number): AlertRule {
    const id = this.write('save the new alert rule', () => this.insert(input, nowMs));
    return this.get(id)!;
  }

  private insert(input: AlertRuleInput, nowMs: number): number {
    const info = this.db
      .prepare(
        'INSERT INTO alert_rules (name, target_pattern, key_pattern, metric, op, threshold, for_s, webhook_url, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(...ruleValues(input, true), Math.round(nowMs));
    return Number(info.lastInsertRowid);
  }

  update(id: number, input: AlertRuleInput): AlertRule | undefined {
    const info = this.write('save the alert rule change', () =>
      this.db
        .prepare(
          'UPDATE alert_rules SET name = ?, target_pattern = ?, key_pattern = ?, metric = ?, op = ?, threshold = ?, for_s = ?, webhook_url = ?, enabled = ? WHERE id = ?',
        )
        .run(...ruleValues(input, true), id),
    );
    return info.changes === 0 ? undefined : this.get(id);
  }

  delete(id: number): boolean {
    return this.write('delete the alert rule', () => this.db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id).changes > 0);
  }

  /** Never throws: called from the evaluator's timer, where a throw would end the process. */
  logEvent(e: StoredAlertEvent): void {
    try {
      this.write('log an alert state change', () =>
        this.db
          .prepare('INSERT INTO alert_events (rule_id, rule_name, target, key, state, value, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(e.ruleId, e.ruleName, e.targetId, e.key, e.state, e.value, Math.round(e.at)),
      );
    } catch (err) {
      if (!(err instanceof LdError)) this.faults?.failed('alerts', 'log an alert state change', err);
    }
  }

  /** Alone, this server notifies every change it logs. */
  claim(events: readonly StoredAlertEvent[]): boolean[] {
    return events.map((e) => {
      this.logEvent(e);
      return true;
    });
  }

  recentEvents(limit: number): StoredAlertEvent[] {
    return this.read([], () => this.db.prepare<[number], EventRow>('SELECT * FROM alert_events ORDER BY at DESC, id DESC LIMIT ?').all(limit)).map(toEvent);
  }
}
