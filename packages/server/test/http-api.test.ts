import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { encodeEventBatch, latency, type Decoded, type DecodedBatch } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { postJson, startServer, type Running } from './helpers.js';

let run: Running;
before(async () => {
  run = await startServer();
});
after(() => run.close());

test('health says ok with a short status body', async () => {
  const res = await fetch(`${run.url}/health`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body.status, 'ok');
  assert.equal(typeof body.uptimeS, 'number');
});

test('JSON ingest: accepted count and each rejected event with index and reason; good neighbours kept', async (t) => {
  // A clock that stands still: the throughput read below covers exactly the
  // 10 s after the events, however long the machine takes between the calls.
  const run = await startServer({ clock: new ManualClock(Date.now()) });
  t.after(() => run.close());
  const res = await postJson(`${run.url}/api/v1/events`, {
    events: [
      { targetId: 'h', key: 'api', valueMs: 10, metadata: { tier: 'free' }, payloadSize: 500 },
      { target_id: 'h', key: 'api', value_ms: 30, server_timestamp: String(Date.now() * 1e6) },
      { targetId: 'h', key: 'api', valueMs: 'fast' },
      { targetId: 'h', key: 'api', metadata: { tier: 5 } },
      { targetId: 'h', key: 'api', valueMS: 3 },
      { targetId: 'h', key: 'x'.repeat(500) },
      { targetId: 'h\u0000', key: 'a' },
      'not an event',
    ],
  });
  assert.equal(res.status, 200);
  const body = res.body as { accepted: number; rejected: { index: number; code: string; reason: string }[] };
  assert.equal(body.accepted, 2);
  assert.deepEqual(
    body.rejected.map((r) => r.index),
    [2, 3, 4, 5, 6, 7],
  );
  assert.ok(body.rejected.every((r) => r.code === 'LD_ERR_BAD_EVENT' && r.reason.length > 5));
  assert.match(body.rejected[2].reason, /unknown field "valueMS"/);

  const snap = (await (await fetch(`${run.url}/api/v1/targets/h/series?split=false`)).json()) as {
    updates: { key: string; count: string; maxLatency: number; throughput: number }[];
    snapshot: boolean;
  };
  assert.equal(snap.snapshot, true);
  assert.equal(snap.updates.length, 1);
  assert.equal(snap.updates[0].count, '2');
  assert.equal(snap.updates[0].maxLatency, 30);
  assert.equal(snap.updates[0].throughput, 50, '500 bytes over 10 s');
});

