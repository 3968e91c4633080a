import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DDSketch } from '@datadog/sketches-js';
import { decodeSketch, encodeSketch } from '../src/history/sketch-codec.js';
import { Rollup, rollupToRow } from '../src/history/rollup.js';
import { SecondRollupPool } from '../src/history/second-rollup.js';
import { prng } from './prng.js';

test('the compact sketch encoding round-trips every bin, zeros and large counts', () => {
  const rand = prng(3);
  const sketch = new DDSketch({ relativeAccuracy: 0.01 });
  sketch.accept(0, 7);
  for (let i = 0; i < 20_000; i++) sketch.accept(Math.exp(rand() * 12) / 100);
  sketch.accept(42, 3_000_000_000); // counts past 2^31 survive
  const bytes = encodeSketch(sketch);
  const back = decodeSketch(bytes, 0.01);
  assert.equal(back.count, sketch.count);
  assert.equal(back.zeroCount, 7);
  for (const q of [0, 0.001, 0.1, 0.5, 0.9, 0.99, 0.999999, 1]) assert.equal(back.getValueAtQuantile(q), sketch.getValueAtQuantile(q), `q=${q}`);
  assert.ok(bytes.length < sketch.toProto().length / 2, `${bytes.length} bytes vs ${sketch.toProto().length} from toProto`);
});

test('a one-sample sketch is a handful of bytes; a corrupt one is refused', () => {
  const one = new DDSketch({ relativeAccuracy: 0.01 });
  one.accept(12.5);
  assert.ok(encodeSketch(one).length <= 8);
  assert.throws(() => decodeSketch(Buffer.from([9, 0, 0]), 0.01), /version/);
  assert.throws(() => decodeSketch(Buffer.from([1, 0, 1, 0x80]), 0.01), /truncated/);
});

test('a pooled per-second rollup stores the same row, byte for byte, as a fresh Rollup of the same samples, second after second', () => {
  const rand = prng(11);
  const pool = new SecondRollupPool();
  // Seconds of very different spreads, so the reused bins grow both ways and are emptied between seconds.
  const shapes: (() => number | undefined)[] = [
    () => 1 + rand() * 500,
    () => Math.exp(rand() * 16) / 1000, // 0.001 ms … 8.9 s
    () => (rand() < 0.3 ? 0 : rand() < 0.5 ? undefined : 5000 + rand() * 3_600_000),
    () => 1e-320, // under the mapping's smallest value: counted as zeros
    () => 42,
  ];
  for (let second = 0; second < 40; second++) {
    const live = pool.take();
    const fresh = new Rollup();
    const shape = shapes[second % shapes.length];
    const n = second % 7 === 6 ? 0 : 1 + Math.floor(rand() * 3000);
    for (let i = 0; i < n; i++) {
      const v = shape();
      const bytes = Math.floor(rand() * 1000);
      live.addEvent(v, bytes, 0.25);
      fresh.addEvent(v, bytes, 0.25);
    }
    assert.deepEqual(live.toRow(7, second), rollupToRow(7, second, fresh), `second ${second} (${n} events)`);
    pool.give(live);
    pool.trim();
  }
  assert.equal(pool.size, 1, 'one series, one rollup kept');
});
