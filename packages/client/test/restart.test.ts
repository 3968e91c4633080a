import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createClient } from '../src/index.js';
import { collect, eventCounts, freePort, nextEvent, startServer, type Running, recordSome } from './support.js';

const cases = [
  { transport: 'http', walFsync: 'everysec' },
  { transport: 'websocket', walFsync: 'everysec' },
  // Acks wait for fsyncs here, so the stop finds batches applied and not yet acknowledged: their acks must still go out.
  { transport: 'websocket', walFsync: 'always' },
] as const;

for (const { transport, walFsync } of cases) {
  test(`${transport}, --wal-fsync ${walFsync}: the server restarts in the middle of a stream (same port, same data folder) and nothing is lost or counted twice`, async () => {
    const dir = mkdtempSync(join(tmpdir(), `ld-client-restart-${transport}-`));
    const port = await freePort();
    // The history file's write-ahead log (beside it, --wal auto) brings the counts back after the restart.
    const options = { port, historyPath: join(dir, 'history.sqlite'), walFsync };
    let server: Running | undefined = await startServer(options);
    try {
      const ld = createClient({
        url: server.url,
        transport,
        maxBatchEvents: 50,
        flushIntervalMs: 10,
        maxRetries: Infinity,
        minBackoffMs: 20,
        maxBackoffMs: 200,
      });
      const errors = collect(ld, 'error');
      await recordSome(ld, 'restart', 600, 0);
      await ld.flush();
      assert.equal((await eventCounts(server.url))['restart'], 600);

      // Events keep coming while the server is stopped: the client holds them and keeps trying.
      const stopped = server.close();
      await recordSome(ld, 'restart', 300, 600);
      await stopped;
      server = undefined;
      await recordSome(ld, 'restart', 300, 900);
      await nextEvent(ld, 'error', (e) => e.error.unreachable && e.willRetry);
      assert.ok(ld.stats.buffered > 0, 'events wait in the buffer while the server is down');

      server = await startServer(options);
      await recordSome(ld, 'restart', 300, 1200);
      const { complete, stats } = await ld.flush();
      assert.equal(complete, true);
      assert.deepEqual(
        { recorded: stats.recorded, delivered: stats.delivered, refused: stats.refused, failed: stats.failed, overflow: stats.overflow },
        { recorded: 1500, delivered: 1500, refused: 0, failed: 0, overflow: 0 },
      );
      assert.equal((await eventCounts(server.url))['restart'], 1500);
      assert.ok(errors.length > 0 && stats.retries > 0);
      await ld.close();
    } finally {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
