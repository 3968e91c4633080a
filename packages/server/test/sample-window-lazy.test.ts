import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SampleWindow, type SampleWindowState } from '../src/metrics/sample-window.js';
import { EagerSampleWindow } from './eager-sample-window.js';
import { prng } from './prng.js';

/** Adds between two reads: none, around the replay/merge cut-over (REPLAY_MAX, 64), most of a window, a whole one, several. */
const GAPS = [0, 1, 7, 8, 9, 63, 64, 65, 500, 999, 1000, 2500];

/** The bytes of a typed array, so equal means equal bit for bit (-0 and 0 differ). */
const bytesOf = (a: Float64Array | Uint16Array | Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function sameState(lazy: SampleWindowState, eager: SampleWindowState, note: string): void {
  assert.ok(bytesOf(lazy.ring).equals(bytesOf(eager.ring)), `${note}: ring`);
  assert.ok(bytesOf(lazy.order).equals(bytesOf(eager.order)), `${note}: order`);
  assert.equal(lazy.head, eager.head, `${note}: head`);
  assert.equal(lazy.sum, eager.sum, `${note}: sum`);
  assert.equal(lazy.addsSinceResum, eager.addsSinceResum, `${note}: addsSinceResum`);
}

function sameStats(lazy: SampleWindow, eager: EagerSampleWindow, note: string): void {
  assert.equal(lazy.size, eager.size, `${note}: size`);
  assert.equal(lazy.min(), eager.min(), `${note}: min`);
  assert.equal(lazy.max(), eager.max(), `${note}: max`);
  assert.equal(lazy.mean(), eager.mean(), `${note}: mean`);
  for (const p of [1, 25, 50, 90, 95, 99, 100]) assert.equal(lazy.percentile(p), eager.percentile(p), `${note}: p${p}`);
}

/** Latencies with many ties: small integers, a third of them zero, and some fractions. */
function sample(rand: () => number): number {
  const r = rand();
  if (r < 0.3) return 0;
  if (r < 0.8) return Math.floor(rand() * 6);
  return Math.round(rand() * 400) / 16;
}

/** Adds the same samples to both windows, as many as one of GAPS picked at random; returns how many. */
function addSome(rand: () => number, lazy: SampleWindow, eager: EagerSampleWindow): number {
  const k = GAPS[Math.floor(rand() * GAPS.length)];
  for (let i = 0; i < k; i++) {
    const v = sample(rand);
    lazy.add(v);
    eager.add(v);
  }
  return k;
}

test('reads after any number of adds give the eager window’s statistics and state bit for bit', () => {
  for (const capacity of [1, 3, 8, 9, 64, 100, 1000]) {
    for (const seed of [1, 2, 3]) {
      const rand = prng(capacity * 31 + seed);
      const lazy = new SampleWindow(capacity);
      const eager = new EagerSampleWindow(capacity);
      let added = 0;
      for (let round = 0; round < 40; round++) {
        const k = addSome(rand, lazy, eager);
        added += k;
        const note = `cap ${capacity} seed ${seed} round ${round} (+${k}, ${added} in all)`;
        // Mean and size read no ranks: they must not need a settle, nor disturb a later one.
        assert.equal(lazy.mean(), eager.mean(), `${note}: mean before settling`);
        if (rand() < 0.25) continue;
        if (rand() < 0.5) sameStats(lazy, eager, note);
        sameState(lazy.exportState(), eager.exportState(), note);
        assert.deepEqual(lazy.toArray(), eager.toArray(), `${note}: arrival order`);
      }
    }
  }
});

test('a state exported with adds pending restores exactly and goes on as the eager window does', () => {
  for (const capacity of [3, 9, 64, 1000]) {
    const rand = prng(capacity + 77);
    let lazy = new SampleWindow(capacity);
    const eager = new EagerSampleWindow(capacity);
    for (let round = 0; round < 30; round++) {
      const k = addSome(rand, lazy, eager);
      const note = `cap ${capacity} round ${round} (+${k})`;
      // Round trip through copies, as a snapshot does, with whatever was pending.
      const state = lazy.exportState();
      const restored = new SampleWindow(capacity);
      restored.importState({ ...state, ring: state.ring.slice(), order: state.order.slice() });
      sameState(restored.exportState(), eager.exportState(), `${note}: restored`);
      lazy = restored;
    }
    sameStats(lazy, eager, `cap ${capacity} final`);
  }
});

test('a clone taken with adds pending reads as the window did then, whatever the window takes after it', () => {
  for (const capacity of [3, 9, 64, 1000]) {
    const rand = prng(capacity + 911);
    const lazy = new SampleWindow(capacity);
    const eager = new EagerSampleWindow(capacity);
    for (let round = 0; round < 30; round++) {
      const k = addSome(rand, lazy, eager);
      const note = `cap ${capacity} round ${round} (+${k})`;
      // As a snapshot's copy on write: the clone, then the window goes on and is read (settled) before the clone is.
      const clone = lazy.clone();
      const then = eager.exportState();
      const expected = { ...then, ring: then.ring.slice(), order: then.order.slice() };
      addSome(rand, lazy, eager);
      sameStats(lazy, eager, `${note}: the window after the clone`);
      sameState(clone.exportState(), expected, `${note}: the clone`);
    }
  }
});

test('ties restored out of slot order are put in slot order and then kept as the eager window keeps them', () => {
  const capacity = 200;
  const rand = prng(9);
  const lazy = new SampleWindow(capacity);
  const eager = new EagerSampleWindow(capacity);
  for (let i = 0; i < capacity; i++) {
    const v = Math.floor(rand() * 3);
    lazy.add(v);
    eager.add(v);
  }
  const state = eager.exportState();
  // Equal values in descending slot order, as a snapshot of an older version could hold them.
  const reversed = Uint16Array.from(state.order).sort((a, b) => state.ring[a] - state.ring[b] || b - a);
  lazy.importState({ ...state, ring: state.ring.slice(), order: reversed });
  sameState(lazy.exportState(), eager.exportState(), 'restored');
  for (let i = 0; i < capacity * 3; i++) {
    const v = Math.floor(rand() * 3);
    lazy.add(v);
    eager.add(v);
    if (i % 13 === 0) sameState(lazy.exportState(), eager.exportState(), `after ${i + 1}`);
  }
  sameStats(lazy, eager, 'final');
});
