import type { Log } from '../log.js';
import type { AlertEvaluator } from './alert-evaluator.js';
import { parseRuleInput } from './alert-rule.js';

/**
 * Creates the config file's alert rules that do not exist yet (matched by
 * name), so rules kept in a config file survive restarts without doubling.
 * A bad rule stops the start with its reason.
 */
export function seedAlertRules(alerts: AlertEvaluator, rules: readonly unknown[], nowMs: number, log: Log): void {
  if (rules.length === 0) return;
  const existing = new Set(alerts.store.list().map((r) => r.name));
  let created = 0;
  rules.forEach((raw, i) => {
    const input = parseRuleInput(raw);
    if (typeof input === 'string') throw new RangeError(`alertRules[${i}]: ${input}`);
    if (existing.has(input.name)) return;
    alerts.store.create(input, nowMs);
    existing.add(input.name);
    created++;
  });
  if (created > 0) {
    alerts.reload();
    log.info({ created }, 'created alert rules from the config file');
  }
}
