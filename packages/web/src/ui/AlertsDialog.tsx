import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../core/api.js';
import type { AlertInfo } from '../core/types.js';

interface Rule {
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

const METRICS = ['p50', 'p90', 'p95', 'p99', 'avg', 'min', 'max', 'throughput', 'events_per_second', 'avg_processing'];

/** Alert rules: list, add, enable/disable, delete; and what fired lately. */
export function AlertsDialog({ apiKey, recent, onClose }: { apiKey?: string; recent: AlertInfo[]; onClose: () => void }) {
  const [rules, setRules] = useState<Rule[]>([]);
  const [error, setError] = useState<string>();
  const [form, setForm] = useState({ name: '', targetPattern: '*', keyPattern: '*', metric: 'p90', op: 'above', threshold: '250', forS: '30', webhookUrl: '' });

  const load = useCallback(async () => {
    try {
      setRules((await api<{ rules: Rule[] }>('/api/v1/alerts/rules', { apiKey })).rules);
    } catch (err) {
      setError((err as Error).message);
    }
  }, [apiKey]);
  useEffect(() => void load(), [load]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api('/api/v1/alerts/rules', {
        method: 'POST',
        apiKey,
        body: JSON.stringify({ ...form, threshold: Number(form.threshold), forS: Number(form.forS), webhookUrl: form.webhookUrl || null }),
      });
      setForm((f) => ({ ...f, name: '' }));
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const change = async (rule: Rule, patch: Partial<Rule> | 'delete') => {
    setError(undefined);
    try {
      if (patch === 'delete') await api(`/api/v1/alerts/rules/${rule.id}`, { method: 'DELETE', apiKey });
      else await api(`/api/v1/alerts/rules/${rule.id}`, { method: 'PUT', apiKey, body: JSON.stringify(patch) });
      await load();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const field = (name: keyof typeof form, label: string, props: Record<string, unknown> = {}) => (
    <label className="form-field">
      {label}
      <input className="input" value={form[name]} onChange={(e) => setForm((f) => ({ ...f, [name]: e.target.value }))} data-testid={`rule-${name}`} {...props} />
    </label>
  );

  return (
    <div className="overlay" role="dialog" aria-modal aria-label="Alert rules" onClick={onClose}>
      <div className="dialog wide" onClick={(e) => e.stopPropagation()}>
        <h2>Alert rules</h2>
        {error ? <div className="error" role="alert">{error}</div> : null}
        <table className="rules">
          <thead>
            <tr>
              <th>Name</th>
              <th>Target / key</th>
              <th>Condition</th>
              <th>On</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.length === 0 ? (
              <tr>
                <td colSpan={5} className="muted">No rules yet.</td>
              </tr>
            ) : null}
            {rules.map((r) => (
              <tr key={r.id} data-testid="rule-row">
                <td>{r.name}</td>
                <td>
                  {r.targetPattern} / {r.keyPattern}
                </td>
                <td>
                  {r.metric} {r.op} {r.threshold} for {r.forS} s{r.webhookUrl ? ' · webhook' : ''}
                </td>
                <td>
                  <input type="checkbox" checked={r.enabled} onChange={(e) => void change(r, { enabled: e.target.checked })} aria-label={`enable ${r.name}`} />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => void change(r, 'delete')}>
                    delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <form className="rule-form" onSubmit={(e) => void submit(e)}>
          {field('name', 'Name', { required: true, placeholder: 'slow checkout' })}
          {field('targetPattern', 'Targets (glob)')}
          {field('keyPattern', 'Keys (glob)')}
          <label className="form-field">
            Metric
            <select className="input" value={form.metric} onChange={(e) => setForm((f) => ({ ...f, metric: e.target.value }))} data-testid="rule-metric">
              {METRICS.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label className="form-field">
            When
            <select className="input" value={form.op} onChange={(e) => setForm((f) => ({ ...f, op: e.target.value }))}>
              <option value="above">above</option>
              <option value="below">below</option>
            </select>
          </label>
          {field('threshold', 'Threshold', { type: 'number', step: 'any' })}
          {field('forS', 'For (s)', { type: 'number', min: 0 })}
          {field('webhookUrl', 'Webhook URL (optional)', { type: 'url', placeholder: 'https://…' })}
          <button type="submit" className="btn" data-testid="rule-add">
            Add rule
          </button>
        </form>
        <h3>Recent changes</h3>
        <ul className="recent">
          {recent.length === 0 ? <li className="muted">None since this page opened.</li> : null}
          {recent.slice(0, 10).map((a, i) => (
            <li key={i} className={a.state}>
              {new Date(a.timeMs).toLocaleTimeString()} {a.state === 'firing' ? '■ firing' : '✓ resolved'}: {a.ruleName} — {a.targetId}/{a.key} {a.metric} = {a.value.toFixed(1)}
            </li>
          ))}
        </ul>
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
