import { latency } from '../gen/latency.js';
import type { Decoded } from './codec.js';

/**
 * The server's own health (ServerStats in latency.proto): what a client
 * needs to read, judge and print it, shared by the dashboard and the
 * terminal so both warn about the same things in the same words.
 */

/** A counter in a ServerStats: its total since start and its rate over the sample's interval. */
export type StatsCounterFigures = Omit<Decoded<latency.StatsCounter.$Properties>, '$unknowns'>;

/** The ServerStats fields that are counters (a total and a rate). */
export const STATS_COUNTER_FIELDS = [
  'eventsAccepted',
  'batches',
  'batchesSkipped',
  'resyncs',
  'framesSent',
  'bytesSent',
  'slowDisconnects',
  'historyDroppedSeconds',
  'historyWriteFailures',
  'walEventsUnlogged',
  'webhooksDropped',
  'webhooksFailed',
] as const satisfies readonly (keyof latency.ServerStats.$Properties)[];

export type StatsCounterField = (typeof STATS_COUNTER_FIELDS)[number];

/** A ServerStats with every field present (defaults filled in), 64-bit numbers as numbers. */
export type ServerStatsFigures = Omit<Decoded<latency.ServerStats.$Properties>, '$unknowns' | StatsCounterField | 'eventsRefused'> & {
  [K in StatsCounterField]: StatsCounterFigures;
} & {
  /** By reason: invalid, series_limit, target_limit, metadata_limit. */
  eventsRefused: Record<string, StatsCounterFigures>;
};

/** Event-loop delay (p99 over a second) past which the server itself is the bottleneck: SPEC F10's 50 ms stall budget. */
export const LOOP_DELAY_WARN_MS = 50;

/** Subscribe to (true) or stop (false) the once-a-second ServerStats: the ClientMessage to send. */
export function statsSubscription(subscribe: boolean): latency.ClientMessage.$Shape {
  const Action = latency.SubscriptionMessage.Action;
  return { statsSubscription: { action: subscribe ? Action.SUBSCRIBE : Action.UNSUBSCRIBE } };
}

/**
 * A decoded (or plain) ServerStats as a plain object with every field:
 * safe to post to another thread, keep in state, or print. Counters a
 * sender left out read as zero.
 */
export function serverStatsFigures(stats: latency.ServerStats.$Properties): ServerStatsFigures {
  const message = stats instanceof latency.ServerStats ? stats : latency.ServerStats.fromObject(stats);
  const plain = latency.ServerStats.toObject(message, { defaults: true, longs: Number }) as ServerStatsFigures;
  const counter = (c: Partial<StatsCounterFigures> | null | undefined): StatsCounterFigures => ({ total: c?.total ?? 0, perSecond: c?.perSecond ?? 0 });
  for (const field of STATS_COUNTER_FIELDS) plain[field] = counter(plain[field]);
  for (const reason of Object.keys(plain.eventsRefused)) plain.eventsRefused[reason] = counter(plain.eventsRefused[reason]);
  return plain;
}

/** Events refused per second, all reasons together. */
export function refusedPerSecond(s: ServerStatsFigures): number {
  let n = 0;
  for (const c of Object.values(s.eventsRefused)) n += c.perSecond;
  return n;
}

/** Events refused since start, all reasons together. */
export function refusedTotal(s: ServerStatsFigures): number {
  let n = 0;
  for (const c of Object.values(s.eventsRefused)) n += c.total;
  return n;
}

export type StatsWarningKind = 'limit' | 'history' | 'loop' | 'wal' | 'webhooks';

export interface StatsWarning {
  kind: StatsWarningKind;
  /** 'bad': data is being lost or the server is too slow; 'warn': something is being refused or dropped by design. */
  level: 'warn' | 'bad';
  text: string;
}

/**
 * What an operator should look at in one sample: a limit refusing events,
 * history degraded, the event loop over its budget, the write-ahead log
 * failing, webhooks being dropped.
 */
