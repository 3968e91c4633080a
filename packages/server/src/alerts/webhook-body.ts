import type { AlertRule } from './alert-rule.js';

/** One series that changed state in an evaluation. */
export interface WebhookAlert {
  state: 'firing' | 'resolved';
  targetId: string;
  key: string;
  /** The rule's metric for this series at the change, in the metric's unit. */
  value: number;
  /** When this series started firing (ISO 8601). */
  startsAt: string;
  /** When it resolved (ISO 8601); null while firing. */
  endsAt: string | null;
}

/**
 * What a webhook receives: one POST per rule per evaluation, listing every
 * series of that rule that changed state (grouped as Alertmanager does), so
 * a hundred flapping series cost one delivery a second, not a hundred.
 * The rule's own webhookUrl is left out: it may carry a token, and the
 * same body goes to the global webhooks too. README "Alerts" documents it.
 */
export interface WebhookBody {
  version: 1;
  /** "firing" when any listed series fires, else "resolved". */
  status: 'firing' | 'resolved';
  rule: Omit<AlertRule, 'webhookUrl' | 'createdAt' | 'enabled'>;
  /** The evaluation that saw the changes (ISO 8601). */
  evaluatedAt: string;
  /** Changes of each kind in this evaluation, including any left out of `alerts`. */
  firing: number;
  resolved: number;
  /** Changes left out of `alerts` (over --webhook-max-alerts); firing ones are listed first. */
  truncatedAlerts: number;
  alerts: WebhookAlert[];
}

export interface AlertChange {
  state: 'firing' | 'resolved';
  targetId: string;
  key: string;
  value: number;
  startsAtMs: number;
  atMs: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function webhookBody(rule: AlertRule, changes: readonly AlertChange[], nowMs: number, maxAlerts: number): WebhookBody {
  const firing = changes.filter((c) => c.state === 'firing');
  const resolved = changes.filter((c) => c.state === 'resolved');
  const listed = [...firing, ...resolved].slice(0, maxAlerts);
  const { id, name, targetPattern, keyPattern, metric, op, threshold, forS } = rule;
  return {
    version: 1,
    status: firing.length > 0 ? 'firing' : 'resolved',
    rule: { id, name, targetPattern, keyPattern, metric, op, threshold, forS },
    evaluatedAt: iso(nowMs),
    firing: firing.length,
    resolved: resolved.length,
    truncatedAlerts: changes.length - listed.length,
    alerts: listed.map((c) => ({
      state: c.state,
      targetId: c.targetId,
      key: c.key,
      value: c.value,
      startsAt: iso(c.startsAtMs),
      endsAt: c.state === 'resolved' ? iso(c.atMs) : null,
    })),
  };
}
