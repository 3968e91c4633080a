import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  PiecewiseBatch,
  decodeServerMessage,
  encodeServerMessage,
  serverMessageToJson,
  type DecodedBatch,
  type MetricsBatch,
  type MetricsUpdate,
} from '@latency-dash/protocol';
import { TestClient, startServer, until } from './helpers.js';

test('a batch encoded piece by piece is the same message as one encoded whole, in protobuf and JSON', () => {
  const updates: MetricsUpdate[] = Array.from({ length: 300 }, (_, i) => ({
    seriesId: i + 1,
    key: `k${i}`,
    metadata: (i % 2 ? { region: 'eu' } : {}) as Record<string, string>,
    count: i * 3,
    p99Latency: i / 7,
  }));
  const envelope: MetricsBatch = {
    targetId: 't',
    splitByMetadata: true,
    seq: 41,
    snapshot: true,
    updates: [],
    removedSeries: [],
    serverTime: 1_764_000_000_000_000_000,
    intervalMs: 100,
  };
  const pieces = new PiecewiseBatch(true, true);
  // Set twice: the later update of a series replaces the earlier in place.
  for (const u of updates) pieces.set({ ...u, count: -1 });
  for (const u of updates) pieces.set(u);
  const whole = { batch: { ...envelope, updates } };
  assert.deepEqual(decodeServerMessage(pieces.bytes(envelope)), decodeServerMessage(encodeServerMessage(whole)));
  assert.equal(pieces.jsonText(envelope), serverMessageToJson(whole));
  pieces.delete(5);
  assert.equal(decodeServerMessage(pieces.bytes(envelope)).batch!.updates.length, 299);
});

test('a big stream changing under a new viewer: its snapshot, built in slices, and the batches after it add up to the exact state, with no gap', async () => {
  const run = await startServer();
  const KEYS = 3000;
  const put = (k: number, valueMs: number) =>
    run.server.app.engine.ingest({ targetId: 'big', key: `key-${k}`, metadata: {}, timestampMs: Date.now(), payloadBytes: 100, valueMs });
  for (let k = 0; k < KEYS; k++) put(k, k % 97);
  // Then each series changes once, 100 a tick: a series read by the snapshot before its change and not read again
  // would keep its old value for good, since no later batch carries it.
  let next = 0;
  const pump = setInterval(() => {
    for (const end = Math.min(KEYS, next + 100); next < end; next++) put(next, 500 + (next % 89));
    if (next >= KEYS) clearInterval(pump);
  }, 20);
  try {
    const watcher = await TestClient.connect(run.wsUrl);
    watcher.subscribe('big', false, 50);
    const viewer = await TestClient.connect(run.wsUrl);
    await watcher.next((m) => m.msg === 'batch' && !m.batch!.snapshot);
    viewer.subscribe('big', false, 50);
    const snapshot = (await viewer.next((m) => m.msg === 'batch' && m.batch!.snapshot)).batch!;
    const key0 = snapshot.updates.find((u) => u.key === 'key-0')!.seriesId;
    const batches = () => viewer.messages.filter((m) => m.msg === 'batch').map((m) => m.batch!);
    await until('every series to have changed once', () => next >= KEYS);
    // One last event after the pump stopped: the batch carrying it carries every change before it too.
    const mark = viewer.mark();
    put(0, 1);
    await viewer.next((m) => m.msg === 'batch' && m.batch!.updates.some((u) => u.seriesId === key0), { after: mark });
    const list = batches();
    assert.equal(list.filter((b) => b.snapshot).length, 1, 'one snapshot');
    for (let i = 1; i < list.length; i++) assert.equal(Number(list[i].seq), Number(list[i - 1].seq) + 1, `no gap at batch ${i}`);
    const state = new Map<number, DecodedBatch['updates'][number]>();
    for (const b of list) for (const u of b.updates) state.set(u.seriesId, { ...state.get(u.seriesId), ...u });
    const fresh = (await (await fetch(`${run.url}/api/v1/targets/big/series`)).json()) as {
      updates: { seriesId: number; count: string; p99Latency?: number }[];
    };
    assert.equal(state.size, KEYS);
    assert.equal(fresh.updates.length, KEYS);
    for (const u of fresh.updates) {
      const mine = state.get(u.seriesId)!;
      assert.deepEqual([Number(mine.count), mine.p99Latency ?? 0], [Number(u.count), u.p99Latency ?? 0], `series ${u.seriesId}`);
    }
    assert.ok(run.server.app.hub.stats.snapshots >= 2);
    watcher.close();
    viewer.close();
  } finally {
    clearInterval(pump);
    await run.close();
  }
});
