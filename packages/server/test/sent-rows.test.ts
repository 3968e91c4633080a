import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MetricsUpdate } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { fieldDelta } from '../src/fanout/field-delta.js';
import { SentRows } from '../src/fanout/sent-rows.js';
import { MetricsEngine } from '../src/metrics/engine.js';
import type { Series } from '../src/metrics/series.js';
import { prng } from './prng.js';

const T0 = 1_700_000_000_000;

/**
 * The slots a stream keeps of what it sent must give, tick after tick, what
 * the plain way gives (a new full update each tick, a delta against the last
 * one): across the Float64Array's growth, series removed and their slots
 * reused by new ones, and deltas on and off.
 */
test('sent rows: every tick carries what full updates and their field deltas carry, through growth and reused slots', () => {
  const clock = new ManualClock(T0);
  const engine = new MetricsEngine({ windowSamples: 20, clock });
  const rand = prng(3);
  const rows = new SentRows();
  const plain = new Map<number, MetricsUpdate>();
  let reused = 0;
  let deltas = 0;
  for (let tick = 0; tick < 300; tick++) {
    clock.advance(50 + Math.floor(rand() * 100));
    const changed = new Set<Series>();
    const listener = { onSeriesChanged: (s: Series) => changed.add(s), onSeriesRemoved: () => {} };
    engine.watch('t', false, listener);
    // 150 keys: the 64-slot start grows twice; quiet keys repeat values, so deltas leave most fields out.
    for (let i = 0; i < 1 + Math.floor(rand() * 40); i++) {
      const k = Math.floor(rand() * 150);
      engine.ingest({
        targetId: 't',
        key: `k${k}`,
        metadata: {},
        timestampMs: clock.nowMs(),
        payloadBytes: 100,
        valueMs: rand() < 0.5 ? 7 : Math.round(rand() * 900),
      });
    }
    engine.unwatch('t', false, listener);
    const withDeltas = tick % 10 !== 9;
    for (const s of changed) {
      const before = plain.get(s.id);
      const full = s.toUpdate(clock.nowMs(), before === undefined);
      plain.set(s.id, full);
      const expected = before === undefined || !withDeltas ? full : fieldDelta(full, before);
      const got = rows.next(s, clock.nowMs(), withDeltas);
      assert.deepEqual(got, expected, `tick ${tick}, ${s.key}`);
      if (before !== undefined && withDeltas) deltas++;
      assert.deepEqual(rows.sent(s), { ...full, key: s.key, metadata: {} }, `tick ${tick}, ${s.key}: the row a snapshot takes`);
    }
    // Every 25 ticks a few series go; new keys take their slots.
    if (tick % 25 === 24) {
      for (const s of [...changed].slice(0, 5)) {
        rows.delete(s.id);
        plain.delete(s.id);
        assert.equal(rows.has(s.id), false);
        reused++;
      }
    }
  }
  assert.ok(reused >= 40 && deltas > 100, `reused ${reused}, deltas ${deltas}`);
});
