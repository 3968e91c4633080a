import { ALERT_METRICS, alertUnit, type AlertMetric } from '@latency-dash/protocol';
import { useState } from 'react';
import type { AlertInfo } from '@latency-dash/protocol/live';
import { Modal } from './Modal.js';
import { RuleForm } from './RuleForm.js';
import { useAlertRules, type Rule } from './use-alert-rules.js';

/** A rule's metric unit ("ms", "B/s", …), when the metric is one the table knows. */
const unitOf = (metric: string) => ((ALERT_METRICS as readonly string[]).includes(metric) ? ` ${alertUnit(metric as AlertMetric)}` : '');

export interface AlertsDialogProps {
  apiKey?: string;
  /** What fires now. */
  firing: AlertInfo[];
  recent: AlertInfo[];
  /** Show one firing series in the table (and close the dialog). */
  onShowSeries: (targetId: string, key: string) => void;
  onClose: () => void;
}

/** Alert rules: list with each one's state, add, change, enable/disable, delete; and what fired lately. */
export function AlertsDialog({ apiKey, firing, recent, onShowSeries, onClose }: AlertsDialogProps) {
  const rules = useAlertRules(apiKey);
  const [editing, setEditing] = useState<Rule>();
  const save = async (rule: Parameters<typeof rules.add>[0]) => {
    const ok = editing ? await rules.update(editing, rule) : await rules.add(rule);
    if (ok) setEditing(undefined);
    return ok;
  };
  return (
    <Modal labelledBy="alerts-title" testId="alerts-dialog" onClose={onClose}>
      <div className="dialog wide">
        <h2 id="alerts-title">Alert rules</h2>
        {rules.error ? (
          <div className="error" role="alert" data-testid="rules-error">
            {rules.error}
          </div>
        ) : null}
        <RulesTable
          rules={rules.rules}
          firing={firing}
          onEnable={(r, enabled) => void rules.update(r, { enabled })}
          onEdit={setEditing}
          onDelete={(r) => void rules.remove(r)}
          onShowSeries={onShowSeries}
        />
        {/* Keyed by the rule: choosing another one starts the form afresh. */}
        <RuleForm key={editing?.id ?? 'new'} editing={editing} onSave={save} onCancelEdit={() => setEditing(undefined)} apiKey={apiKey} />
        <RecentChanges recent={recent} />
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

interface RulesTableProps {
  rules: Rule[];
  firing: AlertInfo[];
  onEnable: (r: Rule, enabled: boolean) => void;
  onEdit: (r: Rule) => void;
  onDelete: (r: Rule) => void;
  onShowSeries: (targetId: string, key: string) => void;
}

function RulesTable({ rules, firing, onEnable, onEdit, onDelete, onShowSeries }: RulesTableProps) {
  return (
    <table className="rules">
      <thead>
        <tr>
          <th>Name</th>
          <th>Target / key</th>
          <th>Condition</th>
          <th>State</th>
          <th>On</th>
          <th>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.length === 0 ? (
          <tr>
            <td colSpan={6} className="muted">
              No rules yet.
            </td>
          </tr>
        ) : null}
        {rules.map((r) => (
          <tr key={r.id} data-testid="rule-row" data-rule-id={r.id}>
            <td>{r.name}</td>
            <td>
              {r.targetPattern} / {r.keyPattern}
            </td>
            <td>
              {r.metric} {r.op} {r.threshold}
              {unitOf(r.metric)} for {r.forS} s{r.webhookUrl ? ' · webhook' : ''}
            </td>
            <RuleState rule={r} firing={firing.filter((a) => a.ruleId === r.id)} onShowSeries={onShowSeries} />
            <td>
              <input type="checkbox" checked={r.enabled} onChange={(e) => onEnable(r, e.target.checked)} aria-label={`enable ${r.name}`} />
            </td>
            <td className="rule-actions">
              <button type="button" className="link" onClick={() => onEdit(r)} aria-label={`edit ${r.name}`} data-testid="rule-edit">
                edit
              </button>
              <button type="button" className="link" onClick={() => onDelete(r)} aria-label={`delete ${r.name}`}>
                delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Off, ok, or firing with the series that fire (the first few, each a link to it in the table, and how many in all). */
function RuleState({ rule, firing, onShowSeries }: { rule: Rule; firing: AlertInfo[]; onShowSeries: (targetId: string, key: string) => void }) {
  if (!rule.enabled) {
    return (
      <td className="muted" data-testid="rule-state" data-state="off">
        off
      </td>
    );
  }
  if (firing.length === 0) {
    return (
      <td data-testid="rule-state" data-state="ok">
        <span aria-hidden>✓ </span>ok
      </td>
    );
  }
  const shown = firing.slice(0, 5);
  return (
    <td className="rule-firing" data-testid="rule-state" data-state="firing">
      <span aria-hidden>■ </span>firing on {firing.length} series:{' '}
      {shown.map((a, i) => (
        <span key={`${a.targetId}/${a.key}`}>
          {i > 0 ? ', ' : ''}
          <button
            type="button"
            className="link"
            onClick={() => onShowSeries(a.targetId, a.key)}
            title="Show this series in the table"
            data-testid="rule-firing-series"
          >
            {a.targetId}/{a.key}
          </button>{' '}
          ({a.value.toFixed(1)}
          {unitOf(a.metric)})
        </span>
      ))}
      {firing.length > shown.length ? ', …' : ''}
    </td>
  );
}

function RecentChanges({ recent }: { recent: AlertInfo[] }) {
  return (
    <>
      <h3>Recent changes</h3>
      <ul className="recent">
        {recent.length === 0 ? <li className="muted">None since this page opened.</li> : null}
        {recent.slice(0, 10).map((a, i) => (
          <li key={i} className={a.state}>
            {new Date(a.timeMs).toLocaleTimeString([], { hour12: false })} {a.state === 'firing' ? '■ firing' : '✓ resolved'}: {a.ruleName} — {a.targetId}/
            {a.key} {a.metric} = {a.value.toFixed(1)}
            {unitOf(a.metric)}
          </li>
        ))}
      </ul>
    </>
  );
}
