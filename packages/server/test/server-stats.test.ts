import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  serverStatsFigures,
  serverStatsWarnings,
  statsSubscription,
  STATS_COUNTER_FIELDS,
  type DecodedServerMessage,
  type ServerStatsFigures,
} from '@latency-dash/protocol';
import { ProcessSampler, procCpuSeconds } from '../src/stats/process-sampler.js';
import { TestClient, postJson, startServer, type Running } from './helpers.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const isStats =
  (pred: (s: ServerStatsFigures) => boolean = () => true) =>
  (m: DecodedServerMessage) =>
    m.msg === 'stats' && pred(serverStatsFigures(m.stats!));

async function nextStats(c: TestClient, pred?: (s: ServerStatsFigures) => boolean, after?: number): Promise<ServerStatsFigures> {
  return serverStatsFigures((await c.next(isStats(pred), after === undefined ? {} : { after })).stats!);
}

interface Ack {
  accepted: number;
  rejected: { code: string }[];
}

async function post(run: Running, events: unknown[]): Promise<Ack> {
  const res = await postJson(`${run.url}/api/v1/events`, { events });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as Ack;
}

/** /metrics as samples: `name{a="x",b="y"}` → value. */
async function scrape(run: Running): Promise<Map<string, number>> {
  const text = await (await fetch(`${run.url}/metrics`)).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{.*\})? (\S+)$/.exec(line);
    assert.ok(m, `unparsable /metrics line: ${line}`);
    out.set(m[1] + (m[2] ?? ''), Number(m[3]));
  }
  return out;
}

function metric(samples: Map<string, number>, name: string): number {
  const v = samples.get(name);
  assert.ok(v !== undefined, `${name} is not in /metrics`);
  return v;
}

/** Events with a known outcome under --max-series-per-target 2: key "api" fits (combined + split), others do not. */
const accepted = (n: number) => Array.from({ length: n }, (_, i) => ({ targetId: 'load', key: 'api', valueMs: 1 + i }));
const overLimit = (n: number) => Array.from({ length: n }, (_, i) => ({ targetId: 'load', key: `new-${i}`, valueMs: 1 }));
const invalid = (n: number) => Array.from({ length: n }, () => ({ targetId: 'load', key: 'api', valueMs: -1 }));

