import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { ManualClock } from '../src/clock.js';
import { HistoryRecorder, DEFAULT_RETENTION } from '../src/history/history-recorder.js';
import { HistoryStore } from '../src/history/history-store.js';
import { createLogger } from '../src/log.js';
import { openDatabase, type Db } from '../src/storage/database.js';
import { startServer, until } from './helpers.js';

const START = Math.floor(Date.now() / 60_000) * 60_000 - 3600_000;

/** Ten minutes of a hundred series' history: a few thousand pages of WAL. */
async function writeHistory(run: Awaited<ReturnType<typeof startServer>>, clock: ManualClock, fromS: number, seconds: number): Promise<void> {
  const engine = run.server.app.engine;
  for (let s = fromS; s < fromS + seconds; s++) {
    for (let k = 0; k < 100; k++) {
      clock.set(START + s * 1000 + k);
      engine.ingest({ targetId: 'cp', key: `k${k}`, metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 10, valueMs: 1 + ((s * 31 + k) % 97) });
    }
  }
  clock.set(START + (fromS + seconds) * 1000 + 500);
  await run.server.app.history!.flush(true);
}

test("the SQLite file's WAL is checkpointed by a thread, never inside the event loop's commits, and SQLite's own checkpoints come back if the thread dies", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-checkpoint-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'history.sqlite');
  const clock = new ManualClock(START);
  const run = await startServer({ historyPath: file, clock });
  try {
    const { db, sqliteThread } = run.server.app;
    const stats = sqliteThread.stats;
    assert.equal(stats.running, true);
    // The server's connection leaves checkpoints to the thread.
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0);

    await writeHistory(run, clock, 0, 600);
    const written = stats.checkpoints;
    // The thread's next rounds copy every page the writes put in the log.
    await until(
      'a checkpoint that copied the written pages',
      () => stats.checkpoints > written && stats.walFrames > 0 && stats.copiedFrames === stats.walFrames,
    );
    assert.ok(stats.walFrames > 1000, `${stats.walFrames} frames: more than SQLite's own checkpoint threshold, so the thread did the work`);
    assert.equal(stats.failures, 0);

    // The pages are in the file itself, not only in the log: it is as long as the database.
    const pages = Number(db.pragma('page_count', { simple: true })) * Number(db.pragma('page_size', { simple: true }));
    assert.ok(statSync(file).size >= pages, `file ${statSync(file).size} bytes, database ${pages}`);
    assert.equal((db.prepare('SELECT count(*) AS n FROM rollup_1s').get() as { n: number }).n, 600 * 100 * 2);

    // Once everything is copied the log restarts from its beginning: it does not grow with the history.
    await writeHistory(run, clock, 600, 60);
    const before = stats.checkpoints;
    await until('a checkpoint after the second write', () => stats.checkpoints > before && stats.copiedFrames === stats.walFrames);
    assert.ok(stats.walFrames < 1000, `the log restarted: ${stats.walFrames} frames for a minute of history`);

    // The thread dies: SQLite checkpoints in commits again, and history still writes.
    const thread = (sqliteThread as unknown as { worker: Worker }).worker;
    thread.ref();
    await thread.terminate();
    await until('the checkpointer to notice its thread is gone', () => !stats.running);
    assert.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000);
    await writeHistory(run, clock, 660, 10);
    assert.equal(run.server.app.storageFaults.failures.history, 0);
  } finally {
    await run.close();
  }
});

test('a finished minute is read and merged on the SQLite thread: the per-minute rows equal those the event loop folds from the same file', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-fold-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'history.sqlite');
  const clock = new ManualClock(START);
  const run = await startServer({ historyPath: file, clock });
  try {
    const { db, sqliteThread, history, engine } = run.server.app;
    await writeHistory(run, clock, 0, 180);
    // Three finished minutes, and one more so the last is past the minute left for late flushes.
    clock.set(START + 300_000);
    await history!.maintain();
    assert.equal(sqliteThread.stats.folds, 3, 'three minutes folded on the thread');
    const minuteRows = (d: Db) => d.prepare('SELECT * FROM rollup_1m ORDER BY series_id, ts').all();
    const byThread = minuteRows(db);
    assert.equal(byThread.length, 3 * 200);

    // The same file folded on the event loop, with no thread to ask.
    const copy = join(dir, 'copy.sqlite');
    db.prepare('VACUUM INTO ?').run(copy);
    const other = openDatabase(copy);
    try {
      other.exec('DELETE FROM rollup_1m; DELETE FROM meta');
      const recorder = new HistoryRecorder(new HistoryStore(other), engine, DEFAULT_RETENTION, createLogger('silent', false));
      await recorder.maintain();
      assert.deepEqual(minuteRows(other), byThread);
    } finally {
      other.close();
    }
  } finally {
    await run.close();
  }
});

test('no thread for an in-memory database', async () => {
  const run = await startServer({ historyPath: ':memory:' });
  try {
    assert.equal(run.server.app.sqliteThread.stats.running, false);
  } finally {
    await run.close();
  }
});
