/**
 * The write-ahead log against real crashes: the real server process, events
 * over HTTP, SIGKILL, a restart on the same files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { DecodedServerMessage, DecodedUpdate, HistoryResult } from '@latency-dash/protocol';
import { scanSegment, FRAME_BYTES } from '../src/wal/record-codec.js';
import { sleep, TestClient, WAIT_MS } from './helpers.js';
import { prng } from './prng.js';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.js';

const BASE_ARGS = ['--no-demo', '--rate-limit-per-minute', '100000000'];

function files(dir: string, history = join(dir, 'h.sqlite')): string[] {
  return ['--history', history];
}

async function post(url: string, events: unknown[]): Promise<{ status: number; body: { accepted?: number; error?: { code: string } } }> {
  const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  return { status: res.status, body: (await res.json()) as { accepted?: number; error?: { code: string } } };
}

async function kill9(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  assert.equal(await server.exited, 137);
}

/** Events per key of a target's combined series in history. */
async function historyEvents(url: string, target: string, fromMs: number): Promise<Record<string, number>> {
  const res = await fetch(`${url}/api/v1/history?target=${target}&from=${fromMs - 5000}&to=${Date.now() + 5000}&step=3600`);
  assert.equal(res.status, 200);
  const h = (await res.json()) as HistoryResult;
  return Object.fromEntries(h.series.map((s) => [s.key, s.points.reduce((n, p) => n + p.events, 0)]));
}

const isSnapshot = (target: string, split: boolean) => (m: DecodedServerMessage) =>
  m.msg === 'batch' && m.batch!.targetId === target && m.batch!.snapshot === true && m.batch!.splitByMetadata === split;

/** The live snapshot of a target, combined and split, by series labels: what the dashboard would show. */
async function liveView(wsUrl: string, target: string): Promise<Record<string, Partial<DecodedUpdate>>> {
  const c = await TestClient.connect(wsUrl);
  try {
    const out: Record<string, Partial<DecodedUpdate>> = {};
    for (const split of [false, true]) {
      c.subscribe(target, split, 1000);
      const snap = (await c.next(isSnapshot(target, split), { after: 0 })).batch!;
      for (const u of snap.updates) {
        const labels = `${split ? 'split' : 'combined'} ${u.key} ${JSON.stringify(Object.entries(u.metadata ?? {}).sort())}`;
        // The window's statistics, the count and the last event; not the 10 s rates, which move with the clock.
        out[labels] = {
          count: u.count,
          sampleCount: u.sampleCount,
          minLatency: u.minLatency,
          maxLatency: u.maxLatency,
          avgLatency: u.avgLatency,
          p50Latency: u.p50Latency,
          p90Latency: u.p90Latency,
          p95Latency: u.p95Latency,
          p99Latency: u.p99Latency,
          lastPayloadSize: u.lastPayloadSize,
          lastUpdate: u.lastUpdate,
        };
      }
    }
    return out;
  } finally {
    c.close();
  }
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  assert.ok(m, `${name} in /metrics`);
  return Number(m[1]);
}

/**
 * Four producers stream batches as fast as the server acknowledges them;
 * once `killAt` events are acknowledged the server gets SIGKILL, with
 * batches in flight. Every 200 that arrived counts as acknowledged (the
 * server sent it before it died), also those read after the kill.
 */
