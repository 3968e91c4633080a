import { ALERT_METRICS, alertUnit, type AlertMetric } from '@latency-dash/protocol';
import type { AlertInfo } from '../core/types.js';
import { Modal } from './Modal.js';
import { RuleForm } from './RuleForm.js';
import { useAlertRules, type Rule } from './use-alert-rules.js';

/** A rule's metric unit ("ms", "B/s", …), when the metric is one the table knows. */
const unitOf = (metric: string) => ((ALERT_METRICS as readonly string[]).includes(metric) ? ` ${alertUnit(metric as AlertMetric)}` : '');

/** Alert rules: list, add, enable/disable, delete; and what fired lately. */
export function AlertsDialog({ apiKey, recent, onClose }: { apiKey?: string; recent: AlertInfo[]; onClose: () => void }) {
  const rules = useAlertRules(apiKey);
  return (
    <Modal labelledBy="alerts-title" testId="alerts-dialog" onClose={onClose}>
      <div className="dialog wide">
        <h2 id="alerts-title">Alert rules</h2>
        {rules.error ? (
          <div className="error" role="alert">
            {rules.error}
          </div>
        ) : null}
        <RulesTable rules={rules.rules} onEnable={(r, enabled) => void rules.update(r, { enabled })} onDelete={(r) => void rules.remove(r)} />
        <RuleForm onAdd={rules.add} />
        <RecentChanges recent={recent} />
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function RulesTable({ rules, onEnable, onDelete }: { rules: Rule[]; onEnable: (r: Rule, enabled: boolean) => void; onDelete: (r: Rule) => void }) {
  return (
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
            <td colSpan={5} className="muted">
              No rules yet.
            </td>
          </tr>
        ) : null}
        {rules.map((r) => (
          <tr key={r.id} data-testid="rule-row">
            <td>{r.name}</td>
            <td>
              {r.targetPattern} / {r.keyPattern}
            </td>
            <td>
              {r.metric} {r.op} {r.threshold}
              {unitOf(r.metric)} for {r.forS} s{r.webhookUrl ? ' · webhook' : ''}
            </td>
            <td>
              <input type="checkbox" checked={r.enabled} onChange={(e) => onEnable(r, e.target.checked)} aria-label={`enable ${r.name}`} />
            </td>
            <td>
              <button type="button" className="link" onClick={() => onDelete(r)}>
                delete
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
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
            {new Date(a.timeMs).toLocaleTimeString()} {a.state === 'firing' ? '■ firing' : '✓ resolved'}: {a.ruleName} — {a.targetId}/{a.key} {a.metric} ={' '}
            {a.value.toFixed(1)}
          </li>
        ))}
      </ul>
    </>
  );
}
