import { useCallback, useEffect, useState } from 'react';
import { api } from '../core/api.js';

export interface Rule {
  id: number;
  name: string;
  targetPattern: string;
  keyPattern: string;
  metric: string;
  op: string;
  threshold: number;
  forS: number;
  webhookUrl: string | null;
  enabled: boolean;
}

export type NewRule = Omit<Rule, 'id' | 'enabled'>;

export interface AlertRules {
  rules: Rule[];
  error: string | undefined;
  /** Each resolves true when the server took the change (the list then reloads), false when it said no (see `error`). */
  add(rule: NewRule): Promise<boolean>;
  update(rule: Rule, patch: Partial<NewRule & { enabled: boolean }>): Promise<boolean>;
  remove(rule: Rule): Promise<boolean>;
}

const PATH = '/api/v1/alerts/rules';

/** The server's alert rules, reloaded after every change made through it. */
export function useAlertRules(apiKey: string | undefined): AlertRules {
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState<string>();
  // Bumped after each change: the list is fetched again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api<{ rules: Rule[] }>(PATH, { apiKey }).then(
      (body) => {
        if (!cancelled) setRules(body.rules);
      },
      (err: unknown) => {
        if (!cancelled) setError((err as Error).message);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [apiKey, version]);

  const run = useCallback(async (request: () => Promise<unknown>): Promise<boolean> => {
    setError(undefined);
    try {
      await request();
      setVersion((v) => v + 1);
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
    }
  }, []);

  return {
    rules,
    error,
    add: (rule) => run(() => api(PATH, { method: 'POST', apiKey, body: JSON.stringify(rule) })),
    update: (rule, patch) => run(() => api(`${PATH}/${rule.id}`, { method: 'PUT', apiKey, body: JSON.stringify(patch) })),
    remove: (rule) => run(() => api(`${PATH}/${rule.id}`, { method: 'DELETE', apiKey })),
  };
}
