import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClient } from '../src/index.js';
import { collect, eventCounts, nextEvent, startServer } from './support.js';

test('WebSocket transport: batches are acknowledged (after the log fsync with --wal-fsync always), refusals come by index', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-client-ws-'));
  const server = await startServer({ historyPath: join(dir, 'h.sqlite'), walFsync: 'always' });
  try {
    const ld = createClient({ url: server.url, transport: 'websocket', maxBatchEvents: 50, maxInFlightBatches: 4, flushIntervalMs: 3_600_000 });
    const responses = collect(ld, 'response');
    const states = collect(ld, 'connection');
    const refused = collect(ld, 'refused');
    for (let i = 0; i < 1000; i++) ld.record('ws-acks', `k${i % 5}`, i % 97, { region: i % 2 ? 'eu' : 'us' });
    ld.record('ws-acks', '', 1); // an empty key is refused by the server
    const { complete, stats } = await ld.flush();
    assert.equal(complete, true);
    assert.deepEqual(
      { delivered: stats.delivered, refused: stats.refused, retries: stats.retries, failed: stats.failed },
      { delivered: 1000, refused: 1, retries: 0, failed: 0 },
    );
    assert.equal(responses.length, 21);
    assert.ok(responses.every((r) => r.transport === 'websocket' && r.status === undefined));
    assert.equal(
      responses.reduce((n, r) => n + r.accepted, 0),
      1000,
    );
    assert.deepEqual(
      refused.flatMap((r) => r.events.map((e) => [e.event.key, e.code])),
      [['', 'LD_ERR_BAD_EVENT']],
    );
    assert.deepEqual(
      states.map((s) => s.state),
      ['connecting', 'open'],
    );
    assert.equal((await eventCounts(server.url))['ws-acks'], 1000);
    await ld.close();
    assert.equal(states.at(-1)!.state, 'closed');
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('WebSocket transport: frames the server drops (over --ws-messages-per-second) are found by the order of acks and sent again, none twice', async () => {
  // Errors do not close the socket here (--max-errors-per-10s), so every drop must be found from the acks.
  const server = await startServer({ wsMessagesPerSecond: 10, maxErrorsPer10s: 10_000 });
  try {
    const ld = createClient({
      url: server.url,
      transport: 'websocket',
      maxBatchEvents: 5,
      maxInFlightBatches: 16,
      minBackoffMs: 50,
      flushIntervalMs: 3_600_000,
    });
    const errors = collect(ld, 'error');
    const states = collect(ld, 'connection');
    // 30 frames at once against a bucket of 20 that refills 10 a second.
    for (let i = 0; i < 150; i++) ld.record('ws-rate', 'api', i);
    const { complete, stats } = await ld.flush();
    assert.equal(complete, true);
    assert.equal(stats.delivered, 150);
    assert.equal(stats.failed, 0);
    assert.ok(stats.retries > 0, 'some frames were dropped and sent again');
    assert.ok(errors.length > 0 && errors.every((e) => e.error.code === 'LD_ERR_RATE_LIMITED' && e.willRetry));
    assert.deepEqual(
      states.map((s) => s.state),
      ['connecting', 'open'],
    );
    assert.equal((await eventCounts(server.url))['ws-rate'], 150);
    await ld.close();
  } finally {
    await server.close();
  }
});

test('WebSocket transport: a refused key (close 4501) or a read-only key (LD_ERR_FORBIDDEN) refuses the events, with no retry and no reconnect loop', async () => {
  const server = await startServer({ writeKeys: ['writer'], readKeys: ['reader'] });
  try {
    for (const [apiKey, code] of [
      ['nobody', 'LD_ERR_UNAUTHORIZED'],
      ['reader', 'LD_ERR_FORBIDDEN'],
    ] as const) {
      const ld = createClient({ url: server.url, apiKey, transport: 'websocket', maxBatchEvents: 3, flushIntervalMs: 3_600_000 });
      const refused = nextEvent(ld, 'error');
      const states = collect(ld, 'connection');
      for (let i = 0; i < 9; i++) ld.record('ws-keys', 'api', i);
      const first = await refused;
      assert.equal(first.error.code, code);
      assert.equal(first.willRetry, false);
      await ld.flush();
      assert.deepEqual({ refused: ld.stats.refused, retries: ld.stats.retries, delivered: ld.stats.delivered }, { refused: 9, retries: 0, delivered: 0 });
      assert.equal(states.filter((s) => s.state === 'connecting').length, 1, 'one connection, not one per batch');
      await ld.close();
    }
    const writer = createClient({ url: server.url, apiKey: 'writer', transport: 'websocket' });
    writer.record('ws-keys', 'api', 1);
    await writer.close();
    assert.equal(writer.stats.delivered, 1);
  } finally {
    await server.close();
  }
});
