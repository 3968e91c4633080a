import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { retryDelayMs, parseRetryAfter } from '../src/backoff.js';
import { createClient } from '../src/index.js';
import { startFlakyProxy } from './flaky-proxy.js';
import { collect, eventCounts, startServer, type Running } from './support.js';

let server: Running;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test('a 429 is retried no sooner than its Retry-After, a 503 after a backoff, then everything is delivered once', async () => {
  const proxy = await startFlakyProxy(server.url, [{ status: 429, headers: { 'retry-after': '1' } }, { status: 503 }]);
  try {
    const ld = createClient({ url: proxy.url, maxBatchEvents: 10, minBackoffMs: 20, flushIntervalMs: 3_600_000 });
    const errors = collect(ld, 'error');
    for (let i = 0; i < 25; i++) ld.record('retried', 'api', i);
    const { complete, stats } = await ld.flush();
    assert.equal(complete, true);
    assert.deepEqual(
      { delivered: stats.delivered, retries: stats.retries, failed: stats.failed, refused: stats.refused },
      { delivered: 25, retries: 2, failed: 0, refused: 0 },
    );
    assert.deepEqual(
      errors.map((e) => [e.error.code, e.error.status, e.willRetry]),
      [
        ['LD_ERR_RATE_LIMITED', 429, true],
        ['LD_ERR_INTERNAL', 503, true],
      ],
    );
    assert.ok(errors[0].delayMs! >= 1000, `waited ${errors[0].delayMs} ms after Retry-After: 1`);
    // The proxy saw the retry of the 429'd batch at least a second after it.
    assert.ok(proxy.log[1].atMs - proxy.log[0].atMs >= 1000, `retried after ${proxy.log[1].atMs - proxy.log[0].atMs} ms`);
    assert.equal(proxy.log.length, 5); // 429, 503, then three batches passed through
    assert.equal((await eventCounts(server.url))['retried'], 25);
    await ld.close();
  } finally {
    await proxy.close();
  }
});

test('after maxRetries a batch is given up and counted as failed; flush() still completes', async () => {
  const proxy = await startFlakyProxy(server.url, [], { status: 502, body: 'bad gateway' });
  try {
    const ld = createClient({ url: proxy.url, maxRetries: 2, minBackoffMs: 5, maxBackoffMs: 10, flushIntervalMs: 3_600_000 });
    const errors = collect(ld, 'error');
    for (let i = 0; i < 4; i++) ld.record('given-up', 'api', i);
    const { complete, stats } = await ld.flush();
    assert.equal(complete, true);
    assert.deepEqual({ failed: stats.failed, retries: stats.retries, buffered: stats.buffered }, { failed: 4, retries: 2, buffered: 0 });
    assert.deepEqual(
      errors.map((e) => [e.attempt, e.willRetry, e.error.code, e.error.status]),
      [
        [1, true, 'LD_CLIENT_HTTP', 502],
        [2, true, 'LD_CLIENT_HTTP', 502],
        [3, false, 'LD_CLIENT_HTTP', 502],
      ],
    );
    assert.match(errors[0].error.message, /bad gateway/);
    assert.equal(proxy.log.length, 3);
    await ld.close();
  } finally {
    await proxy.close();
  }
});

test('close() with a timeout gives up on a server that keeps failing, and counts what it held as failed', async () => {
  const proxy = await startFlakyProxy(server.url, [], { status: 503, headers: { 'retry-after': '3600' } });
  try {
    const ld = createClient({ url: proxy.url, maxBatchEvents: 5, flushIntervalMs: 3_600_000 });
    for (let i = 0; i < 12; i++) ld.record('abandoned', 'api', i);
    const { complete, stats } = await ld.close({ timeoutMs: 200 });
    assert.equal(complete, false);
    assert.deepEqual({ failed: stats.failed, buffered: stats.buffered, delivered: stats.delivered }, { failed: 12, buffered: 0, delivered: 0 });
  } finally {
    await proxy.close();
  }
});

test('backoff doubles from minBackoffMs to maxBackoffMs with jitter, and never undercuts Retry-After', () => {
  const o = { minBackoffMs: 100, maxBackoffMs: 1000 };
  assert.deepEqual(
    [1, 2, 3, 4, 5, 10].map((a) => retryDelayMs(a, o, undefined, () => 1)),
    [100, 200, 400, 800, 1000, 1000],
  );
  assert.deepEqual(
    [1, 2, 3].map((a) => retryDelayMs(a, o, undefined, () => 0)),
    [50, 100, 200],
  );
  assert.equal(
    retryDelayMs(1, o, 5000, () => 0),
    5000,
  );
  assert.equal(
    retryDelayMs(1, o, 5000, () => 1),
    5500,
  );
  assert.equal(parseRetryAfter('2'), 2000);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')), 10_000);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(null), undefined);
});
