import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { TestClient, startServer } from './helpers.js';

// A producer takes a batch still unanswered when its socket closes as not applied, and sends it again
// (the client library does): so every batch the server applied must be acknowledged before the close frame.
test('a producer closed for errors gets the acks of every batch applied before, even those waiting for their fsync', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-producer-close-'));
  // With --wal-fsync always an ack waits for the fdatasync, while the errors that end the connection come at once.
  const server = await startServer({ historyPath: join(dir, 'h.sqlite'), walFsync: 'always', maxErrorsPer10s: 20 });
  try {
    const c = await TestClient.connect(server.wsUrl);
    for (let id = 1; id <= 3; id++) c.send({ events: { batchId: id, events: [{ targetId: 'closing-producer', key: 'api', valueMs: id }] } });
    for (let i = 0; i < 25; i++) c.ws.send(Buffer.from([0xff, 0xff, 0xff]));
    assert.equal(await c.waitClose(), 4002);
    const acks = c.messages.filter((m) => m.msg === 'ack').map((m) => [m.ack!.batchId, m.ack!.accepted]);
    assert.deepEqual(acks, [
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    assert.equal(server.server.app.engine.targets.get('closing-producer')?.eventCount, 3);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('at shutdown, batches applied and waiting for their fsync are acknowledged before the 1001', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-producer-close-'));
  const server = await startServer({ historyPath: join(dir, 'h.sqlite'), walFsync: 'always' });
  try {
    const c = await TestClient.connect(server.wsUrl);
    const target = server.server.app.engine.targets;
    for (let id = 1; id <= 20; id++) c.send({ events: { batchId: id, events: [{ targetId: 'stopping', key: 'api', valueMs: id }] } });
    // Stop as soon as the first batch is applied: the later ones are applied or not, but none may lose its ack.
    await new Promise<void>((resolve) => {
      const check = () => ((target.get('stopping')?.eventCount ?? 0) > 0 ? resolve() : setImmediate(check));
      check();
    });
    const stopped = server.close();
    assert.equal(await c.waitClose(), 1001);
    await stopped;
    const acked = c.messages.filter((m) => m.msg === 'ack').reduce((n, m) => n + m.ack!.accepted, 0);
    assert.equal(acked, target.get('stopping')?.eventCount);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
