import { ALERT_METRICS, alertUnit, type AlertMetric } from '@latency-dash/protocol';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { NewRule } from './use-alert-rules.js';

const EMPTY = { name: '', targetPattern: '*', keyPattern: '*', metric: 'p90' as AlertMetric, op: 'above', threshold: '250', forS: '30', webhookUrl: '' };
type Form = typeof EMPTY;

/** A new alert rule: on any metric the metric table lets rules watch, with the threshold in that metric's unit. */
export function RuleForm({ onAdd }: { onAdd: (rule: NewRule) => Promise<boolean> }) {
  const [form, setForm] = useState(EMPTY);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const added = await onAdd({ ...form, threshold: Number(form.threshold), forS: Number(form.forS), webhookUrl: form.webhookUrl || null });
    if (added) set({ name: '' });
  };
  const field = (name: Exclude<keyof Form, 'metric'>, label: ReactNode, props: Record<string, unknown> = {}) => (
    <label className="form-field">
      {label}
      <input className="input" value={form[name]} onChange={(e) => set({ [name]: e.target.value })} data-testid={`rule-${name}`} {...props} />
    </label>
  );

  return (
    <form className="rule-form" onSubmit={(e) => void submit(e)}>
      {field('name', 'Name', { required: true, placeholder: 'slow checkout' })}
      {field('targetPattern', 'Targets (glob)')}
      {field('keyPattern', 'Keys (glob)')}
      <label className="form-field">
        Metric
        <select className="input" value={form.metric} onChange={(e) => set({ metric: e.target.value as AlertMetric })} data-testid="rule-metric">
          {ALERT_METRICS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label className="form-field">
        When
        <select className="input" value={form.op} onChange={(e) => set({ op: e.target.value })}>
          <option value="above">above</option>
          <option value="below">below</option>
        </select>
      </label>
      {field(
        'threshold',
        <span>
          Threshold (<span data-testid="rule-unit">{alertUnit(form.metric)}</span>)
        </span>,
        { type: 'number', step: 'any' },
      )}
      {field('forS', 'For (s)', { type: 'number', min: 0 })}
      {field('webhookUrl', 'Webhook URL (optional)', { type: 'url', placeholder: 'https://…' })}
      <button type="submit" className="btn" data-testid="rule-add">
        Add rule
      </button>
    </form>
  );
}
