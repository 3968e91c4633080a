import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SampleWindow } from '../src/metrics/sample-window.js';
import { expectedStats } from './independent-stats.js';
import { prng } from './prng.js';

function check(w: SampleWindow, all: number[], capacity: number, note: string): void {
  const e = expectedStats(all, capacity);
  assert.equal(w.size, e.n, `${note}: size`);
  assert.equal(w.min(), e.min, `${note}: min`);
  assert.equal(w.max(), e.max, `${note}: max`);
  assert.ok(Math.abs(w.mean() - e.avg) <= 1e-9 * Math.max(1, Math.abs(e.avg)), `${note}: mean ${w.mean()} vs ${e.avg}`);
  for (const p of [50, 90, 95, 99] as const) assert.equal(w.percentile(p), e[`p${p}`], `${note}: p${p}`);
}

test('exact min/max/mean/percentiles against sorting, through growth and many window turns', () => {
  for (const capacity of [1, 2, 7, 100, 1000]) {
    const rand = prng(capacity);
    const w = new SampleWindow(capacity);
    const all: number[] = [];
    for (let i = 0; i < capacity * 5 + 13; i++) {
      // Lognormal-ish values with many exact duplicates, like rounded latencies.
      const v = rand() < 0.3 ? Math.round(rand() * 10) : Math.exp(rand() * 6) / 3;
      w.add(v);
      all.push(v);
      if (i % 37 === 0 || i === capacity - 1 || i === capacity) check(w, all, capacity, `cap ${capacity} after ${i + 1}`);
    }
    check(w, all, capacity, `cap ${capacity} final`);
    assert.deepEqual(w.toArray(), all.slice(-capacity));
  }
});

test('nearest rank on a known window', () => {
  const w = new SampleWindow(1000);
  for (let v = 1; v <= 20; v++) w.add(v);
  // n = 20: p50 → rank 10, p90 → 18, p95 → 19, p99 → ceil(19.8) = 20
  assert.equal(w.percentile(50), 10);
  assert.equal(w.percentile(90), 18);
  assert.equal(w.percentile(95), 19);
  assert.equal(w.percentile(99), 20);
  assert.equal(w.mean(), 10.5);
});

test('an empty window reads as zeros', () => {
  const w = new SampleWindow(10);
  assert.equal(w.size, 0);
  assert.equal(w.percentile(99), 0);
  assert.equal(w.mean(), 0);
});

test('storage grows with the samples and stops at the window', () => {
  const w = new SampleWindow(1000);
  assert.ok(w.bytes <= 16 * (8 + 2));
  for (let i = 0; i < 5000; i++) w.add(i);
  assert.equal(w.bytes, 1000 * (8 + 2) + 64 * 8, '8 bytes a value, 2 a rank, and 64 old values kept for settling');
});

test('windows over 65,535 samples keep exact ranks (32-bit rank array)', () => {
  const capacity = 70_000;
  const w = new SampleWindow(capacity);
  const rand = prng(9);
  const all: number[] = [];
  for (let i = 0; i < capacity + 5000; i++) {
    const v = Math.floor(rand() * 5000) / 10;
    w.add(v);
    all.push(v);
  }
  check(w, all, capacity, 'cap 70000');
});

test('rejects a bad capacity', () => {
  assert.throws(() => new SampleWindow(0), RangeError);
});

test('after every replacement the ranks list each slot once, in ascending order of value (short and long moves, ties)', () => {
  for (const capacity of [3, 40, 1000]) {
    const rand = prng(capacity + 1);
    const w = new SampleWindow(capacity);
    for (let i = 0; i < capacity * 4; i++) {
      // Ties, values that jump across the whole window (long moves) and near neighbours (short moves).
      const r = rand();
      w.add(r < 0.3 ? Math.round(r * 20) : r < 0.6 ? i % 7 : Math.exp(rand() * 8));
      const { ring, order } = w.exportState();
      const seen = new Set<number>(order);
      assert.equal(seen.size, order.length, `cap ${capacity} after ${i + 1}: a slot twice`);
      for (let k = 1; k < order.length; k++) {
        const [p, q] = [order[k - 1], order[k]];
        assert.ok(ring[p] < ring[q] || (ring[p] === ring[q] && p < q), `cap ${capacity} after ${i + 1}: rank ${k} out of (value, slot) order`);
      }
    }
  }
});

test('a window of equal values, and one restored with equal values out of slot order, keep exact statistics', () => {
  const capacity = 500;
  const w = new SampleWindow(capacity);
  const all: number[] = [];
  const rand = prng(5);
  // Mostly zeros (intervals of events that arrived together), a few others.
  for (let i = 0; i < capacity * 3; i++) {
    const v = rand() < 0.9 ? 0 : Math.round(rand() * 5);
    w.add(v);
    all.push(v);
  }
  check(w, all, capacity, 'zeros');
  // Ties in reverse slot order, as a snapshot of another version could hold them.
  const state = w.exportState();
  const order = Array.from(state.order);
  const restored = new SampleWindow(capacity);
  const byValue = new Map<number, number[]>();
  for (const slot of order) byValue.set(state.ring[slot], [...(byValue.get(state.ring[slot]) ?? []), slot]);
  const reversed = [...byValue.keys()].sort((a, b) => a - b).flatMap((v) => byValue.get(v)!.reverse());
  restored.importState({ ...state, ring: state.ring.slice(), order: Uint16Array.from(reversed) });
  for (let i = 0; i < capacity * 2; i++) {
    const v = rand() < 0.9 ? 0 : Math.round(rand() * 5);
    restored.add(v);
    all.push(v);
  }
  check(restored, all, capacity, 'restored');
  assert.deepEqual(restored.toArray(), all.slice(-capacity));
});
