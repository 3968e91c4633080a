import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeEventBatch } from '@latency-dash/protocol';
import { postJson, startServer, TestClient } from './helpers.js';

interface Rejected {
  accepted: number;
  rejected: { index: number; code: string; reason: string }[];
}

test('latencies stay finite: huge, infinite or over-the-maximum values are refused and the window is untouched', async () => {
  const run = await startServer({ maxValueMs: 60_000 });
  try {
    const res = await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 'num', key: 'api', valueMs: 10 },
        { targetId: 'num', key: 'api', valueMs: 1e308 },
        { targetId: 'num', key: 'api', valueMs: 60_001 },
        { targetId: 'num', key: 'api', valueMs: 60_000 },
      ],
    });
    const body = res.body as Rejected;
    assert.equal(body.accepted, 2);
    assert.deepEqual(
      body.rejected.map((r) => r.index),
      [1, 2],
    );
    for (const r of body.rejected) assert.match(r.reason, /over the server's maximum of 60000 ms \(--max-value-ms\)/);

    const proto = encodeEventBatch({
      events: [
        { targetId: 'num', key: 'api', valueMs: Infinity },
        { targetId: 'num', key: 'api', valueMs: Number.NaN },
      ],
    });
    const pres = await fetch(`${run.url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: proto });
    const pbody = (await pres.json()) as Rejected;
    assert.equal(pbody.accepted, 0);
    assert.equal(pbody.rejected.length, 2);

    const text = await (await fetch(`${run.url}/api/v1/targets/num/series`)).text();
    assert.doesNotMatch(text, /null|Infinity|NaN/, 'JSON never carries a non-number for a number');
    const snap = JSON.parse(text) as { updates: { avgLatency: number; maxLatency: number; sampleCount: number }[] };
    assert.deepEqual([snap.updates[0].sampleCount, snap.updates[0].maxLatency, snap.updates[0].avgLatency], [2, 60_000, 30_005]);
  } finally {
    await run.close();
  }
});

test('subscriptions follow the ingest rules for target ids, and a connection may watch a bounded number of streams', async () => {
  const run = await startServer({ maxSubscriptionsPerConnection: 2 });
  const c = await TestClient.connect(run.wsUrl);
  try {
    await c.next((m) => m.msg === 'init');
    for (const [targetId, reason] of [
      ['', /targetId must not be empty/],
      ['bad\u0001id', /targetId must not contain control characters/],
      ['x'.repeat(200), /targetId is longer than 128 characters/],
    ] as const) {
      c.subscribe(targetId);
      const err = (await c.next((m) => m.msg === 'error')).error!;
      assert.equal(err.code, 'LD_ERR_BAD_TARGET');
      assert.match(err.message, reason);
    }
    c.subscribe('a');
    await c.next((m) => m.msg === 'batch' && m.batch!.targetId === 'a' && m.batch!.snapshot);
    c.subscribe('b');
    await c.next((m) => m.msg === 'batch' && m.batch!.targetId === 'b' && m.batch!.snapshot);
    c.subscribe('c');
    const refused = await c.next((m) => m.msg === 'error');
    assert.equal(refused.error!.code, 'LD_ERR_TOO_MANY_SUBSCRIPTIONS');
    assert.equal(refused.error!.targetId, 'c');

    // A stream it already watches can be asked for again (a resubscribe), and a freed slot can be used.
    c.subscribe('a');
    await c.next((m) => m.msg === 'batch' && m.batch!.targetId === 'a' && m.batch!.snapshot);
    c.send({ subscription: { action: 1, targetId: 'b', splitByMetadata: false } });
    c.subscribe('c');
    const snap = await c.next((m) => (m.msg === 'batch' && m.batch!.targetId === 'c') || m.msg === 'error');
    assert.equal(snap.msg, 'batch');
    assert.equal(run.server.app.hub.viewerCount(), 2);
  } finally {
    c.close();
    await run.close();
  }
});

test('serverTimestamp as a JSON number of Unix ns (past 2^53) is taken, as a decimal string is', async () => {
  const run = await startServer();
  try {
    const ns = 1_795_000_000_123_000_000;
    const res = await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 'ts', key: 'num', serverTimestamp: ns },
        { targetId: 'ts', key: 'num', serverTimestamp: ns + 250_000_000 },
        { targetId: 'ts', key: 'str', serverTimestamp: String(ns) },
        { targetId: 'ts', key: 'str', serverTimestamp: String(ns + 250_000_000) },
      ],
    });
    assert.deepEqual(res.body, { accepted: 4, rejected: [] });
    const snap = (await (await fetch(`${run.url}/api/v1/targets/ts/series`)).json()) as { updates: { key: string; maxLatency: number }[] };
    // A JSON number past 2^53 is rounded to a multiple of 256 ns when parsed: well below a millisecond.
    for (const u of snap.updates) assert.ok(Math.abs(u.maxLatency - 250) < 0.001, `${u.key}: the interval between the two events is ${u.maxLatency}`);
  } finally {
    await run.close();
  }
});
