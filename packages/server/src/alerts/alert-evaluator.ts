import type { Decoded, latency } from '@latency-dash/protocol';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { globToRegExp, metricValue, type AlertRule } from './alert-rule.js';
import { isPromise } from '../history/history-backend.js';
import type { AlertBackend, ClaimedAlertEvent } from './alert-store.js';
import { webhookBody, type AlertChange } from './webhook-body.js';
import type { WebhookSender } from './webhook-sender.js';

interface Instance {
  rule: AlertRule;
  targetId: string;
  key: string;
  /** When the condition started holding, Unix ms. */
  sinceMs: number;
  firing: boolean;
  value: number;
  firedAtMs: number;
  /** Arrival of the series' last event when last evaluated: orders this server's changes against other servers' (pg-alert-store.ts). */
  asOfMs: number;
}

/** An alert change as the evaluator makes it: the wire AlertEvent with every field set (time in Unix ns). */
export type FiredAlert = Omit<Decoded<latency.AlertEvent.$Properties>, '$unknowns' | 'state'> & { state: 'firing' | 'resolved' };

export type AlertsListener = (firing: FiredAlert[], changes: FiredAlert[]) => void;

/** The changes of one evaluation, in order, each as stored and as a webhook lists it. */
type Pending = { rule: AlertRule; stored: ClaimedAlertEvent; change: AlertChange }[];
/** The changes of one evaluation, by rule: each rule's go out as one webhook delivery. */
type ChangesByRule = Map<number, { rule: AlertRule; changes: AlertChange[] }>;

export interface AlertEvaluatorOptions {
  /** Webhooks that get every rule's changes, besides each rule's own. */
  globalWebhooks: readonly string[];
  /** Series listed in one webhook delivery (the rest are counted in it). */
  webhookMaxAlerts: number;
}

/**
 * Checks every enabled rule against the combined series it matches, once a
 * second. A condition that holds for the rule's `forS` fires; one that stops
 * holding (or whose series or rule disappears) resolves. Each change is
 * stored and sent to listeners (the WebSocket clients); each rule's changes
 * of one pass are logged in one line and sent to webhooks in one delivery.
 */
export class AlertEvaluator {
  private rules: { rule: AlertRule; target: RegExp; key: RegExp }[] = [];
  private readonly instances = new Map<string, Instance>();
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<AlertsListener>();
  private lastNotify: Promise<void> = Promise.resolve();

  constructor(
    private readonly engine: MetricsEngine,
    readonly store: AlertBackend,
    private readonly webhooks: WebhookSender,
    private readonly options: AlertEvaluatorOptions,
    private readonly log: Log,
  ) {
    this.reload();
  }

