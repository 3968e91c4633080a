import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from '../src/clock.js';
import { MetricsEngine } from '../src/metrics/engine.js';
import type { Metadata } from '../src/metrics/series.js';
import { splitSeriesKey } from '../src/metrics/series-key.js';
import { prng } from './prng.js';

const T0 = 1_700_000_000_000;

/**
 * Label sets that trip a path walk: subsets of one another ({a}, {a, b}),
 * the same values under other names, names that sort differently from how
 * they are written ("10" < "9", "B" < "a"), integer-like names (which
 * objects list first), empty metadata, and "__proto__" as a JSON name.
 */
function labelSets(): Metadata[] {
  const sets: Metadata[] = [{}];
  const names = ['a', 'b', 'B', '9', '10', 'tier', 'region', '__proto__'];
  const values = ['x', 'y', '', 'a'];
  const rand = prng(7);
  for (let i = 0; i < 200; i++) {
    const entries: [string, string][] = [];
    const n = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) entries.push([names[Math.floor(rand() * names.length)], values[Math.floor(rand() * values.length)]]);
    sets.push(JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Metadata);
  }
  return sets;
}

/** The same labels as a fresh object with its names written in a random order, as a producer's JSON would have them. */
function shuffled(m: Metadata, rand: () => number): Metadata {
  const entries = Object.entries(m);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  const text = '{' + entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',') + '}';
  return JSON.parse(text) as Metadata;
}

test('the series index finds the series the string keys name, for label sets in any order; no label set gets two series', () => {
  const engine = new MetricsEngine({ windowSamples: 10, clock: new ManualClock(T0) });
  const sets = labelSets();
  const rand = prng(11);
  const counts = new Map<string, number>();
  for (let i = 0; i < 20_000; i++) {
    const m = sets[Math.floor(rand() * sets.length)];
    const key = `k${Math.floor(rand() * 3)}`;
    const metadata = shuffled(m, rand);
    assert.equal(engine.ingestAt({ targetId: 't', key, metadata, timestampMs: T0 + i, payloadBytes: 1 }, T0, 0), undefined);
    const id = splitSeriesKey(key, metadata);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const target = engine.targets.get('t')!;
  assert.equal(target.split.size, counts.size, 'one split series per distinct (key, label set)');
  for (const [id, count] of counts) assert.equal(target.split.get(id)!.count, count, `events of ${JSON.stringify(id)}`);
  for (const series of target.split.values()) {
    const root = target.index.root(series.key)!;
    assert.equal(root.combined, target.combined.get(series.key));
    for (let k = 0; k < 5; k++)
      assert.equal(target.index.find(root, shuffled(series.metadata, rand)), series, `found again: ${series.key} ${JSON.stringify(series.metadata)}`);
  }
  // Unknown label sets, including prefixes of known paths, find nothing.
  const root = target.index.root('k0')!;
  for (const m of [{ a: 'zz' }, { a: 'x', b: 'y', tier: 'nope' }, { nope: 'x' }] as Metadata[]) {
    if (!target.split.has(splitSeriesKey('k0', m))) assert.equal(target.index.find(root, m), undefined, JSON.stringify(m));
  }
});

test('second paths (names in another order) stay within one per series on average', () => {
  const engine = new MetricsEngine({ windowSamples: 2, clock: new ManualClock(T0) });
  // One series with 8 labels, sent in 2,000 different orders.
  const m: Record<string, string> = {};
  for (let i = 0; i < 8; i++) m[`n${i}`] = `v${i}`;
  const rand = prng(3);
  for (let i = 0; i < 2_000; i++) engine.ingestAt({ targetId: 't', key: 'k', metadata: shuffled(m, rand), timestampMs: T0 + i, payloadBytes: 1 }, T0, 0);
  const target = engine.targets.get('t')!;
  assert.equal(target.split.size, 1);
  assert.equal([...target.split.values()][0].count, 2_000);
  // Nodes: one path of 8 for the sorted order and at most one more.
  let nodes = 0;
  const walk = (node: ReturnType<typeof target.index.root>): void => {
    for (const values of node?.next?.values() ?? []) {
      for (const child of values.values()) {
        nodes++;
        walk(child);
      }
    }
  };
  walk(target.index.root('k'));
  assert.ok(nodes <= 16, `${nodes} nodes`);
});
