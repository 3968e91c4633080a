import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ManualClock } from '../src/clock.js';
import { DEFAULT_RETENTION, HistoryRecorder } from '../src/history/history-recorder.js';
import { HistoryStore } from '../src/history/history-store.js';
import type { RollupRow } from '../src/history/rollup.js';
import { createLogger } from '../src/log.js';
import { MetricsEngine } from '../src/metrics/engine.js';
import type { IngestEvent } from '../src/metrics/series.js';
import { openDatabase, type Db } from '../src/storage/database.js';
import { openWal } from '../src/wal/wal-plugin.js';
import { WriteAheadLog, type FsyncPolicy } from '../src/wal/write-ahead-log.js';
import { startServer, TestClient } from './helpers.js';
import { prng } from './prng.js';

const silent = createLogger('silent', false);
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0, 250);

interface Rig {
  engine: MetricsEngine;
  wal: WriteAheadLog;
  recorder?: HistoryRecorder;
  db?: Db;
}

/** One "process": an engine, its log and (optionally) history on the file, wired as the server wires them. */
function rig(dir: string, clock: ManualClock, opts: { history?: string; windowSamples?: number; fsync?: FsyncPolicy } = {}): Rig {
  const engine = new MetricsEngine({ windowSamples: opts.windowSamples ?? 50, clock });
  const wal = new WriteAheadLog(engine, { dir, fsync: opts.fsync ?? 'off', maxBytes: 64 * 1024 * 1024, snapshotIntervalMs: 3_600_000, log: silent });
  engine.addSink(wal);
  engine.onTargets(wal);
  let recorder: HistoryRecorder | undefined;
  let db: Db | undefined;
  if (opts.history !== undefined) {
    db = openDatabase(opts.history);
    recorder = new HistoryRecorder(new HistoryStore(db), engine, DEFAULT_RETENTION, silent);
    engine.addSink(recorder);
  }
  openWal(wal, engine, recorder, silent);
  return { engine, wal, recorder, db };
}

/** Every series of every target as the wire shows it (ids aside, which a new process hands out again). */
function state(engine: MetricsEngine, nowMs: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of engine.targets.values()) {
    out[`${t.id} events`] = t.eventCount;
    for (const split of [false, true]) {
      for (const [mapKey, s] of t.seriesOf(split)) {
        const u = s.toUpdate(nowMs, true);
        delete u.seriesId;
        out[`${t.id}/${split ? 'split' : 'combined'}/${mapKey}`] = u;
      }
    }
  }
  return out;
}

function feed(engine: MetricsEngine, clock: ManualClock, n: number, seed: number): void {
  const rand = prng(seed);
  for (let i = 0; i < n; i++) {
    clock.advance(1 + Math.floor(rand() * 7) + rand());
    const e: IngestEvent = {
      targetId: `t${Math.floor(rand() * 3)}`,
      key: `k${Math.floor(rand() * 4)}`,
      metadata: { region: rand() < 0.5 ? 'eu' : 'us', tier: rand() < 0.3 ? 'free' : 'paid' },
      timestampMs: clock.nowMs() - rand() * 3,
      payloadBytes: Math.floor(rand() * 5000),
    };
    // Half measured values, half interval samples (from the event times, some out of order).
    if (rand() < 0.5) e.valueMs = Math.exp(rand() * 6) / 3;
    assert.equal(engine.ingest(e, clock.monotonicMs() - rand() * 0.05), undefined);
  }
}

