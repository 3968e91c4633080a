import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createClient, LatencyDashError } from '../src/index.js';
import { collect, eventCounts, nextEvent, startServer, type Running } from './support.js';

let server: Running;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test('a full batch leaves at once; the rest waits for flush(), which delivers it', async () => {
  const ld = createClient({ url: server.url, maxBatchEvents: 10, flushIntervalMs: 3_600_000 });
  const responses = collect(ld, 'response');
  for (let i = 0; i < 10; i++) ld.record('batching', 'api', i + 0.5);
  const first = await nextEvent(ld, 'response');
  assert.deepEqual({ events: first.events, accepted: first.accepted, status: first.status }, { events: 10, accepted: 10, status: 200 });
  for (let i = 0; i < 25; i++) ld.record('batching', 'api', i + 0.5, { tier: 'free' });
  // Two more full batches go without a flush; the last five wait for one.
  const result = await ld.flush();
  assert.equal(result.complete, true);
  assert.deepEqual(
    responses.map((r) => r.events),
    [10, 10, 10, 5],
  );
  assert.equal((await eventCounts(server.url))['batching'], 35);
  const s = ld.stats;
  assert.deepEqual(
    { recorded: s.recorded, delivered: s.delivered, refused: s.refused, failed: s.failed, buffered: s.buffered },
    { recorded: 35, delivered: 35, refused: 0, failed: 0, buffered: 0 },
  );
  await ld.close();
});

test('a batch that does not fill leaves after flushIntervalMs, on its own', async () => {
  const ld = createClient({ url: server.url, maxBatchEvents: 500, flushIntervalMs: 20 });
  for (let i = 0; i < 7; i++) ld.record('linger', 'db', 3);
  const answer = await nextEvent(ld, 'response');
  assert.equal(answer.events, 7);
  assert.equal((await eventCounts(server.url))['linger'], 7);
  await ld.close();
});

test('the buffer is bounded: past maxBufferedEvents (in flight included) events are dropped, counted and reported once per burst', async () => {
  const ld = createClient({ url: server.url, maxBatchEvents: 10, maxBufferedEvents: 20, flushIntervalMs: 3_600_000 });
  const overflows = collect(ld, 'overflow');
  let kept = 0;
  // One synchronous burst: the first 10 leave as a request, 10 more wait, nothing is answered meanwhile.
  for (let i = 0; i < 50; i++) if (ld.record('bounded', 'api', 1)) kept++;
  assert.equal(kept, 20);
  assert.equal(ld.stats.overflow, 30);
  assert.equal(ld.stats.buffered, 20);
  await ld.flush();
  assert.deepEqual(overflows, [{ dropped: 30, total: 30 }]);
  assert.equal((await eventCounts(server.url))['bounded'], 20);
  assert.equal(ld.stats.delivered, 20);
  await ld.close();
});

test('events the server refuses are counted as refused by index, reported, and not retried; the rest are kept', async () => {
  const ld = createClient({ url: server.url, maxBatchEvents: 100, flushIntervalMs: 3_600_000 });
  const refused = collect(ld, 'refused');
  ld.record('refusals', 'api', 1);
  ld.record('refusals', 'x'.repeat(200), 2); // key over 128 characters
  ld.record('refusals', 'api', 3, { tier: 'free' });
  ld.record('refusals', 'api', 7_200_000); // over --max-value-ms
  ld.record('refusals', 'api', Number.NaN); // refused here: JSON would carry it as null
  await ld.flush();
  const s = ld.stats;
  assert.deepEqual(
    { recorded: s.recorded, delivered: s.delivered, refused: s.refused, retries: s.retries, failed: s.failed },
    { recorded: 5, delivered: 2, refused: 3, retries: 0, failed: 0 },
  );
  const all = refused.flatMap((r) => r.events);
  assert.deepEqual(
    all.map((r) => [r.event.key.length, r.event.valueMs, r.code]).sort(),
    [
      [200, 2, 'LD_ERR_BAD_EVENT'],
      [3, 7_200_000, 'LD_ERR_BAD_EVENT'],
      [3, Number.NaN, 'LD_ERR_BAD_EVENT'],
    ].sort(),
  );
  assert.match(all.find((r) => r.event.valueMs === 7_200_000)!.reason, /max-value-ms/);
  assert.equal((await eventCounts(server.url))['refusals'], 2);
  await ld.close();
});