async function streamAndKill(server: ServerProcess, target: string, killAt: number) {
  const PRODUCERS = 4;
  const BATCH = 250;
  const acked = new Array<number>(PRODUCERS).fill(0);
  const sent = new Array<number>(PRODUCERS).fill(0);
  const ackTimes: { t: number; n: number }[] = [];
  let killedAt = 0;
  const producers = Array.from({ length: PRODUCERS }, async (_, p) => {
    const rand = prng(p + 1);
    while (killedAt === 0) {
      const events = Array.from({ length: BATCH }, (_, i) => ({ targetId: target, key: `p${p}`, metadata: { r: `r${i % 3}` }, valueMs: 1 + rand() * 100 }));
      sent[p] += BATCH;
      let status: number;
      let accepted = 0;
      try {
        const res = await post(server.url, events);
        status = res.status;
        accepted = res.body.accepted ?? 0;
      } catch {
        break; // the server is gone
      }
      assert.equal(status, 200);
      acked[p] += accepted;
      ackTimes.push({ t: performance.now(), n: accepted });
      if (killedAt === 0 && acked.reduce((a, b) => a + b, 0) >= killAt) {
        killedAt = performance.now();
        server.child.kill('SIGKILL');
      }
    }
  });
  await Promise.all(producers);
  assert.equal(await server.exited, 137);
  const lastSecond = ackTimes.filter((a) => a.t > killedAt - 1000).reduce((n, a) => n + a.n, 0);
  return { acked, sent, lastSecond };
}

