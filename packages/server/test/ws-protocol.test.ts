import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CloseCode, MAX_FRAME_BYTES, PROTOCOL_VERSION, encodeClientMessage, type DecodedBatch, type DecodedServerMessage } from '@latency-dash/protocol';
import { TestClient, postJson, startServer, type Running } from './helpers.js';

let run: Running;
before(async () => {
  run = await startServer();
});
after(() => run.close());

const isBatch =
  (targetId: string, pred: (b: DecodedBatch) => boolean = () => true) =>
  (m: DecodedServerMessage) =>
    m.msg === 'batch' && m.batch!.targetId === targetId && pred(m.batch!);

async function post(events: unknown[]) {
  const res = await postJson(`${run.url}/api/v1/events`, { events });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

test('init greets with the server time, targets and protocol version', async () => {
  await post([{ targetId: 'init-t', key: 'k', valueMs: 1 }]);
  const c = await TestClient.connect(run.wsUrl);
  const init = (await c.next((m) => m.msg === 'init')).init!;
  assert.equal(init.protocolVersion, PROTOCOL_VERSION);
  assert.ok(init.availableTargets.includes('init-t'));
  assert.ok(Math.abs(Number(init.serverTime) / 1e6 - Date.now()) < 60_000);
  assert.equal(init.maxFrameBytes, MAX_FRAME_BYTES);
  c.close();
});

test('subscribe: snapshot first, then batches of changed series with consecutive seq; labels only on first sight', async () => {
  await post([
    { targetId: 'sub', key: 'api', metadata: { tier: 'free' }, valueMs: 10 },
    { targetId: 'sub', key: 'db', metadata: { tier: 'free' }, valueMs: 20 },
  ]);
  const c = await TestClient.connect(run.wsUrl);
  c.subscribe('sub', false, 50);
  const snap = (await c.next(isBatch('sub'))).batch!;
  assert.equal(snap.snapshot, true);
  assert.equal(snap.splitByMetadata, false);
  assert.deepEqual(snap.updates.map((u) => u.key).sort(), ['api', 'db']);
  const api = snap.updates.find((u) => u.key === 'api')!;
  assert.equal(api.p90Latency, 10);
  assert.equal(Number(api.count), 1);

  await post([{ targetId: 'sub', key: 'api', metadata: { tier: 'free' }, valueMs: 30 }]);
  // The batch may arrive before the POST's answer: next() looks from just past the snapshot.
  const b1 = (await c.next(isBatch('sub', (b) => !b.snapshot))).batch!;
  assert.equal(Number(b1.seq), Number(snap.seq) + 1);
  assert.equal(b1.updates.length, 1, 'only the changed series');
  assert.equal(b1.updates[0].seriesId, api.seriesId);
  assert.equal(b1.updates[0].maxLatency, 30);
  assert.equal(b1.updates[0].avgLatency, 20);

  // A series new to the stream carries its labels once, then numbers only.
  await post([{ targetId: 'sub', key: 'auth', valueMs: 5 }]);
  const b2 = (await c.next(isBatch('sub', (b) => b.updates.some((u) => u.key === 'auth')))).batch!;
  assert.equal(Number(b2.seq), Number(b1.seq) + 1);
  const authId = b2.updates.find((u) => u.key === 'auth')!.seriesId;
  await post([{ targetId: 'sub', key: 'auth', valueMs: 6 }]);
  const b3 = (await c.next(isBatch('sub', (b) => b.updates.some((u) => u.seriesId === authId)))).batch!;
  assert.equal(Number(b3.seq), Number(b2.seq) + 1);
  assert.equal(b3.updates[0].key, '');
  assert.deepEqual(b3.updates[0].metadata, {});
  c.close();
});

test('split view has one series per metadata set; both views of a target can be watched at once', async () => {
  await post([
    { targetId: 'views', key: 'api', metadata: { tier: 'free', region: 'eu' }, valueMs: 1 },
    { targetId: 'views', key: 'api', metadata: { tier: 'premium', region: 'eu' }, valueMs: 2 },
    { targetId: 'views', key: 'api', metadata: { region: 'eu', tier: 'free' }, valueMs: 3 },
  ]);
  const c = await TestClient.connect(run.wsUrl);
  c.subscribe('views', true);
  c.subscribe('views', false);
  const split = (
    await c.next(
      isBatch('views', (b) => b.splitByMetadata === true),
      { after: 0 },
    )
  ).batch!;
  const combined = (
    await c.next(
      isBatch('views', (b) => b.splitByMetadata === false),
      { after: 0 },
    )
  ).batch!;
  assert.equal(split.updates.length, 2);
  assert.equal(combined.updates.length, 1);
  assert.equal(Number(combined.updates[0].count), 3);
  const free = split.updates.find((u) => u.metadata.tier === 'free')!;
  assert.deepEqual({ ...free.metadata }, { tier: 'free', region: 'eu' });
  assert.equal(Number(free.count), 2);
  assert.equal(free.maxLatency, 3);
  c.close();
});

test('unsubscribe stops batches; resync sends a fresh snapshot; ping gets pong', async () => {
  const c = await TestClient.connect(run.wsUrl);
  c.subscribe('unsub');
  const snap = (await c.next(isBatch('unsub'))).batch!;
  assert.equal(snap.updates.length, 0, 'an unknown target can be watched; it is empty until events arrive');
  await post([{ targetId: 'unsub', key: 'k', valueMs: 1 }]);
  await c.next(isBatch('unsub', (b) => !b.snapshot));

  c.send({ resync: { targetId: 'unsub', splitByMetadata: false } });
  const fresh = (await c.next(isBatch('unsub'))).batch!;
  assert.equal(fresh.snapshot, true);
  assert.equal(fresh.updates.length, 1);

  c.send({ ping: { clientTime: 12345 } });
  const pong = (await c.next((m) => m.msg === 'pong')).pong!;
  assert.equal(Number(pong.clientTime), 12345);

  // Messages are handled in order: once the ping after the unsubscribe is
  // answered, the unsubscribe has been applied.
  const unsubscribed = c.mark();
  c.send({ subscription: { action: 1, targetId: 'unsub', splitByMetadata: false } });
  c.send({ ping: { clientTime: 1 } });
  await c.next((m) => m.msg === 'pong' && Number(m.pong!.clientTime) === 1);
  await post([{ targetId: 'unsub', key: 'k', valueMs: 2 }]);
  // A tick of every stream now, then a ping: a batch for 'unsub' would come before its pong.
  run.server.app.hub.flushAll();
  c.send({ ping: { clientTime: 2 } });
  await c.next((m) => m.msg === 'pong' && Number(m.pong!.clientTime) === 2);
  const after = c.messages.slice(unsubscribed);
  assert.deepEqual(
    after.filter((m) => m.msg === 'error'),
    [],
    'unsubscribing is not an error',
  );
  assert.equal(after.filter((m) => m.msg === 'batch').length, 0);
  c.close();
});

test('JSON mode speaks the proto3 JSON mapping both ways', async () => {
  await post([{ targetId: 'json-t', key: 'k', valueMs: 4 }]);
  const c = await TestClient.connect(run.wsUrl, true);
  const raw: string[] = [];
  c.ws.on('message', (d) => raw.push(String(d)));
  c.send({ subscription: { action: 'SUBSCRIBE' as unknown as 0, targetId: 'json-t', splitByMetadata: false } } as never);
  const snap = (await c.next(isBatch('json-t'))).batch!;
  assert.equal(snap.updates[0].p99Latency, 4);
  assert.ok(
    raw.some((r) => r.includes('"p99Latency":4') && r.includes('"count":"1"')),
    'camelCase names, int64 as strings',
  );
  await post([{ targetId: 'json-t', key: 'k', valueMs: 5 }]);
  const b = (await c.next(isBatch('json-t', (x) => !x.snapshot))).batch!;
  assert.equal(Number(b.seq), 1);
  assert.ok(raw.some((r) => r.includes('"seq":"1"')));
  c.close();
});

test('bad frames get an error message and change nothing for anyone else', async () => {
  const watcher = await TestClient.connect(run.wsUrl);
  watcher.subscribe('calm');
  await watcher.next(isBatch('calm'));
  const bad = await TestClient.connect(run.wsUrl);

  bad.ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_MALFORMED');
  bad.ws.send('{"subscription":');
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_WRONG_FRAME_TYPE');
  bad.ws.send(encodeClientMessage({}));
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_UNKNOWN_MESSAGE');
  bad.send({ subscription: { action: 0, targetId: 'calm', intervalMs: 1 } });
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_BAD_INTERVAL');
  bad.send({ subscription: { action: 0, targetId: '' } });
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_BAD_TARGET');
  bad.send({ subscription: { action: 7 as never, targetId: 'calm' } });
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_BAD_SUBSCRIPTION');
  bad.send({ resync: { targetId: 'nope' } });
  assert.equal((await bad.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_NOT_SUBSCRIBED');

  // The connection is still usable after all that.
  bad.send({ ping: { clientTime: 1 } });
  await bad.next((m) => m.msg === 'pong');

  // Oversized: the socket cannot go on; it is closed with 1009.
  bad.ws.send(Buffer.alloc(MAX_FRAME_BYTES + 1));
  assert.equal(await bad.waitClose(), CloseCode.messageTooBig);

  // The other client saw only its own stream, and still gets updates.
  assert.ok(watcher.messages.every((m) => m.msg !== 'error'));
  await post([{ targetId: 'calm', key: 'k', valueMs: 1 }]);
  await watcher.next(isBatch('calm', (b) => b.updates.length === 1));
  assert.equal(watcher.closeCode, undefined);
  watcher.close();
});

test('a connection that keeps sending garbage is closed with 4002', async () => {
  const bad = await TestClient.connect(run.wsUrl);
  for (let i = 0; i < 30; i++) bad.ws.send(Buffer.from([0xff]));
  assert.equal(await bad.waitClose(), CloseCode.tooManyErrors);
});

test('WebSocket ingest: batches are acked with accepted count and per-event reasons', async () => {
  const producer = await TestClient.connect(run.wsUrl);
  const viewer = await TestClient.connect(run.wsUrl);
  viewer.subscribe('ws-in');
  await viewer.next(isBatch('ws-in'));
  producer.send({
    events: {
      batchId: 77,
      events: [
        { targetId: 'ws-in', key: 'api', valueMs: 15, metadata: { tier: 'free' } },
        { targetId: '', key: 'api' },
        { targetId: 'ws-in', key: 'api', valueMs: -1 },
        { targetId: 'ws-in', key: 'api', valueMs: 25 },
      ],
    },
  });
  const ack = (await producer.next((m) => m.msg === 'ack')).ack!;
  assert.equal(Number(ack.batchId), 77);
  assert.equal(ack.accepted, 2);
  assert.deepEqual(
    ack.rejected.map((r) => [r.index, r.code]),
    [
      [1, 'LD_ERR_BAD_EVENT'],
      [2, 'LD_ERR_BAD_EVENT'],
    ],
  );
  assert.match(ack.rejected[0].reason, /targetId/);
  assert.match(ack.rejected[1].reason, /valueMs/);
  // next() looks from just past the snapshot: the batch may well have come before the ack.
  const batch = (await viewer.next(isBatch('ws-in', (b) => b.updates.length > 0 && !b.snapshot))).batch!;
  assert.equal(batch.updates[0].maxLatency, 25);
  assert.equal(Number(batch.updates[0].count), 2);
  producer.close();
  viewer.close();
});

test('deleting a target sends removal notices to its viewers and a targets update to everyone', async () => {
  await post([
    { targetId: 'doomed', key: 'a', valueMs: 1 },
    { targetId: 'doomed', key: 'b', valueMs: 1 },
  ]);
  const c = await TestClient.connect(run.wsUrl);
  c.subscribe('doomed');
  const snap = (await c.next(isBatch('doomed'))).batch!;
  const ids = snap.updates.map((u) => u.seriesId).sort();
  // Both answers to the DELETE are looked for from here on, in whatever order
  // (and however early) they arrive.
  const deleted = c.mark();
  assert.equal((await fetch(`${run.url}/api/v1/targets/doomed`, { method: 'DELETE' })).status, 204);
  const removal = (
    await c.next(
      isBatch('doomed', (b) => b.removedSeries.length > 0),
      { after: deleted },
    )
  ).batch!;
  assert.deepEqual([...removal.removedSeries].sort(), ids);
  assert.equal(Number(removal.seq), Number(snap.seq) + 1);
  await c.next((m) => m.msg === 'targets' && m.targets!.removed.includes('doomed'), { after: deleted });
  // It comes back with new series ids, announced with their labels.
  const reposted = c.mark();
  await post([{ targetId: 'doomed', key: 'a', valueMs: 2 }]);
  const back = (
    await c.next(
      isBatch('doomed', (b) => b.updates.length > 0),
      { after: reposted },
    )
  ).batch!;
  assert.equal(back.updates[0].key, 'a');
  assert.ok(!ids.includes(back.updates[0].seriesId));
  assert.equal((await fetch(`${run.url}/api/v1/targets/doomed-nope`, { method: 'DELETE' })).status, 404);
  c.close();
});

test('targets updates reach every connection when targets appear', async () => {
  const c = await TestClient.connect(run.wsUrl);
  await c.next((m) => m.msg === 'init');
  await post([{ targetId: 'brand-new', key: 'k', valueMs: 1 }]);
  const upd = (await c.next((m) => m.msg === 'targets' && m.targets!.added.includes('brand-new'))).targets!;
  assert.ok(upd.targets.includes('brand-new'));
  assert.ok(upd.details.some((d) => d.targetId === 'brand-new' && Number(d.eventCount) === 1));
  c.close();
});
