import { formatServerStatsLine, LOOP_DELAY_WARN_MS, serverStatsFigures, serverStatsWarnings, type ServerStatsFigures } from '@latency-dash/protocol';
import { describe, expect, it } from 'vitest';
import { NODE_STALE_MS, STATS_HISTORY_POINTS, ServerStatsLog } from '@latency-dash/protocol/live';

/** A sample as the decode worker hands it over: every field present, counters zero unless given. */
const sample = (nodeId: string, seq: number, patch: Partial<ServerStatsFigures> = {}): ServerStatsFigures => ({
  ...serverStatsFigures({ nodeId, seq, version: '1.2.3', historyState: 'ok', walState: 'off', intervalS: 1 }),
  ...patch,
});

describe('ServerStatsLog', () => {
  it('keeps five minutes per node, oldest first', () => {
    const log = new ServerStatsLog();
    for (let i = 1; i <= STATS_HISTORY_POINTS + 20; i++) log.add(sample('a', i), i * 1000);
    const [a] = log.live(STATS_HISTORY_POINTS * 1000 + 20_000);
    expect(a.history).toHaveLength(STATS_HISTORY_POINTS);
    expect(a.history[0].seq).toBe(21);
    expect(a.latest.seq).toBe(STATS_HISTORY_POINTS + 20);
  });

  it('one row per node, by id; a node not heard from for a while is left out', () => {
    const log = new ServerStatsLog();
    log.add(sample('b', 1), 0);
    log.add(sample('a', 1), 5000);
    expect(log.live(5000).map((n) => n.nodeId)).toEqual(['a', 'b']);
    expect(log.live(NODE_STALE_MS + 1).map((n) => n.nodeId)).toEqual(['a']);
    expect(log.level(5000 + NODE_STALE_MS + 1)).toBe('none');
  });

  it('a node that restarted starts its history again', () => {
    const log = new ServerStatsLog();
    log.add(sample('a', 7), 0);
    log.add(sample('a', 8), 1000);
    log.add(sample('a', 1), 2000);
    expect(log.live(2000)[0].history.map((s) => s.seq)).toEqual([1]);
  });

  it('the level is the worst warning of any node', () => {
    const log = new ServerStatsLog();
    let changes = 0;
    log.onChange(() => changes++);
    log.add(sample('a', 1), 0);
    expect(log.level(0)).toBe('ok');
    log.add(sample('b', 1, { targetsAtLimit: 1 }), 0);
    expect(log.level(0)).toBe('warn');
    log.add(sample('a', 2, { loopDelayP99Ms: LOOP_DELAY_WARN_MS + 1 }), 0);
    expect(log.level(0)).toBe('bad');
    expect(changes).toBe(3);
  });
});

describe('ServerStats warnings and the terminal line', () => {
  it('warns about a limit refusing events, degraded history, a slow loop, a failing log, dropped webhooks', () => {
    expect(serverStatsWarnings(sample('a', 1))).toEqual([]);
    const refusing = sample('a', 1, { eventsRefused: { series_limit: { total: 9, perSecond: 3 }, invalid: { total: 1, perSecond: 0 } } });
    expect(serverStatsWarnings(refusing)).toEqual([{ kind: 'limit', level: 'warn', text: 'a limit refuses events: series_limit 3.0/s' }]);
    const all = sample('a', 1, {
      targetsAtLimit: 2,
      historyState: 'degraded',
      historyReason: 'the disk is full',
      historyPendingSeconds: 12,
      loopDelayP99Ms: 73,
      walState: 'full',
      webhooksDropped: { total: 4, perSecond: 2 },
    });
    expect(serverStatsWarnings(all).map((w) => [w.kind, w.level])).toEqual([
      ['limit', 'warn'],
      ['history', 'bad'],
      ['loop', 'bad'],
      ['wal', 'bad'],
      ['webhooks', 'warn'],
    ]);
    expect(serverStatsWarnings(all)[1].text).toBe('history degraded: the disk is full (12 s waiting in memory)');
    // At the budget is not over it.
    expect(serverStatsWarnings(sample('a', 1, { loopDelayP99Ms: LOOP_DELAY_WARN_MS }))).toEqual([]);
  });

  it('formats one header line', () => {
    const s = sample('n1', 5, {
      uptimeS: 3725,
      cpuPercent: 12.4,
      rssBytes: 85_200_000,
      heapUsedBytes: 40_100_000,
      heapTotalBytes: 60_000_000,
      loopDelayP99Ms: 3.14,
      wsConnections: 12,
      viewers: 8,
      eventsAccepted: { total: 10, perSecond: 1234.4 },
      batches: { total: 10, perSecond: 10 },
      bytesSent: { total: 10, perSecond: 12_300 },
      historyPendingSeconds: 2,
    });
    expect(formatServerStatsLine(s)).toBe(
      'node n1 v1.2.3 up 1h02m · cpu 12% · rss 85.2 MB heap 40.1/60.0 MB · loop p99 3.14 ms · ws 12 viewers 8 · in 1,234/s refused 0.0/s · out 10.0 batches/s 12.3 kB/s · history ok (2 s pending) · wal off',
    );
  });
});
