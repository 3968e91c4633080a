import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from '../src/clock.js';
import { MetricsEngine } from '../src/metrics/engine.js';
import { WindowPool } from '../src/metrics/window-pool.js';
import { SnapshotCapture } from '../src/wal/snapshot-capture.js';
import { Slicer } from '../src/slices.js';
import { prng } from './prng.js';

const T0 = 1_764_000_000_000;

/** Events on 3 targets × 40 keys × 2 regions, windows of 50: every window fills, and adds wait unsettled (nobody reads). */
function feed(engine: MetricsEngine, clock: ManualClock, n: number, seed: number): void {
  const rand = prng(seed);
  for (let i = 0; i < n; i++) {
    clock.advance(1 + rand());
    const result = engine.ingest({
      targetId: `t${Math.floor(rand() * 3)}`,
      key: `k${Math.floor(rand() * 40)}`,
      metadata: { region: rand() < 0.5 ? 'eu' : 'us' },
      timestampMs: clock.nowMs(),
      payloadBytes: Math.floor(rand() * 900),
      valueMs: Math.floor(rand() * 8) + (rand() < 0.1 ? rand() : 0),
    });
    assert.equal(result, undefined);
  }
}

test('a capture holds the state at its start, byte for byte, although every series changed before it was encoded (copy on write)', () => {
  // Two engines fed the same: one captured at once, one captured and then changed everywhere before the capture ends.
  const clockA = new ManualClock(T0);
  const clockB = new ManualClock(T0);
  const a = new MetricsEngine({ windowSamples: 50, clock: clockA });
  const b = new MetricsEngine({ windowSamples: 50, clock: clockB });
  feed(a, clockA, 40_000, 7);
  feed(b, clockB, 40_000, 7);

  const changed = new SnapshotCapture(a, 123, T0 + 1);
  // After the capture's start: every series of the first engine changes (most of them by a few hundred adds).
  feed(a, clockA, 60_000, 8);
  const whole = new SnapshotCapture(b, 123, T0 + 1).finishNow();
  const copied = changed.finishNow();

  assert.equal(copied.length, whole.length);
  assert.ok(copied.length > 3 * 2 * 40, `every series is in it: ${copied.length} parts`);
  for (let i = 0; i < whole.length; i++) assert.ok(copied[i].equals(whole[i]), `part ${i} of ${whole.length}`);
  // And the engine went on: its windows hold the later events, not the captured ones.
  const s = a.targets.get('t0')!.combined.get('k0')!;
  assert.notEqual(s.count, b.targets.get('t0')!.combined.get('k0')!.count);
  assert.equal(a.beforeFrozenChange, undefined, 'the capture ended');
});

function settleAll(engine: MetricsEngine): void {
  for (const t of engine.targets.values()) for (const s of [...t.combined.values(), ...t.split.values()]) s.window.exportState();
}

test('copies on write reuse spare windows from one capture to the next, and each capture still holds its own start, byte for byte', () => {
  const clockA = new ManualClock(T0);
  const clockB = new ManualClock(T0);
  const a = new MetricsEngine({ windowSamples: 50, clock: clockA });
  const b = new MetricsEngine({ windowSamples: 50, clock: clockB });
  const pool = new WindowPool();
  for (let round = 0; round < 3; round++) {
    feed(a, clockA, 20_000, 10 + round);
    feed(b, clockB, 20_000, 10 + round);
    // Read (settled), then a few adds each: the copies carry ranks and pending adds that settling replays.
    settleAll(a);
    settleAll(b);
    feed(a, clockA, 1_000, 30 + round);
    feed(b, clockB, 1_000, 30 + round);
    const spares = pool.size;
    const changed = new SnapshotCapture(a, round, T0 + round, undefined, pool);
    // Fewer events than before, on other series first: the spares hold other windows' (older, fuller) contents.
    feed(a, clockA, 5_000, 20 + round);
    const whole = new SnapshotCapture(b, round, T0 + round).finishNow();
    const copied = changed.finishNow();
    assert.equal(copied.length, whole.length);
    for (let i = 0; i < whole.length; i++) assert.ok(copied[i].equals(whole[i]), `round ${round}: part ${i} of ${whole.length}`);
    feed(b, clockB, 5_000, 20 + round);
    assert.ok(pool.size > 0, 'the copies went back to the pool');
    if (round > 0) assert.ok(spares > 0, 'this round started with spares from the last');
  }
});

test('prepare() fills the pool with a full-size spare per full window before a capture; copies of growing windows stay out of it; the sliced seal equals the whole one', async () => {
  const clockA = new ManualClock(T0);
  const clockB = new ManualClock(T0);
  const a = new MetricsEngine({ windowSamples: 50, clock: clockA });
  const b = new MetricsEngine({ windowSamples: 50, clock: clockB });
  for (const [engine, clock] of [
    [a, clockA],
    [b, clockB],
  ] as const) {
    feed(engine, clock, 20_000, 41);
    // A quiet target whose windows are still growing (fewer than 50 samples each).
    for (let i = 0; i < 30; i++) engine.ingest({ targetId: 'quiet', key: `q${i % 3}`, metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 1, valueMs: i });
  }
  let full = 0;
  let growing = 0;
  for (const t of a.targets.values())
    for (const s of [...t.combined.values(), ...t.split.values()]) {
      if (s.window.fullSize) full++;
      else growing++;
    }
  assert.ok(full > 100 && growing > 0, `${full} full windows, ${growing} growing`);

  const pool = new WindowPool();
  await SnapshotCapture.prepare(a, pool, new Slicer(0));
  assert.equal(pool.size, full, 'one spare per full window, made before the capture');
  for (let round = 0; round < 2; round++) {
    const changed = new SnapshotCapture(a, round, T0 + round, undefined, pool);
    // The growing windows change first, then every other: each is copied on write.
    for (let i = 0; i < 30; i++)
      a.ingest({ targetId: 'quiet', key: `q${i % 3}`, metadata: {}, timestampMs: clockA.nowMs(), payloadBytes: 1, valueMs: 100 + i });
    feed(a, clockA, 5_000, 50 + round);
    assert.equal(pool.size, 0, 'every full window was copied into a spare');
    const whole = new SnapshotCapture(b, round, T0 + round).finishNow();
    const copied = await changed.finish(new Slicer(0));
    changed.release();
    assert.equal(copied.length, whole.length);
    for (let i = 0; i < whole.length; i++) assert.ok(copied[i].equals(whole[i]), `round ${round}: part ${i} of ${whole.length} (the last is the seal)`);
    assert.equal(pool.size, full, 'the full copies came back, the growing ones did not');
    for (let i = 0; i < 30; i++)
      b.ingest({ targetId: 'quiet', key: `q${i % 3}`, metadata: {}, timestampMs: clockB.nowMs(), payloadBytes: 1, valueMs: 100 + i });
    feed(b, clockB, 5_000, 50 + round);
  }
});