test('a replay of the log rebuilds every window, count and 10 s rate exactly, with and without a snapshot before the crash', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-'));
  try {
    const clock = new ManualClock(T0);
    const a = rig(dir, clock);
    feed(a.engine, clock, 3000, 1);
    // A snapshot in the middle: the restore is snapshot + the entries after it.
    a.wal.snapshot(true, false);
    feed(a.engine, clock, 2500, 2);
    a.engine.removeTarget('t2');
    feed(a.engine, clock, 400, 3);
    a.wal.writePending();
    const before = state(a.engine, clock.nowMs());
    assert.ok(Object.keys(before).length > 20, 'many series');
    // "kill -9": the first rig is dropped without close.

    const b = rig(dir, clock);
    assert.deepEqual(state(b.engine, clock.nowMs()), before);
    assert.ok(b.wal.stats.replayedEvents > 0 && b.wal.stats.replayedEvents < 5900, `replayed only after the snapshot: ${b.wal.stats.replayedEvents}`);
    // Rates are read at any later moment the same way.
    clock.advance(3_700);
    const later = state(b.engine, clock.nowMs());
    assert.deepEqual(later, state(a.engine, clock.nowMs()));

    // The restart wrote a snapshot: the folder holds it and an empty new segment (and this process's lock), and a third start replays nothing.
    b.wal.writePending();
    const c = rig(dir, clock);
    assert.equal(c.wal.stats.replayedEvents, 0);
    assert.deepEqual(state(c.engine, clock.nowMs()), later);
    assert.deepEqual(
      readdirSync(dir)
        .map((n) => n.replace(/\d+/, 'N'))
        .sort(),
      ['LOCK', 'segment-N.wal', 'snapshot-N.snap'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a snapshot taken with another window size is loaded with the newest samples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-'));
  try {
    const clock = new ManualClock(T0);
    const a = rig(dir, clock, { windowSamples: 50 });
    for (let i = 0; i < 120; i++) {
      clock.advance(10);
      a.engine.ingest({ targetId: 't', key: 'k', metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 1, valueMs: i });
    }
    a.wal.snapshot(true, false);
    const b = rig(dir, clock, { windowSamples: 20 });
    const s = b.engine.targets.get('t')!.combined.get('k')!;
    assert.deepEqual(
      s.window.toArray(),
      Array.from({ length: 20 }, (_, i) => 100 + i),
    );
    assert.equal(s.count, 120);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Events per combined series in the history file. */
function historyEvents(db: Db): Record<string, number> {
  const rows = db
    .prepare<[], { target: string; key: string; n: number }>(
      'SELECT s.target, s.key, SUM(r.events) AS n FROM rollup_1s r JOIN series s ON s.id = r.series_id WHERE s.split = 0 GROUP BY s.target, s.key',
    )
    .all();
  return Object.fromEntries(rows.map((r) => [`${r.target}/${r.key}`, r.n]));
}

function engineEvents(engine: MetricsEngine): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of engine.targets.values()) for (const s of t.combined.values()) out[`${t.id}/${s.key}`] = s.count;
  return out;
}

test('history gets back exactly the seconds it had not written: none lost, none counted twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-'));
  const file = join(dir, 'h.sqlite');
  const walDir = join(dir, 'wal');
  /** "kill -9": the rig is dropped; the unflushed seconds exist only in the log. Then a new process on the same files. */
  const crashAndRestart = async (r: Rig, clock: ManualClock): Promise<Rig> => {
    r.wal.writePending();
    const counted = engineEvents(r.engine);
    r.db!.close();
    const next = rig(walDir, clock, { history: file });
    await next.recorder!.flush(true);
    assert.deepEqual(historyEvents(next.db!), counted, 'history');
    assert.deepEqual(engineEvents(next.engine), counted, 'live counts');
    return next;
  };
  try {
    const clock = new ManualClock(T0);
    let r = rig(walDir, clock, { history: file });
    feed(r.engine, clock, 700, 4);
    await r.recorder!.flush(false);
    // Within one second: a full flush (a history query does one), more events, then a normal flush.
    // The normal flush must not claim the events that came after the full one.
    const second = Math.ceil(clock.nowMs() / 1000);
    clock.set(second * 1000 + 10);
    feed(r.engine, clock, 30, 5);
    await r.recorder!.flush(true);
    feed(r.engine, clock, 20, 6);
    await r.recorder!.flush(false);
    assert.equal(Math.floor(clock.nowMs() / 1000), second, 'all in one second');
    r = await crashAndRestart(r, clock);

    // And again from the restarted process, across seconds.
    clock.advance(2_000);
    feed(r.engine, clock, 500, 7);
    await r.recorder!.flush(false);
    feed(r.engine, clock, 300, 8);
    r = await crashAndRestart(r, clock);
    r.db!.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a crash between the pieces of a second: the part written is deleted and the replay writes the second whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-'));
  const file = join(dir, 'h.sqlite');
  const walDir = join(dir, 'wal');
  try {
    const clock = new ManualClock(T0);
    const r = rig(walDir, clock, { history: file });
    feed(r.engine, clock, 600, 11);
    await r.recorder!.flush(false);
    // The second in progress is only in the log; a piece of it reached the file and the process died before the rest.
    const second = Math.floor(clock.nowMs() / 1000);
    const store = r.recorder!.sqlite!;
    const [id] = store.writeSecond([{ series: { target: 't0', key: 'k0', metadata: '{}', split: false }, row: { ...emptyRow(second), events: 5 } }]);
    assert.ok(id > 0);
    r.wal.writePending();
    const counted = engineEvents(r.engine);
    r.db!.close();

    const next = rig(walDir, clock, { history: file });
    await next.recorder!.flush(true);
    assert.deepEqual(historyEvents(next.db!), counted, 'no event counted twice');
    next.db!.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A log folder and a history file in a temporary folder, removed after `fn`. */
async function inTempDir(fn: (walDir: string, file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-'));
  try {
    await fn(join(dir, 'wal'), join(dir, 'h.sqlite'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stops `a` and starts again on its folder and file: the live state and history are what `a` had. Returns the replayed count. */
async function restartMatches(a: Rig, walDir: string, file: string, clock: ManualClock): Promise<number> {
  a.wal.writePending();
  const before = state(a.engine, clock.nowMs());
  const counted = engineEvents(a.engine);
  a.db!.close();
  const b = rig(walDir, clock, { history: file });
  try {
    assert.deepEqual(state(b.engine, clock.nowMs()), before);
    await b.recorder!.flush(true);
    assert.deepEqual(historyEvents(b.db!), counted, 'history');
    return b.wal.stats.replayedEvents;
  } finally {
    b.db!.close();
  }
}

test('a snapshot taken while events keep arriving holds the state at its entry: the restart after it equals the live state', () =>
  inTempDir(async (walDir, file) => {
    const clock = new ManualClock(T0);
    const a = rig(walDir, clock, { history: file });
    feed(a.engine, clock, 2000, 21);
    const snapshotsBefore = a.wal.stats.snapshots;
    const taking = a.wal.snapshot(false, false);
    assert.ok(taking !== undefined, 'the snapshot runs in the background');
    // Events between its start and its end change series it has not written yet.
    feed(a.engine, clock, 1500, 22);
    await taking;
    assert.equal(a.wal.stats.snapshots, snapshotsBefore + 1, 'the snapshot was written');
    feed(a.engine, clock, 300, 23);
    const replayed = await restartMatches(a, walDir, file, clock);
    assert.ok(replayed <= 1800, `replayed only after the snapshot: ${replayed}`);
  }));

test('a snapshot waits for the second in progress to end and has it written whole: no row is written twice, and the restart equals the live state', () =>
  inTempDir(async (walDir, file) => {
    const clock = new ManualClock(T0);
    const a = rig(walDir, clock, { history: file });
    const store = a.recorder!.sqlite!;
    feed(a.engine, clock, 2000, 31);
    const snapshotsBefore = a.wal.stats.snapshots;
    const taking = a.wal.snapshot(false, false);
    assert.ok(taking !== undefined, 'the snapshot runs in the background');
    // Turns of the event loop, in which a snapshot that did not wait would write the second so far.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    // More of the same second, then the next second begins while the snapshot waits.
    const second = Math.floor(clock.nowMs() / 1000);
    for (let i = 0; i < 50 && Math.floor((clock.nowMs() + 8) / 1000) === second; i++) feed(a.engine, clock, 1, 32 + i);
    clock.set((second + 1) * 1000 + 5);
    feed(a.engine, clock, 20, 90);
    await taking;
    assert.equal(a.wal.stats.snapshots, snapshotsBefore + 1, 'the snapshot was written');
    await a.recorder!.flush(true);
    assert.equal(store.mergedRows, 0, 'no second was written in two parts');
    await restartMatches(a, walDir, file, clock);
  }));

function emptyRow(ts: number): RollupRow {
  return { series_id: 0, ts, events: 0, samples: 0, sum: 0, min: null, max: null, bytes: 0, proc_ms: 0, sketch: null };
}

test('WebSocket producers: with --wal-fsync always the acks wait for the fsync and keep their order; a log that cannot write answers LD_ERR_WAL_UNAVAILABLE', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-wal-ws-'));
  const walDir = join(dir, 'wal');
  mkdirSync(walDir);
  try {
    const run = await startServer({ historyPath: join(dir, 'h.sqlite'), walPath: walDir, walFsync: 'always' });
    try {
      const producer = await TestClient.connect(run.wsUrl);
      for (let id = 1; id <= 20; id++) {
        producer.send({ events: { batchId: id, events: Array.from({ length: 50 }, (_, i) => ({ targetId: 'ws-wal', key: 'k', valueMs: i })) } });
      }
      const acks = [];
      for (let id = 1; id <= 20; id++) acks.push((await producer.next((m) => m.msg === 'ack')).ack!);
      assert.deepEqual(
        acks.map((a) => [Number(a.batchId), a.accepted]),
        Array.from({ length: 20 }, (_, i) => [i + 1, 50]),
      );
      const wal = run.server.app.wal!;
      assert.ok(wal.stats.fsyncs >= 1 && wal.stats.fsyncs <= 20, `fsyncs: ${wal.stats.fsyncs}`);
      assert.equal(wal.stats.entriesLogged, 1000);
      producer.close();
    } finally {
      await run.close();
    }

    // The next segment is /dev/full: every write fails with ENOSPC.
    rmSync(walDir, { recursive: true });
    rmSync(join(dir, 'h.sqlite'));
    mkdirSync(walDir);
    symlinkSync('/dev/full', join(walDir, 'segment-0000000000000001.wal'));
    const broken = await startServer({ historyPath: join(dir, 'h.sqlite'), walPath: walDir, walFsync: 'always' });
    try {
      const producer = await TestClient.connect(broken.wsUrl);
      producer.send({ events: { batchId: 9, events: [{ targetId: 'ws-wal', key: 'k', valueMs: 1 }] } });
      const ack = (await producer.next((m) => m.msg === 'ack')).ack!;
      assert.deepEqual([Number(ack.batchId), ack.accepted], [9, 0]);
      const error = (await producer.next((m) => m.msg === 'error')).error!;
      assert.equal(error.code, 'LD_ERR_WAL_UNAVAILABLE');
      assert.equal(broken.server.app.engine.totalEvents, 0, 'nothing applied');
      producer.close();
    } finally {
      await broken.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
