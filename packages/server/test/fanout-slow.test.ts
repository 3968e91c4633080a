import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CloseCode, type DecodedBatch } from '@latency-dash/protocol';
import { TestClient, startServer, until, type Running } from './helpers.js';

const KEYS = 4000;

/** Changes every series of `target` every 25 ms, so each batch is large (~300 KB). */
function pump(run: Running, target: string): () => void {
  let t = 0;
  const timer = setInterval(() => {
    t++;
    for (let k = 0; k < KEYS; k++) {
      run.server.app.engine.ingest({ targetId: target, key: `key-${k}`, metadata: {}, timestampMs: Date.now(), payloadBytes: 100, valueMs: (k % 97) + t });
    }
  }, 25);
  return () => clearInterval(timer);
}

function batches(c: TestClient): DecodedBatch[] {
  return c.messages.filter((m) => m.msg === 'batch').map((m) => m.batch!);
}

/** Checks that every non-snapshot batch continues its predecessor's seq; returns the number of snapshots. */
function assertContinuous(list: DecodedBatch[], note: string): number {
  let snapshots = 0;
  for (let i = 1; i < list.length; i++) {
    if (list[i].snapshot) {
      snapshots++;
      continue;
    }
    assert.equal(Number(list[i].seq), Number(list[i - 1].seq) + 1, `${note}: gap at batch ${i}`);
  }
  return snapshots;
}

/**
 * The viewers read in this process, which also runs the server and the
 * pump: on a busy machine a reading viewer can lag a few batches, so its
 * queue limit leaves it room (the stalled one reaches any limit anyway).
 */
const ROOMY_QUEUE_BYTES = 4 * 1024 * 1024;

test('a stalled viewer is skipped and resyncs by snapshot; the others get every batch', async () => {
  const run = await startServer({ maxBufferedBytes: ROOMY_QUEUE_BYTES, stallTimeoutMs: 60_000 });
  const stop = pump(run, 'load');
  try {
    const fast = await TestClient.connect(run.wsUrl);
    const slow = await TestClient.connect(run.wsUrl);
    fast.subscribe('load', false, 50);
    slow.subscribe('load', false, 50);
    await until('both snapshots', () => batches(fast).length > 0 && batches(slow).length > 0);
    slow.ws.pause(); // stop reading: the kernel buffers fill, then the server's queue
    await until('the server to skip the stalled viewer', () => run.server.app.hub.stats.skipped > 0);
    const skippedAt = run.server.app.hub.stats.skipped;
    await until('a few more skips', () => run.server.app.hub.stats.skipped >= skippedAt + 3);
    const seenBeforeResume = batches(slow).length;
    slow.ws.resume();
    await until(
      'the slow viewer to get a catch-up snapshot',
      () =>
        batches(slow)
          .slice(seenBeforeResume)
          .some((b) => b.snapshot),
      30_000,
    );
    await until('batches after the catch-up', () => {
      const after = batches(slow).slice(seenBeforeResume);
      const i = after.findIndex((b) => b.snapshot);
      return after.length - i > 5;
    });
    stop();
    assert.equal(assertContinuous(batches(fast), 'fast viewer'), 0, 'the fast viewer never needed a snapshot');
    const slowList = batches(slow);
    const gapAt = slowList.findIndex((b, i) => i > 0 && !b.snapshot && Number(b.seq) !== Number(slowList[i - 1].seq) + 1);
    assert.equal(gapAt, -1, 'no gap is left unannounced: the slow viewer gets a snapshot instead of a gap');
    const resync = slowList.slice(1).find((b) => b.snapshot)!;
    assert.equal(resync.updates.length, KEYS, 'the catch-up snapshot holds every series');
    assert.ok(run.server.app.hub.stats.resyncs >= 1);
    assert.equal(slow.closeCode, undefined);
    fast.close();
    slow.close();
  } finally {
    stop();
    await run.close();
  }
});

test('a viewer stalled past the limit is disconnected with 4001 and its reason, seen once it reads again; the others go on', async () => {
  // A grace far longer than this test needs: the viewer reads again as soon as the server has closed it.
  const run = await startServer({ maxBufferedBytes: ROOMY_QUEUE_BYTES, stallTimeoutMs: 1000, wsCloseGraceMs: 60_000 });
  const stop = pump(run, 'load2');
  try {
    const fast = await TestClient.connect(run.wsUrl);
    const slow = await TestClient.connect(run.wsUrl);
    fast.subscribe('load2', false, 50);
    slow.subscribe('load2', false, 50);
    await until('both snapshots', () => batches(fast).length > 0 && batches(slow).length > 0);
    const closed = new Promise<[number, string]>((resolve) => slow.ws.once('close', (code, reason) => resolve([code, reason.toString()])));
    slow.ws.pause(); // pauses the underlying TCP socket: nothing more is read
    await until('the server to drop the stalled viewer', () => run.server.app.hub.stats.slowClosed > 0, 30_000);
    assert.equal(run.server.app.hub.viewerCount(), 1, 'only the fast viewer is left');
    const fastCount = batches(fast).length;
    await until('the fast viewer to keep receiving', () => batches(fast).length > fastCount + 5);
    stop();
    slow.ws.resume();
    assert.deepEqual(await closed, [CloseCode.slowConsumer, 'slow consumer: resubscribe when ready']);
    assert.equal(run.server.app.wsServer!.closesForced, 0, 'the viewer answered the close: nothing had to be destroyed');
    assertContinuous(batches(fast), 'fast viewer');
    assert.equal(fast.closeCode, undefined);
    fast.close();
  } finally {
    stop();
    await run.close();
  }
});

test('a stalled viewer that never reads again has its socket destroyed by the server within the close grace', async () => {
  const graceMs = 1000;
  const run = await startServer({ maxBufferedBytes: 64 * 1024, stallTimeoutMs: 1000, wsCloseGraceMs: graceMs });
  const stop = pump(run, 'load3');
  const slow = await TestClient.connect(run.wsUrl);
  try {
    await until('the server to register the viewer', () => run.server.app.wsServer!.connections.size === 1);
    const [conn] = run.server.app.wsServer!.connections;
    const serverSideClosed = new Promise<void>((resolve) => conn.socket.once('close', () => resolve()));
    slow.subscribe('load3', false, 50);
    await until('the first batch', () => batches(slow).length > 0);
    slow.ws.pause(); // and never resumed
    await until('the server to close the stalled viewer with 4001', () => run.server.app.hub.stats.slowClosed > 0, 30_000);
    // The close frame sits behind data the viewer will never read: only destroying the socket ends it.
    await serverSideClosed;
    // Destroyed by the grace timer (counted), not left to ws's 30 s close timer or the next missed ping (not counted).
    assert.equal(run.server.app.wsServer!.closesForced, 1);
    assert.equal(run.server.app.wsServer!.connections.size, 0, 'the server no longer counts the connection');
    const page = await (await fetch(`${run.url}/metrics`)).text();
    assert.match(page, /^latency_dash_ws_closes_forced_total 1$/m);
  } finally {
    stop();
    slow.ws.terminate();
    await run.close();
  }
});