export function serverStatsWarnings(s: ServerStatsFigures): StatsWarning[] {
  const out: StatsWarning[] = [];
  const refusing = refusedPerSecond(s);
  if (s.targetsAtLimit > 0 || refusing > 0) {
    const reasons = Object.entries(s.eventsRefused)
      .filter(([, c]) => c.perSecond > 0)
      .map(([reason, c]) => `${reason} ${formatRate(c.perSecond)}/s`);
    const atLimit = s.targetsAtLimit > 0 ? `${s.targetsAtLimit} target${s.targetsAtLimit === 1 ? '' : 's'} at a cardinality limit` : '';
    out.push({ kind: 'limit', level: 'warn', text: `a limit refuses events: ${[atLimit, ...reasons].filter(Boolean).join(', ')}` });
  }
  if (s.historyState === 'degraded') {
    out.push({
      kind: 'history',
      level: 'bad',
      text: `history degraded: ${s.historyReason || 'cannot write'} (${s.historyPendingSeconds} s waiting in memory)`,
    });
  }
  if (s.loopDelayP99Ms > LOOP_DELAY_WARN_MS) {
    out.push({ kind: 'loop', level: 'bad', text: `event loop p99 ${formatMs(s.loopDelayP99Ms)} (over ${LOOP_DELAY_WARN_MS} ms)` });
  }
  if (s.walState === 'failing' || s.walState === 'full') {
    out.push({ kind: 'wal', level: 'bad', text: `write-ahead log ${s.walState}: accepted events are not all logged` });
  }
  if (s.webhooksDropped.perSecond > 0) {
    out.push({ kind: 'webhooks', level: 'warn', text: `alert webhooks dropped: ${formatRate(s.webhooksDropped.perSecond)}/s` });
  }
  return out;
}

/**
 * One line for a terminal header (`latency-dash top`):
 * `node 1a2b3c4d v0.1.0 up 2h03m · cpu 12% · rss 85.2 MB heap 40.1/60.0 MB · loop p99 3.1 ms · ws 12 viewers 8 · in 1,234/s refused 0/s · out 10 batches/s 12.3 kB/s · history ok · wal ok`.
 */
export function formatServerStatsLine(s: ServerStatsFigures): string {
  return [
    `node ${s.nodeId} v${s.version} up ${formatDuration(s.uptimeS)}`,
    `cpu ${s.cpuPercent.toFixed(0)}%`,
    `rss ${formatBytes(s.rssBytes)} heap ${formatBytes(s.heapUsedBytes, false)}/${formatBytes(s.heapTotalBytes)}`,
    `loop p99 ${formatMs(s.loopDelayP99Ms)}`,
    `ws ${s.wsConnections} viewers ${s.viewers}`,
    `in ${formatRate(s.eventsAccepted.perSecond)}/s refused ${formatRate(refusedPerSecond(s))}/s`,
    `out ${formatRate(s.batches.perSecond)} batches/s ${formatBytes(s.bytesSent.perSecond)}/s`,
    `history ${s.historyState}${s.historyPendingSeconds > 0 ? ` (${s.historyPendingSeconds} s pending)` : ''}`,
    `wal ${s.walState}`,
  ].join(' · ');
}

/** 1536 → "1.5 kB"; `unit: false` leaves the unit off (for "used/total MB"). */
export function formatBytes(v: number, unit = true): string {
  const [n, u] = v >= 1e9 ? [v / 1e9, 'GB'] : v >= 1e6 ? [v / 1e6, 'MB'] : v >= 1e3 ? [v / 1e3, 'kB'] : [v, 'B'];
  const text = u === 'B' ? n.toFixed(0) : n.toFixed(1);
  return unit ? `${text} ${u}` : text;
}

/** 3725 → "1h02m", 75 → "1m15s", 9 → "9s". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s >= 86_400) return `${Math.floor(s / 86_400)}d${String(Math.floor((s % 86_400) / 3600)).padStart(2, '0')}h`;
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** 1234.5 → "1,235"; 12.34 → "12.3"; rates with grouping, one decimal under 100. */
export function formatRate(v: number): string {
  if (v >= 100) return String(Math.round(v)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return v.toFixed(1);
}

export function formatMs(v: number): string {
  return v >= 100 ? `${v.toFixed(0)} ms` : v >= 10 ? `${v.toFixed(1)} ms` : `${v.toFixed(2)} ms`;
}
