import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DDSketch } from '@datadog/sketches-js';
import { decodeSketch, encodeSketch } from '../src/history/sketch-codec.js';
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
