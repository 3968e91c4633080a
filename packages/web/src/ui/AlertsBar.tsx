import { type AlertInfo, ms } from '@latency-dash/protocol/live';

/** What is firing now, above everything else. */
export function AlertsBar({ firing }: { firing: AlertInfo[] }) {
  if (firing.length === 0) return null;
  return (
    <section className="alerts" role="alert" data-testid="alerts-bar">
      <strong>
        {firing.length} alert{firing.length === 1 ? '' : 's'} firing
      </strong>
      {firing.slice(0, 6).map((a) => (
        <span key={`${a.ruleId}|${a.targetId}|${a.key}`} className="alert-chip" title={`since ${new Date(a.timeMs).toLocaleTimeString()}`}>
          ■ {a.ruleName}: {a.targetId}/{a.key} {a.metric} {ms(a.value)} {a.op} {ms(a.threshold)}
        </span>
      ))}
      {firing.length > 6 ? <span className="muted">and {firing.length - 6} more</span> : null}
    </section>
  );
}
