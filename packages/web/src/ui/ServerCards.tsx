import { refusedPerSecond, refusedTotal, type ServerStatsFigures, type StatsWarningKind } from '@latency-dash/protocol';
import { bytes, bytesPerSecond, count, ms, rate } from '@latency-dash/protocol/live';
import type { NodeStats } from '@latency-dash/protocol/live';
import { Sparkline } from './Sparkline.js';

interface CardSpec {
  id: string;
  label: string;
  value: (s: ServerStatsFigures) => string;
  detail: (s: ServerStatsFigures) => string;
  /** The figure its sparkline draws. */
  spark: (s: ServerStatsFigures) => number;
  /** The warning that colours it. */
  warning?: StatsWarningKind;
}

/** "5 since start: series_limit 3 · invalid 2", or "none since start". */
const refusals = (s: ServerStatsFigures) => {
  const reasons = Object.entries(s.eventsRefused)
    .filter(([, c]) => c.total > 0)
    .map(([reason, c]) => `${reason} ${count(c.total)}`);
  return reasons.length === 0 ? 'none since start' : `${count(refusedTotal(s))} since start: ${reasons.join(' · ')}`;
};

const CARDS: CardSpec[] = [
  { id: 'cpu', label: 'CPU', value: (s) => `${s.cpuPercent.toFixed(0)}%`, detail: (s) => `100% = one core; ${s.cpuCores} cores`, spark: (s) => s.cpuPercent },
  {
    id: 'memory',
    label: 'Memory (RSS)',
    value: (s) => bytes(s.rssBytes),
    detail: (s) => `heap ${bytes(s.heapUsedBytes)} of ${bytes(s.heapTotalBytes)}`,
    spark: (s) => s.rssBytes,
  },
  {
    id: 'loop',
    label: 'Event loop p99',
    value: (s) => `${ms(s.loopDelayP99Ms)} ms`,
    detail: (s) => `p50 ${ms(s.loopDelayP50Ms)} · max ${ms(s.loopDelayMaxMs)} ms, last second`,
    spark: (s) => s.loopDelayP99Ms,
    warning: 'loop',
  },
  {
    id: 'connections',
    label: 'WebSockets',
    value: (s) => count(s.wsConnections),
    detail: (s) => `stream viewers ${count(s.viewers)} · health subscribers ${count(s.statsSubscribers)} · TCP ${count(s.httpConnections)}`,
    spark: (s) => s.wsConnections,
  },
  {
    id: 'events',
    label: 'Events in',
    value: (s) => `${rate(s.eventsAccepted.perSecond)}/s`,
    detail: (s) => `${count(s.eventsAccepted.total)} since start`,
    spark: (s) => s.eventsAccepted.perSecond,
  },
  {
    id: 'refused',
    label: 'Events refused',
    value: (s) => `${rate(refusedPerSecond(s))}/s`,
    detail: (s) => `${refusals(s)}; targets at a limit: ${count(s.targetsAtLimit)}`,
    spark: (s) => refusedPerSecond(s),
    warning: 'limit',
  },
  {
    id: 'batches',
    label: 'Batches out',
    value: (s) => `${rate(s.batches.perSecond)}/s`,
    detail: (s) =>
      `skipped ${rate(s.batchesSkipped.perSecond)}/s · resyncs ${rate(s.resyncs.perSecond)}/s · ${count(s.slowDisconnects.total)} slow viewers closed`,
    spark: (s) => s.batches.perSecond,
  },
  {
    id: 'bytes',
    label: 'Bytes out',
    value: (s) => bytesPerSecond(s.bytesSent.perSecond),
    detail: (s) => `${rate(s.framesSent.perSecond)} frames/s · ${bytes(s.bytesSent.total)} since start`,
    spark: (s) => s.bytesSent.perSecond,
  },
  {
    id: 'targets',
    label: 'Targets',
    value: (s) => count(s.targets),
    detail: (s) => `${count(s.series)} series · ${count(s.ownedTargets)} owned here`,
    spark: (s) => s.series,
  },
  {
    id: 'history',
    label: 'History',
    value: (s) => s.historyState,
    detail: (s) =>
      s.historyState === 'degraded'
        ? `${s.historyReason} · ${s.historyPendingSeconds} s pending`
        : `${s.historyPendingSeconds} s pending · ${count(s.historyDroppedSeconds.total)} s lost since start`,
    spark: (s) => s.historyPendingSeconds,
    warning: 'history',
  },
  {
    id: 'wal',
    label: 'Write-ahead log',
    value: (s) => s.walState,
    detail: (s) =>
      s.walState === 'off'
        ? 'not kept (--wal-dir)'
        : `${bytes(s.walBytes)} · unsynced ${s.walUnsyncedS.toFixed(1)} s · ${count(s.walEventsUnlogged.total)} unlogged`,
    spark: (s) => s.walBytes,
    warning: 'wal',
  },
  {
    id: 'alerts',
    label: 'Alerts',
    value: (s) => `${count(s.alertsFiring)} firing`,
    detail: (s) =>
      `webhooks: ${count(s.webhooksInFlight)} in flight · ${count(s.webhooksQueued)} queued · ${count(s.webhooksDropped.total)} dropped · ${count(s.webhooksFailed.total)} failed`,
    spark: (s) => s.webhooksInFlight + s.webhooksQueued,
    warning: 'webhooks',
  },
];

/** One node's figures as cards, each with its last five minutes; a card with a warning is coloured and marked. */
export function ServerCards({ node }: { node: NodeStats }) {
  const s = node.latest;
  return (
    <div className="server-cards">
      {CARDS.map((c) => {
        const warning = c.warning === undefined ? undefined : node.warnings.find((w) => w.kind === c.warning);
        const level = warning?.level ?? 'ok';
        return (
          <div key={c.id} className={`card server-card ${level}`} role="group" aria-label={c.label} data-testid={`server-card-${c.id}`} data-level={level}>
            <div className="card-body">
              <div className="card-label">
                {warning ? <span aria-label={level === 'bad' ? 'problem: ' : 'warning: '}>{level === 'bad' ? '✖ ' : '⚠ '}</span> : null}
                {c.label}
              </div>
              <div className="card-value">{c.value(s)}</div>
              <div className="card-detail muted">{c.detail(s)}</div>
            </div>
            <Sparkline values={node.history.map(c.spark)} />
          </div>
        );
      })}
    </div>
  );
}