test('protobuf ingest, and the snapshot as protobuf', async () => {
  const body = encodeEventBatch({
    batchId: 9,
    events: [
      { targetId: 'pb', key: 'db', valueMs: 4, metadata: { region: 'eu' } },
      { targetId: 'pb', key: 'db', valueMs: 8, metadata: { region: 'us' } },
      { targetId: 'pb', key: '' },
    ],
  });
  const res = await fetch(`${run.url}/api/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-protobuf', accept: 'application/x-protobuf' },
    body,
  });
  assert.equal(res.status, 200);
  const ack = latency.IngestAck.decode(new Uint8Array(await res.arrayBuffer())) as Decoded<latency.IngestAck.$Properties>;
  assert.equal(Number(ack.batchId), 9);
  assert.equal(ack.accepted, 2);
  assert.equal(ack.rejected[0].index, 2);
  assert.match(ack.rejected[0].reason, /key/);

  const snapRes = await fetch(`${run.url}/api/v1/targets/pb/series?split=true`, { headers: { accept: 'application/x-protobuf' } });
  assert.equal(snapRes.headers.get('content-type'), 'application/x-protobuf');
  const snap = latency.MetricsBatch.decode(new Uint8Array(await snapRes.arrayBuffer())) as DecodedBatch;
  assert.equal(snap.splitByMetadata, true);
  assert.deepEqual(snap.updates.map((u) => u.metadata.region).sort(), ['eu', 'us']);
});

test('bad requests get 4xx with a code and a reason, and change nothing', async () => {
  const before = ((await (await fetch(`${run.url}/api/v1/targets`)).json()) as { targets: unknown[] }).targets.length;
  const cases: [RequestInit, number, string][] = [
    [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"events": [' }, 400, 'LD_ERR_MALFORMED'],
    [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"nope": 1}' }, 400, 'LD_ERR_BAD_REQUEST'],
    [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415, 'LD_ERR_UNSUPPORTED_MEDIA_TYPE'],
    [{ method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: new Uint8Array([0x0a, 0xff, 0xff, 0xff]) }, 400, 'LD_ERR_MALFORMED'],
    [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: new Array(10_001).fill({ targetId: 'big', key: 'k' }) }),
      },
      413,
      'LD_ERR_BATCH_TOO_LARGE',
    ],
    [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: [{ targetId: 'big', key: 'k' }], pad: 'x'.repeat(9 * 1024 * 1024) }),
      },
      413,
      'LD_ERR_BODY_TOO_LARGE',
    ],
    [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events: [{ key: 'k' }] }) }, 400, ''],
  ];
  for (const [init, status, code] of cases) {
    const res = await fetch(`${run.url}/api/v1/events`, init);
    assert.equal(res.status, status, `${String(init.body).slice(0, 30)} → ${res.status}`);
    const body = (await res.json()) as { error?: { code: string; message: string }; rejected?: unknown[] };
    if (code) {
      assert.equal(body.error?.code, code);
      assert.ok((body.error?.message.length ?? 0) > 10);
    } else {
      assert.equal(body.rejected?.length, 1, 'all rejected: 400 with the reasons');
    }
  }
  const after = ((await (await fetch(`${run.url}/api/v1/targets`)).json()) as { targets: unknown[] }).targets.length;
  assert.equal(after, before);

  const notFound = await fetch(`${run.url}/api/v1/targets/nope/series`);
  assert.equal(notFound.status, 404);
  assert.equal(((await notFound.json()) as { error: { code: string } }).error.code, 'LD_ERR_NOT_FOUND');
  const badSplit = await fetch(`${run.url}/api/v1/targets/h/series?split=maybe`);
  assert.equal(badSplit.status, 400);
  const noRoute = await fetch(`${run.url}/api/v2/nothing`);
  assert.equal(noRoute.status, 404);
});

test('targets list, and /metrics in the Prometheus text format', async () => {
  await postJson(`${run.url}/api/v1/events`, { events: [{ targetId: 'prom', key: 'api', valueMs: 42 }] });
  const targets = (await (await fetch(`${run.url}/api/v1/targets`)).json()) as { targets: { targetId: string; eventCount: number; keyCount: number }[] };
  const prom = targets.targets.find((t) => t.targetId === 'prom')!;
  assert.equal(prom.eventCount, 1);
  assert.equal(prom.keyCount, 1);
  const res = await fetch(`${run.url}/metrics`);
  assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
  const text = await res.text();
  assert.match(text, /latency_dash_series_latency_ms\{target="prom",key="api",quantile="0.99"\} 42/);
  assert.match(text, /latency_dash_events_ingested_total \d+/);
  assert.match(text, /latency_dash_process_resident_memory_bytes \d+/);
});

test('without a built dashboard, / explains how to build it', async () => {
  const bare = await startServer({ webDir: '/nonexistent-web-dir' });
  try {
    const res = await fetch(`${bare.url}/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /npm run build/);
  } finally {
    await bare.close();
  }
});

test('the built dashboard is served at /, its assets cached for good and index.html revalidated', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
  const web = await startServer({ webDir: dir });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  try {
    const index = await fetch(`${web.url}/`);
    assert.match(await index.text(), /<title>dash/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const asset = await fetch(`${web.url}/assets/app-abc123.js`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  } finally {
    await web.close();
  }
});
