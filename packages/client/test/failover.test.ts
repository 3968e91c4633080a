import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClient } from '../src/index.js';
import { eventCounts, freePort, nextEvent, startServer, type Running, recordSome } from './support.js';

async function count(server: Running | undefined): Promise<number> {
  return server === undefined ? 0 : ((await eventCounts(server.url))['failover'] ?? 0);
}

for (const transport of ['http', 'websocket'] as const) {
  test(`${transport}: with two servers, the client moves to the second when the first stops, and every event is delivered once`, async () => {
    // The first server keeps its counts in a data folder, so after it stops they can be read back from a restart.
    const dir = mkdtempSync(join(tmpdir(), `ld-client-failover-${transport}-`));
    const firstOptions = { historyPath: join(dir, 'history.sqlite') };
    let first: Running | undefined = await startServer(firstOptions);
    const second = await startServer({});
    try {
      const ld = createClient({
        url: [first.url, second.url],
        transport,
        maxBatchEvents: 50,
        flushIntervalMs: 10,
        maxRetries: Infinity,
        minBackoffMs: 20,
        maxBackoffMs: 200,
      });
      await recordSome(ld, 'failover', 400, 0);
      await ld.flush();
      assert.equal(await count(first), 400, 'all to the first server while it answers');
      assert.equal(await count(second), 0);
      assert.equal(ld.stats.url, first.url);

      const stopped = first.close();
      await recordSome(ld, 'failover', 300, 400);
      await stopped;
      first = undefined;
      await recordSome(ld, 'failover', 300, 700);
      // Bounded, so a client stuck on the stopped server fails here rather than at the runner's timeout.
      const { complete, stats } = await ld.flush({ timeoutMs: 120_000 });
      assert.equal(complete, true);
      assert.equal(stats.url, second.url, 'now delivering to the second server');
      assert.ok(stats.failovers >= 1, `failovers: ${stats.failovers}`);
      assert.deepEqual({ delivered: stats.delivered, refused: stats.refused, failed: stats.failed }, { delivered: 1000, refused: 0, failed: 0 });
      await ld.close();
      // Batches on their way when the first stopped were applied there or moved to the second, never both.
      first = await startServer(firstOptions);
      const onFirst = await count(first);
      const onSecond = await count(second);
      assert.ok(onFirst >= 400 && onSecond >= 300, `first ${onFirst}, second ${onSecond}`);
      assert.equal(onFirst + onSecond, 1000, `first ${onFirst} + second ${onSecond}`);
    } finally {
      await first?.close();
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`${transport}: a first URL nobody listens on is passed over at once for the next`, async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const server = await startServer({});
    try {
      const ld = createClient({
        url: [nobody, server.url],
        transport,
        maxBatchEvents: 20,
        flushIntervalMs: 10,
        maxRetries: 3,
        minBackoffMs: 10,
        maxBackoffMs: 50,
      });
      const failed = nextEvent(ld, 'error', (e) => e.error.unreachable && e.willRetry);
      await recordSome(ld, 'failover', 100, 0);
      await failed;
      const { complete, stats } = await ld.flush();
      assert.equal(complete, true);
      assert.deepEqual(
        { delivered: stats.delivered, failed: stats.failed, failovers: stats.failovers, url: stats.url },
        { delivered: 100, failed: 0, failovers: 1, url: server.url },
      );
      assert.equal(await count(server), 100);
      await ld.close();
    } finally {
      await server.close();
    }
  });
}

test('url lists are checked: empty, too long, or with a bad entry, createClient says which', () => {
  assert.throws(() => createClient({ url: [] }), /url must be one URL or a list of 1–16; got 0/);
  assert.throws(() => createClient({ url: Array.from({ length: 17 }, () => 'http://a') }), /got 17/);
  assert.throws(() => createClient({ url: ['http://ok', 'ftp://no'] }), /must start with http/);
});