test('a 4xx is not retried: a wrong key refuses the batch with the server code, and the error says so', async () => {
  const locked = await startServer({ writeKeys: ['right-key'] });
  try {
    const ld = createClient({ url: locked.url, apiKey: 'wrong-key', maxBatchEvents: 5 });
    const errors = collect(ld, 'error');
    for (let i = 0; i < 5; i++) ld.record('locked', 'api', 1);
    await ld.flush();
    assert.equal(ld.stats.refused, 5);
    assert.equal(ld.stats.retries, 0);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].willRetry, false);
    assert.ok(errors[0].error instanceof LatencyDashError);
    assert.equal(errors[0].error.code, 'LD_ERR_UNAUTHORIZED');
    assert.equal(errors[0].error.status, 401);
    await ld.close();

    const ok = createClient({ url: locked.url, apiKey: 'right-key' });
    ok.record('locked', 'api', 1);
    await ok.close();
    assert.equal(ok.stats.delivered, 1);
    assert.equal((await eventCounts(locked.url, { authorization: 'Bearer right-key' }))['locked'], 1);
  } finally {
    await locked.close();
  }
});

test('close() delivers what is buffered, then later records are dropped and counted', async () => {
  const ld = createClient({ url: server.url, maxBatchEvents: 7, flushIntervalMs: 3_600_000 });
  for (let i = 0; i < 30; i++) ld.record('closing', 'api', i);
  const result = await ld.close();
  assert.equal(result.complete, true);
  assert.equal(result.stats.delivered, 30);
  assert.equal(ld.record('closing', 'api', 1), false);
  assert.equal(ld.stats.droppedAfterClose, 1);
  assert.equal((await eventCounts(server.url))['closing'], 30);
  assert.equal(ld.close(), ld.close());
});

test('time() records sync and async functions, also when they throw or reject, and passes results and errors on', async () => {
  const ld = createClient({ url: server.url, flushIntervalMs: 3_600_000 });
  const sync = ld.time('timed', 'sync', () => 42);
  assert.equal(sync, 42);
  const boom = new Error('boom');
  assert.throws(
    () =>
      ld.time('timed', 'sync-throw', () => {
        throw boom;
      }),
    (err) => err === boom,
  );
  const slow = await ld.time('timed', 'async', () => new Promise<string>((resolve) => setTimeout(() => resolve('done'), 30)));
  assert.equal(slow, 'done');
  await assert.rejects(
    ld.time('timed', 'async-reject', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw boom;
    }),
    (err) => err === boom,
  );
  assert.equal(ld.stats.recorded, 4);
  await ld.flush();
  const res = await fetch(`${server.url}/api/v1/targets/timed/series?split=false`);
  const batch = (await res.json()) as { updates: { key: string; maxLatency: number; count: string }[] };
  const byKey = Object.fromEntries(batch.updates.map((u) => [u.key, u]));
  assert.deepEqual(Object.keys(byKey).sort(), ['async', 'async-reject', 'sync', 'sync-throw']);
  for (const key of ['sync', 'sync-throw']) assert.ok(byKey[key].maxLatency >= 0 && byKey[key].maxLatency < 30_000, `${key}: ${byKey[key].maxLatency}`);
  // A timer never fires early (by more than its 1 ms rounding): the time covers the awaited work.
  for (const key of ['async', 'async-reject']) assert.ok(byKey[key].maxLatency >= 29, `${key}: ${byKey[key].maxLatency}`);
  await ld.close();
});

test('options are checked at createClient, naming the option', () => {
  assert.throws(() => createClient({ url: 'localhost:8080' }), /url must/);
  assert.throws(() => createClient({ url: 'http://x', maxBatchEvents: 20_000 }), /maxBatchEvents must be a whole number 1–10000/);
  assert.throws(
    () => createClient({ url: 'http://x', maxBatchEvents: 100, maxBufferedEvents: 50 }),
    /maxBufferedEvents \(50\) must be at least maxBatchEvents/,
  );
  assert.throws(() => createClient({ url: 'http://x', transport: 'carrier-pigeon' as never }), /transport must be/);
});