describe('ServerStats over the WebSocket', () => {
  let run: Running;
  before(async () => {
    run = await startServer({ maxSeriesPerTarget: 2 });
  });
  after(() => run.close());

  test('a subscriber gets the node, its connections and the load it was sent, once a second', async () => {
    const c = await TestClient.connect(run.wsUrl);
    const init = (await c.next((m) => m.msg === 'init')).init!;
    c.send(statsSubscription(true));
    const first = await nextStats(c);
    assert.equal(first.nodeId, init.serverId);
    assert.equal(first.version, VERSION);
    assert.equal(first.wsConnections, 1);
    assert.equal(first.statsSubscribers, 1);
    assert.equal(first.viewers, 0);
    assert.equal(first.eventsAccepted.total, 0);
    assert.equal(first.historyState, 'ok');
    assert.equal(first.walState, 'off');
    assert.ok(first.seq >= 1 && first.cpuCores >= 1 && first.rssBytes > 0 && first.heapUsedBytes <= first.heapTotalBytes);
    assert.ok(Math.abs(first.serverTime / 1e6 - Date.now()) < 60_000, 'server_time is Unix ns');

    // Two more connections, one of them watching a stream; then known load.
    const viewer = await TestClient.connect(run.wsUrl);
    const idle = await TestClient.connect(run.wsUrl);
    viewer.subscribe('load');
    let ack = await post(run, [...accepted(10), ...overLimit(3), ...invalid(2)]);
    assert.equal(ack.accepted, 10);
    ack = await post(run, accepted(5));
    assert.equal(ack.accepted, 5);

    const loaded = await nextStats(c, (s) => s.eventsAccepted.total === 15 && s.wsConnections === 3 && s.viewers === 1);
    assert.equal(loaded.eventsRefused.series_limit?.total, 3);
    assert.equal(loaded.eventsRefused.invalid?.total, 2);
    assert.equal(loaded.eventsRefused.target_limit?.total, 0);
    assert.equal(loaded.targets, 1);
    assert.equal(loaded.ownedTargets, 1, 'alone, a node owns every target');
    assert.equal(loaded.series, 2);
    assert.equal(loaded.targetsAtLimit, 1);
    // The loop may be over its budget on a busy machine; nothing else is wrong.
    assert.deepEqual(
      serverStatsWarnings(loaded)
        .map((w) => w.kind)
        .filter((k) => k !== 'loop'),
      ['limit'],
    );
    assert.ok(loaded.seq > first.seq);

    // The rates are the counters' change per interval: over every sample since the first, they add up to the totals.
    const all = c.messages.filter((m) => m.msg === 'stats').map((m) => serverStatsFigures(m.stats!));
    const upTo = all.filter((s) => s.seq > first.seq && s.seq <= loaded.seq);
    assert.equal(upTo.length, loaded.seq - first.seq, 'one message per sample, none missed');
    const sum = (pick: (s: ServerStatsFigures) => number) => upTo.reduce((n, s) => n + pick(s) * s.intervalS, 0);
    assert.ok(Math.abs(sum((s) => s.eventsAccepted.perSecond) - 15) < 1e-6);
    assert.ok(Math.abs(sum((s) => s.eventsRefused.series_limit?.perSecond ?? 0) - 3) < 1e-6);
    assert.ok(Math.abs(sum((s) => s.eventsRefused.invalid?.perSecond ?? 0) - 2) < 1e-6);

    // Connections that leave are no longer counted.
    idle.close();
    viewer.close();
    await nextStats(c, (s) => s.wsConnections === 1 && s.viewers === 0);
    c.close();
  });

  test('unsubscribing stops the messages; a second unsubscribe or a bad action is an error', async () => {
    const c = await TestClient.connect(run.wsUrl);
    const other = await TestClient.connect(run.wsUrl);
    c.send(statsSubscription(true));
    other.send(statsSubscription(true));
    await nextStats(c);
    c.send(statsSubscription(false));
    c.send({ ping: { clientTime: 1 } });
    await c.next((m) => m.msg === 'pong');
    const mark = c.mark();
    // A sample taken after the unsubscribe was handled (after this scrape) reaches the other subscriber, not this one.
    const handled = metric(await scrape(run), 'latency_dash_stats_samples_total');
    await nextStats(other, (s) => s.seq > handled);
    c.send({ ping: { clientTime: 2 } });
    await c.next((m) => m.msg === 'pong', { after: mark });
    assert.deepEqual(
      c.messages.slice(mark).map((m) => m.msg),
      ['pong'],
    );

    c.send(statsSubscription(false));
    assert.equal((await c.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_NOT_SUBSCRIBED');
    c.send({ statsSubscription: { action: 7 as never } });
    assert.equal((await c.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_BAD_SUBSCRIPTION');
    c.close();
    other.close();
  });

  test('JSON connections get the same message in the proto3 JSON mapping', async () => {
    const c = await TestClient.connect(run.wsUrl, true);
    const init = (await c.next((m) => m.msg === 'init')).init!;
    c.send(statsSubscription(true));
    const s = await nextStats(c);
    assert.equal(s.nodeId, init.serverId);
    assert.ok(s.eventsAccepted.total >= 15);
    for (const field of STATS_COUNTER_FIELDS) assert.equal(typeof s[field].total, 'number', field);
    c.close();
  });
});

describe('ServerStats and /metrics', () => {
  let run: Running;
  before(async () => {
    run = await startServer({ maxSeriesPerTarget: 2 });
  });
  after(() => run.close());

  test('over a few seconds of known load, each message holds what /metrics says at its sample', async () => {
    const stats = await TestClient.connect(run.wsUrl);
    stats.send(statsSubscription(true));
    const viewer = await TestClient.connect(run.wsUrl);
    viewer.subscribe('load');
    let sent = 0;
    for (let round = 1; round <= 3; round++) {
      const ack = await post(run, [...accepted(4 * round), ...overLimit(round), ...invalid(1)]);
      assert.equal(ack.accepted, 4 * round);
      sent += 4 * round;
      // Quiet from here: the viewer has the batch with every event, so no counter moves until the next round.
      await viewer.next((m) => m.msg === 'batch' && m.batch!.updates.some((u) => Number(u.count) === sent));
      const quietFrom = metric(await scrape(run), 'latency_dash_stats_samples_total');
      await nextStats(stats, (s) => s.seq > quietFrom);
      const samples = await scrape(run);
      const seq = metric(samples, 'latency_dash_stats_samples_total');
      assert.ok(seq > quietFrom);
      const s = await nextStats(stats, (x) => x.seq === seq, 0);
      compare(s, samples);
      assert.equal(s.eventsAccepted.total, sent);
      assert.equal(s.eventsRefused.series_limit?.total, (round * (round + 1)) / 2);
      assert.equal(s.eventsRefused.invalid?.total, round);
    }
    stats.close();
    viewer.close();
  });
});

/** Every figure of a sample against the scrape taken while it was the latest (nothing moved in between). */
function compare(s: ServerStatsFigures, m: Map<string, number>): void {
  const same = (actual: number, name: string, scale = 1) => {
    const expected = metric(m, name) * scale;
    assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${name}: message ${actual}, /metrics ${expected}`);
  };
  same(s.cpuPercent, 'latency_dash_process_cpu_percent');
  same(s.loopDelayP50Ms, 'latency_dash_event_loop_delay_seconds{quantile="0.5"}', 1000);
  same(s.loopDelayP99Ms, 'latency_dash_event_loop_delay_seconds{quantile="0.99"}', 1000);
  same(s.loopDelayMaxMs, 'latency_dash_event_loop_delay_max_seconds', 1000);
  same(s.serverTime / 1e9 - s.uptimeS, 'latency_dash_process_start_time_seconds');
  same(s.wsConnections, 'latency_dash_ws_connections');
  same(s.viewers, 'latency_dash_viewers');
  same(s.statsSubscribers, 'latency_dash_stats_subscribers');
  same(s.targets, 'latency_dash_targets');
  same(s.ownedTargets, 'latency_dash_owned_targets');
  same(s.targetsAtLimit, 'latency_dash_targets_at_limit');
  same(s.series, 'latency_dash_series');
  same(s.alertsFiring, 'latency_dash_alerts_firing');
  same(s.webhooksInFlight, 'latency_dash_webhook_in_flight');
  same(s.webhooksQueued, 'latency_dash_webhook_queued');
  same(s.eventsAccepted.total, 'latency_dash_events_ingested_total');
  for (const reason of ['invalid', 'series_limit', 'target_limit', 'metadata_limit']) {
    same(s.eventsRefused[reason]?.total ?? NaN, `latency_dash_events_refused_total{reason="${reason}"}`);
  }
  same(s.batches.total, 'latency_dash_batches_total');
  same(s.batchesSkipped.total, 'latency_dash_batches_skipped_total');
  same(s.resyncs.total, 'latency_dash_resyncs_total');
  same(s.framesSent.total, 'latency_dash_frames_sent_total');
  same(s.bytesSent.total, 'latency_dash_bytes_sent_total');
  same(s.slowDisconnects.total, 'latency_dash_slow_disconnects_total');
  same(s.historyState === 'degraded' ? 1 : 0, 'latency_dash_storage_degraded{component="history"}');
  same(s.historyDroppedSeconds.total, 'latency_dash_history_dropped_seconds_total');
  same(s.historyWriteFailures.total, 'latency_dash_history_write_failures_total');
  same(s.webhooksFailed.total, 'latency_dash_webhook_failed_total');
  assert.ok(m.has(`latency_dash_build_info{version="${s.version}",nodejs="${process.versions.node}"}`));
  // Memory moves between a sample and a scrape; the same source gives the same order of size.
  const rss = metric(m, 'latency_dash_process_resident_memory_bytes');
  assert.ok(s.rssBytes > rss / 2 && s.rssBytes < rss * 2, `rss: message ${s.rssBytes}, /metrics ${rss}`);
}

describe('process sampler', () => {
  test('CPU seconds come from /proc/self/stat fields 14 and 15, whatever the command name holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ld-stat-'));
    try {
      const path = join(dir, 'stat');
      // Field 2 with spaces and a ')' inside: utime 250 and stime 50 ticks = 3 s.
      writeFileSync(path, '4242 (node (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0 1000 1000000 5000 18446744073709551615\n');
      assert.equal(procCpuSeconds(path), 3);
      assert.equal(procCpuSeconds(join(dir, 'missing')), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('CPU spent and a blocked event loop show in the next sample', async () => {
    const sampler = new ProcessSampler();
    // 100 ms of work on the loop: a 10 ms timer due in it fires at least 90 ms late; overdue, it fires before
    // the timer set after the work.
    const block = async () => {
      const end = performance.now() + 100;
      while (performance.now() < end);
      await new Promise((r) => setTimeout(r, 0));
    };
    try {
      sampler.sample();
      await block();
      const f = sampler.sample();
      assert.ok(f.loopDelayMaxMs >= 80, `loop delay max ${f.loopDelayMaxMs} ms after a 100 ms block`);
      assert.ok(f.loopDelayP99Ms <= f.loopDelayMaxMs && f.loopDelayP50Ms <= f.loopDelayP99Ms);
      assert.ok(f.cpuPercent > 0, `cpu ${f.cpuPercent}% after 100 ms of work`);
      assert.ok(f.intervalS >= 0.1);
    } finally {
      sampler.stop();
    }
  });
});
