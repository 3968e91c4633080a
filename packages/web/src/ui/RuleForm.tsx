import { ALERT_METRICS, alertUnit, metricForAlert, type AlertMetric } from '@latency-dash/protocol';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ruleFormProblems, type RuleFormFields } from './rule-form-check.js';
import type { NewRule, Rule } from './use-alert-rules.js';
import { useGlobPreview } from './use-glob-preview.js';

type Form = RuleFormFields & { metric: AlertMetric; op: string; webhookUrl: string };

const EMPTY: Form = { name: '', targetPattern: '*', keyPattern: '*', metric: 'p90', op: 'above', threshold: '', forS: '30', webhookUrl: '' };

const fromRule = (r: Rule): Form => ({
  name: r.name,
  targetPattern: r.targetPattern,
  keyPattern: r.keyPattern,
  metric: r.metric as AlertMetric,
  op: r.op,
  threshold: String(r.threshold),
  forS: String(r.forS),
  webhookUrl: r.webhookUrl ?? '',
});

export interface RuleFormProps {
  /** The rule being changed; absent: a new one. */
  editing?: Rule;
  /** Resolves true when the server took it. */
  onSave: (rule: NewRule) => Promise<boolean>;
  onCancelEdit: () => void;
  apiKey?: string;
}

/**
 * A new alert rule, or a change to one: on any metric the metric table lets
 * rules watch, with the threshold in that metric's unit. Checked here before
 * it is sent (the server checks again), with the series the globs match.
 */
export function RuleForm({ editing, onSave, onCancelEdit, apiKey }: RuleFormProps) {
  const [form, setForm] = useState<Form>(editing ? fromRule(editing) : EMPTY);
  // Problems show once the user tried to save, then follow each keystroke.
  const [tried, setTried] = useState(false);
  const problems = ruleFormProblems(form);
  const shown = tried ? problems : {};
  const preview = useGlobPreview(form.targetPattern.trim(), form.keyPattern.trim(), apiKey);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const unit = alertUnit(form.metric);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setTried(true);
    const firstProblem = Object.keys(problems)[0];
    if (firstProblem !== undefined) {
      // The first field to fix (its aria-invalid is not rendered yet).
      e.currentTarget.querySelector<HTMLElement>(`[data-testid=rule-${firstProblem}]`)?.focus();
      return;
    }
    const saved = await onSave({
      ...form,
      name: form.name.trim(),
      targetPattern: form.targetPattern.trim(),
      keyPattern: form.keyPattern.trim(),
      threshold: Number(form.threshold),
      forS: Number(form.forS),
      webhookUrl: form.webhookUrl.trim() || null,
    });
    if (saved && !editing) {
      setForm(EMPTY);
      setTried(false);
    }
  };
  const field = (name: keyof RuleFormFields | 'webhookUrl', label: ReactNode, props: Record<string, unknown> = {}) => {
    const problem = name === 'webhookUrl' ? undefined : shown[name];
    return (
      <label className="form-field">
        {label}
        <input
          className="input"
          value={form[name]}
          onChange={(e) => set({ [name]: e.target.value })}
          data-testid={`rule-${name}`}
          aria-invalid={problem !== undefined}
          aria-describedby={problem !== undefined ? `rule-${name}-problem` : undefined}
          {...props}
        />
        {problem !== undefined ? (
          <span className="field-problem" id={`rule-${name}-problem`} data-testid={`rule-${name}-problem`}>
            {problem}
          </span>
        ) : null}
      </label>
    );
  };

  return (
    <form className="rule-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rule-form-title" data-testid="rule-form">
      <h3 id="rule-form-title" className="form-title">
        {editing ? `Change rule “${editing.name}”` : 'New rule'}
      </h3>
      {field('name', 'Name', { placeholder: 'slow checkout', 'aria-required': true })}
      {field('targetPattern', 'Targets (glob)', { 'aria-required': true })}
      {field('keyPattern', 'Keys (glob)', { 'aria-required': true })}
      <label className="form-field">
        Metric
        <select className="input" value={form.metric} onChange={(e) => set({ metric: e.target.value as AlertMetric })} data-testid="rule-metric">
          {ALERT_METRICS.map((m) => (
            <option key={m} value={m} title={metricForAlert(m).description}>
              {m} ({alertUnit(m)})
            </option>
          ))}
        </select>
      </label>
      <label className="form-field">
        When
        <select className="input" value={form.op} onChange={(e) => set({ op: e.target.value })} data-testid="rule-op">
          <option value="above">above</option>
          <option value="below">below</option>
        </select>
      </label>
      {field(
        'threshold',
        <span>
          Threshold (<span data-testid="rule-unit">{unit}</span>)
        </span>,
        { type: 'number', step: 'any', inputMode: 'decimal', placeholder: unit, 'aria-required': true },
      )}
      {field('forS', 'For (s)', { type: 'number', min: 0, step: 1, inputMode: 'numeric' })}
      {field('webhookUrl', 'Webhook URL (optional)', { type: 'url', placeholder: 'https://…' })}
      <p className="muted rule-meaning">{metricForAlert(form.metric).description}</p>
      <GlobPreviewNote preview={preview} />
      <div className="form-actions">
        <button type="submit" className="btn" data-testid="rule-add">
          {editing ? 'Save changes' : 'Add rule'}
        </button>
        {editing ? (
          <button type="button" className="btn subtle" onClick={onCancelEdit} data-testid="rule-cancel-edit">
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function GlobPreviewNote({ preview }: { preview: ReturnType<typeof useGlobPreview> }) {
  if (preview === undefined) return null;
  const names = preview.series.map((s) => `${s.targetId}/${s.key}`).join(', ');
  return (
    <p className="muted glob-preview" data-testid="rule-preview" data-total={preview.total} aria-live="polite">
      {preview.total === 0
        ? 'Matches no live series yet (the rule will watch series that appear later).'
        : `Matches ${preview.total} live series: ${names}${preview.total > preview.series.length ? ', …' : ''}`}
    </p>
  );
}