  start(intervalMs = 1000): void {
    this.timer = setInterval(() => this.evaluate(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  onChange(listener: AlertsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the rules after a change; instances of removed or changed rules resolve. */
  reload(): void {
    this.rules = this.store
      .list()
      .filter((r) => r.enabled)
      .map((rule) => ({ rule, target: globToRegExp(rule.targetPattern), key: globToRegExp(rule.keyPattern) }));
    const current = new Map(this.rules.map((r) => [r.rule.id, r.rule]));
    const nowMs = this.engine.clock.nowMs();
    const changes: FiredAlert[] = [];
    const pending: Pending = [];
    for (const [id, inst] of this.instances) {
      const rule = current.get(inst.rule.id);
      if (rule !== undefined && JSON.stringify(rule) === JSON.stringify(inst.rule)) continue;
      this.instances.delete(id);
      if (inst.firing) changes.push(this.transition(inst, 'resolved', nowMs, pending));
    }
    this.publish(changes, pending, nowMs);
  }

  /** How many alert instances fire now (without building them, as firing() does). */
  firingCount(): number {
    let n = 0;
    for (const i of this.instances.values()) if (i.firing) n++;
    return n;
  }

  firing(): FiredAlert[] {
    return [...this.instances.values()].filter((i) => i.firing).map((i) => this.toEvent(i, 'firing', i.firedAtMs));
  }

  /** Resolves once the last pass's webhooks are queued (with PostgreSQL, after the cluster said which server sends them). */
  notified(): Promise<void> {
    return this.lastNotify;
  }

  /** One evaluation pass; public so tests can drive it with a manual clock. */
  evaluate(): void {
    const nowMs = this.engine.clock.nowMs();
    const seen = new Set<string>();
    const changes: FiredAlert[] = [];
    const pending: Pending = [];
    for (const { rule, target, key } of this.rules) {
      for (const t of this.engine.targets.values()) {
        if (!target.test(t.id)) continue;
        for (const series of t.combined.values()) {
          if (!key.test(series.key)) continue;
          const value = metricValue(series, rule.metric, nowMs);
          if (value === undefined) continue;
          const id = `${rule.id}\u0000${t.id}\u0000${series.key}`;
          const holds = rule.op === 'above' ? value > rule.threshold : value < rule.threshold;
          let inst = this.instances.get(id);
          if (!holds) {
            if (inst?.firing) {
              inst.value = value;
              inst.asOfMs = series.lastUpdateMs;
              changes.push(this.transition(inst, 'resolved', nowMs, pending));
            }
            this.instances.delete(id);
            continue;
          }
          seen.add(id);
          if (inst === undefined) {
            inst = { rule, targetId: t.id, key: series.key, sinceMs: nowMs, firing: false, value, firedAtMs: 0, asOfMs: 0 };
            this.instances.set(id, inst);
          }
          inst.value = value;
          inst.asOfMs = series.lastUpdateMs;
          if (!inst.firing && nowMs - inst.sinceMs >= rule.forS * 1000) {
            inst.firing = true;
            inst.firedAtMs = nowMs;
            changes.push(this.transition(inst, 'firing', nowMs, pending));
          }
        }
      }
    }
    // Series that went away (target removed) take their alerts with them.
    for (const [id, inst] of this.instances) {
      if (seen.has(id)) continue;
      this.instances.delete(id);
      if (inst.firing) changes.push(this.transition(inst, 'resolved', nowMs, pending));
    }
    this.publish(changes, pending, nowMs);
  }

  private transition(inst: Instance, state: 'firing' | 'resolved', nowMs: number, pending: Pending): FiredAlert {
    const event = this.toEvent(inst, state, nowMs);
    pending.push({
      rule: inst.rule,
      stored: {
        ruleId: inst.rule.id,
        ruleName: inst.rule.name,
        targetId: inst.targetId,
        key: inst.key,
        state,
        value: inst.value,
        at: nowMs,
        asOfMs: inst.asOfMs,
      },
      change: { state, targetId: inst.targetId, key: inst.key, value: inst.value, startsAtMs: inst.firedAtMs, atMs: nowMs },
    });
    return event;
  }

  /** The changes this server is to notify (all, alone; with PostgreSQL those it recorded first), by rule. */
  private byRule(pending: Pending, won: readonly boolean[]): ChangesByRule {
    const byRule: ChangesByRule = new Map();
    pending.forEach(({ rule, change }, i) => {
      if (!won[i]) return;
      let group = byRule.get(rule.id);
      if (group === undefined) byRule.set(rule.id, (group = { rule, changes: [] }));
      group.changes.push(change);
    });
    return byRule;
  }

  /** One log line and one webhook delivery per rule that changed, however many of its series did. */
  private notify(byRule: ChangesByRule, nowMs: number): void {
    for (const { rule, changes } of byRule.values()) {
      const firing = changes.filter((c) => c.state === 'firing').length;
      this.log.info(
        { rule: rule.name, firing, resolved: changes.length - firing, series: changes.slice(0, 5).map((c) => `${c.targetId}/${c.key} ${c.state}`) },
        `alert ${rule.name}: ${firing} firing, ${changes.length - firing} resolved`,
      );
      const urls = new Set(this.options.globalWebhooks);
      if (rule.webhookUrl) urls.add(rule.webhookUrl);
      if (urls.size === 0) continue;
      const json = JSON.stringify(webhookBody(rule, changes, nowMs, this.options.webhookMaxAlerts));
      for (const url of urls) this.webhooks.send(url, json);
    }
  }

  private toEvent(inst: Instance, state: 'firing' | 'resolved', atMs: number): FiredAlert {
    return {
      ruleId: inst.rule.id,
      ruleName: inst.rule.name,
      targetId: inst.targetId,
      key: inst.key,
      metric: inst.rule.metric,
      op: inst.rule.op,
      threshold: inst.rule.threshold,
      value: inst.value,
      state,
      time: Math.round(atMs * 1e6),
      forS: inst.rule.forS,
    };
  }

  private publish(changes: FiredAlert[], pending: Pending, nowMs: number): void {
    if (changes.length === 0) return;
    const won = this.store.claim(pending.map((p) => p.stored));
    // Alone (SQLite) at once, as before; with PostgreSQL once the cluster has said which server notifies.
    if (isPromise(won)) this.lastNotify = won.then((w) => this.notify(this.byRule(pending, w), nowMs));
    else this.notify(this.byRule(pending, won), nowMs);
    const firing = this.firing();
    for (const l of this.listeners) l(firing, changes);
  }
}
