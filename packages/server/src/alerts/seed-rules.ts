import { LdError } from '../errors.js';
import type { Log } from '../log.js';
import type { AlertEvaluator } from './alert-evaluator.js';
import { parseRuleInput, type AlertRuleInput } from './alert-rule.js';

/** The config file's rules, checked: a bad rule stops the start with its reason. */
export function checkSeedRules(rules: readonly unknown[]): AlertRuleInput[] {
  return rules.map((raw, i) => {
    const input = parseRuleInput(raw);
    if (typeof input === 'string') throw new RangeError(`alertRules[${i}]: ${input}`);
    return input;
  });
}

/**
 * Creates the config file's alert rules that do not exist yet (matched by
 * name), so rules kept in a config file survive restarts without doubling.
 * Returns false when the file cannot take them now (disk full): the caller
 * tries again once it can; rules already created stay.
 */
export async function seedAlertRules(alerts: AlertEvaluator, rules: readonly AlertRuleInput[], nowMs: number, log: Log): Promise<boolean> {
  if (rules.length === 0) return true;
  const existing = new Set(alerts.store.list().map((r) => r.name));
  let created = 0;
  let done = true;
  for (const input of rules) {
    if (existing.has(input.name)) continue;
    try {
      await alerts.store.create(input, nowMs);
    } catch (err) {
      if (!(err instanceof LdError) || err.code !== 'LD_ERR_STORAGE_UNAVAILABLE') throw err;
      log.warn({ rule: input.name }, `the config file's alert rules are not all stored yet (${err.message}); tried again once the file takes writes`);
      done = false;
      break;
    }
    existing.add(input.name);
    created++;
  }
  if (created > 0) {
    alerts.reload();
    log.info({ created }, 'created alert rules from the config file');
  }
  return done;
}