for (const policy of ['always', 'everysec'] as const) {
  test(`kill -9 while producers stream (--wal-fsync ${policy}): ${policy === 'always' ? 'no' : 'at most a second of'} acknowledged events missing from history or the live counts`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ld-wal-crash-'));
    try {
      const args = [...BASE_ARGS, ...files(dir), '--wal-fsync', policy];
      const t0 = Date.now();
      const first = await spawnServer(args);
      const { acked, sent, lastSecond } = await streamAndKill(first, 'crash', 30_000);

      const second = await spawnServer(args);
      try {
        const history = await historyEvents(second.url, 'crash', t0);
        const live = await liveView(second.wsUrl, 'crash');
        let missing = 0;
        for (let p = 0; p < acked.length; p++) {
          const h = history[`p${p}`] ?? 0;
          missing += Math.max(0, acked[p] - h);
          assert.ok(h <= sent[p], `p${p}: history ${h} holds no more than was sent (${sent[p]}): nothing counted twice`);
          assert.equal(live[`combined p${p} []`]?.count, h, `p${p}: the live count is what history holds (both from the log)`);
        }
        if (policy === 'always') assert.equal(missing, 0, `acknowledged ${acked.join('+')}, history ${JSON.stringify(history)}`);
        else assert.ok(missing <= lastSecond, `${missing} acknowledged events missing, more than the ${lastSecond} of the last second`);
        // SIGKILL is a process crash, not a machine one: with write(2) before every ack, even everysec loses nothing.
        assert.equal(missing, 0, 'write(2) happens before every acknowledgement');
        assert.ok((await metric(second.url, 'latency_dash_wal_replayed_events_total')) > 0, 'events replayed');
        // The disk calls made on the event loop are timed: the new segment, and the replayed seconds written to history.
        assert.ok((await metric(second.url, 'latency_dash_sync_disk_seconds_count{op="wal-segment"}')) >= 1, 'segment start timed');
        assert.ok((await metric(second.url, 'latency_dash_sync_disk_seconds_count{op="history-write"}')) >= 1, 'history writes timed');
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('after kill -9 the live snapshot shows the same count, percentiles and window per series as before; after a clean stop too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-live-'));
  try {
    const args = [...BASE_ARGS, ...files(dir)];
    const t0 = Date.now();
    const first = await spawnServer(args);
    const rand = prng(42);
    // 3 keys × 2 regions, 2,000 events a key: every window (1000 samples) has wrapped; half interval samples.
    for (let b = 0; b < 10; b++) {
      const events = Array.from({ length: 600 }, (_, i) => ({
        targetId: 'live',
        key: `k${i % 3}`,
        metadata: { region: rand() < 0.5 ? 'eu' : 'us' },
        payloadSize: Math.floor(rand() * 1000),
        ...(rand() < 0.5 ? { valueMs: Math.exp(rand() * 5) } : {}),
      }));
      const res = await post(first.url, events);
      assert.equal(res.body.accepted, 600);
    }
    const before = await liveView(first.wsUrl, 'live');
    assert.equal(Object.keys(before).length, 3 + 6);
    assert.equal(before['combined k0 []'].count, 2000);
    assert.equal(before['combined k0 []'].sampleCount, 1000);
    await kill9(first);

    const second = await spawnServer(args);
    try {
      assert.deepEqual(await liveView(second.wsUrl, 'live'), before);
      const history = await historyEvents(second.url, 'live', t0);
      assert.deepEqual(history, { k0: 2000, k1: 2000, k2: 2000 }, 'history: every event once');
    } finally {
      assert.equal(await second.stop(), 0);
    }
    // A clean stop leaves a snapshot and no segment to replay.
    assert.deepEqual(
      readdirSync(join(dir, 'h-wal')).map((n) => n.replace(/\d+/, 'N')),
      ['snapshot-N.snap'],
    );
    const third = await spawnServer(args);
    try {
      assert.deepEqual(await liveView(third.wsUrl, 'live'), before);
      assert.equal(await metric(third.url, 'latency_dash_wal_replayed_events_total'), 0);
    } finally {
      await third.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Record boundaries of a segment file: [start, end) of each record. */
function records(path: string): { start: number; end: number }[] {
  const scan = scanSegment(readFileSync(path));
  return scan.records.map((r) => ({ start: r.end - r.payload.length - FRAME_BYTES, end: r.end }));
}

function onlySegment(walDir: string): string {
  const segs = readdirSync(walDir).filter((n) => n.startsWith('segment-'));
  const withRecords = segs.map((n) => join(walDir, n)).filter((p) => records(p).length > 0);
  assert.equal(withRecords.length, 1, `one segment with records: ${segs.join(', ')}`);
  return withRecords[0];
}

async function liveCount(wsUrl: string, target: string, key: string): Promise<number> {
  return Number((await liveView(wsUrl, target))[`combined ${key} []`]?.count ?? 0);
}

test('a log cut in the middle of a record, or with a flipped byte, is recovered up to the last good record and counted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-torn-'));
  const walDir = join(dir, 'h-wal');
  try {
    const args = [...BASE_ARGS, ...files(dir), '--wal-snapshot-interval-s', '86400'];
    const sendBatches = async (server: ServerProcess, n: number) => {
      for (let b = 0; b < n; b++) {
        const res = await post(
          server.url,
          Array.from({ length: 100 }, (_, i) => ({ targetId: 'torn', key: 'c', valueMs: i })),
        );
        assert.equal(res.body.accepted, 100);
      }
    };
    const first = await spawnServer(args);
    await sendBatches(first, 10);
    await kill9(first);

    // A crash in the middle of a write: the last record is cut in half.
    const seg = onlySegment(walDir);
    const recs = records(seg);
    assert.equal(recs.length, 10, 'one record per batch');
    const last = recs[9];
    truncateSync(seg, last.start + Math.floor((last.end - last.start) / 2));

    const second = await spawnServer(args);
    try {
      assert.equal(await liveCount(second.wsUrl, 'torn', 'c'), 900);
      assert.equal(await metric(second.url, 'latency_dash_wal_damaged_records_total'), 1);
      assert.match(second.output(), /an incomplete record at the end of what could be read; cut there/);
      await sendBatches(second, 3);
    } finally {
      await kill9(second);
    }

    // A byte flipped inside the second record of the new segment: its checksum fails.
    const seg2 = onlySegment(walDir);
    const recs2 = records(seg2);
    assert.equal(recs2.length, 3);
    const bytes = readFileSync(seg2);
    const at = recs2[1].start + FRAME_BYTES + 40;
    bytes[at] ^= 0x10;
    writeFileSync(seg2, bytes);

    const third = await spawnServer(args);
    try {
      assert.equal(await liveCount(third.wsUrl, 'torn', 'c'), 1000, 'the 900 of the snapshot and the first good record after it');
      assert.equal(await metric(third.url, 'latency_dash_wal_damaged_records_total'), 1);
      assert.match(third.output(), /a damaged record \(checksum\)/);
      assert.ok(!existsSync(seg2), 'the damaged segment was replayed into a snapshot and deleted');
    } finally {
      await third.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a full disk under the log (ENOSPC from /dev/full) is logged once and counted; always answers 503 LD_ERR_WAL_UNAVAILABLE, then recovers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-full-'));
  const walDir = join(dir, 'wal');
  try {
    for (const policy of ['always', 'everysec'] as const) {
      // A fresh history each time: its checkpoint would move the first segment's number.
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(walDir, { recursive: true });
      // The segment the server opens first is a link to /dev/full: every write fails with ENOSPC.
      const segment = join(walDir, 'segment-0000000000000001.wal');
      symlinkSync('/dev/full', segment);
      const server = await spawnServer([...BASE_ARGS, ...files(dir), '--wal', walDir, '--wal-fsync', policy]);
      try {
        const events = [{ targetId: 'full', key: 'k', valueMs: 1 }];
        const refused = await post(server.url, events);
        if (policy === 'always') {
          assert.equal(refused.status, 503);
          assert.equal(refused.body.error?.code, 'LD_ERR_WAL_UNAVAILABLE');
          assert.ok((await metric(server.url, 'latency_dash_wal_batches_refused_total')) >= 1, 'batches_refused_total counted');
        } else {
          assert.equal(refused.status, 200, 'everysec keeps acknowledging');
          assert.ok((await metric(server.url, 'latency_dash_wal_events_unlogged_total')) >= 1, 'events_unlogged_total counted');
        }
        const health = (await (await fetch(`${server.url}/health`)).json()) as { status: string; wal: string };
        assert.deepEqual([health.status, health.wal], ['ok', 'failing']);
        assert.ok((await metric(server.url, 'latency_dash_wal_write_errors_total')) >= 1, 'write_errors_total counted');
        assert.equal(await metric(server.url, 'latency_dash_wal_state{state="failing"}'), 1);
        // The server still serves everything else.
        assert.equal((await fetch(`${server.url}/api/v1/targets`)).status, 200);

        // Room again: the once-a-second probe finds out.
        unlinkSync(segment);
        const end = Date.now() + WAIT_MS;
        while (((await (await fetch(`${server.url}/health`)).json()) as { wal: string }).wal !== 'ok') {
          assert.ok(Date.now() < end, 'the log writes again within WAIT_MS');
          await sleep(50);
        }
        const ok = await post(server.url, events);
        assert.equal(ok.status, 200);
        assert.equal(ok.body.accepted, 1);
        const errorLines = server
          .output()
          .split('\n')
          .filter((l) => l.includes('write-ahead log cannot'));
        assert.equal(errorLines.length, 1, 'logged once, not per event or per probe');
      } finally {
        assert.equal(await server.stop(), 0);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a second server on the same log folder leaves it alone: no log for it, 503 with always, the first keeps its log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-lock-'));
  try {
    const walDir = join(dir, 'wal');
    const first = await spawnServer([...BASE_ARGS, '--history', join(dir, 'a.sqlite'), '--wal', walDir]);
    try {
      const second = await spawnServer([...BASE_ARGS, '--history', join(dir, 'b.sqlite'), '--wal', walDir, '--wal-fsync', 'always']);
      try {
        assert.match(second.output(), /is used by another running server \(pid \d+\)/);
        const health = (await (await fetch(`${second.url}/health`)).json()) as { wal: string };
        assert.equal(health.wal, 'unreadable');
        assert.equal((await post(second.url, [{ targetId: 'x', key: 'k', valueMs: 1 }])).status, 503);
      } finally {
        await second.stop();
      }
      assert.equal((await post(first.url, [{ targetId: 'x', key: 'k', valueMs: 1 }])).status, 200);
    } finally {
      await first.stop();
    }
    assert.deepEqual(
      readdirSync(walDir).map((n) => n.replace(/\d+/, 'N')),
      ['snapshot-N.snap'],
      "the second server's stop took neither the lock nor the snapshot",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
