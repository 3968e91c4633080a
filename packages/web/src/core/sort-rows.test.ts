import { describe, expect, it } from 'vitest';
import { type Row, sortRows } from '@latency-dash/protocol/live';
import { testRow } from './test-row.js';

let nextSeries = 1;
const row = (over: Partial<Row>): Row => {
  const seriesId = over.seriesId ?? nextSeries++;
  return testRow({ id: `t\u0000c\u0000${seriesId}`, seriesId, ...over });
};
/** The next version of a row, as the store makes it: new values, the same id, the last rank carried over. */
const next = (r: Row, over: Partial<Row>): Row => ({ ...r, ...over });
const keys = (rows: readonly Row[]) => rows.map((r) => r.key);

describe('sortRows', () => {
  it('sorts numbers either way and text in code order', () => {
    const rows = [row({ key: 'b', p90: 5 }), row({ key: 'a', p90: 50 }), row({ key: 'c', p90: 0.5 })];
    expect(keys(sortRows(rows, 'p90', true))).toEqual(['a', 'b', 'c']);
    expect(keys(sortRows(rows, 'p90', false))).toEqual(['c', 'b', 'a']);
    expect(keys(sortRows(rows, 'key', false))).toEqual(['a', 'b', 'c']);
    expect(keys(sortRows(rows, 'key', true))).toEqual(['c', 'b', 'a']);
  });

  it('keeps ties in a fixed, readable order (target, key, labels) however the input is shuffled, and as values change elsewhere', () => {
    const a = row({ key: 'a', targetId: 'y', p90: 10 });
    const b = row({ key: 'b', targetId: 'x', p90: 10 });
    const c = row({ key: 'c', targetId: 'x', p90: 10 });
    const d = row({ key: 'd', targetId: 'z', p90: 99 });
    const first = sortRows([a, b, c, d], 'p90', true);
    expect(keys(first)).toEqual(['d', 'b', 'c', 'a']);
    // Later versions arrive in another order; only d changed.
    const again = sortRows([next(c, {}), next(a, {}), next(d, { p90: 98 }), next(b, {})], 'p90', true);
    expect(keys(again)).toEqual(['d', 'b', 'c', 'a']);
    // Ties keep the same reading order in either direction.
    expect(keys(sortRows([c, a, b], 'p90', false))).toEqual(['b', 'c', 'a']);
    // Sorted by key, equal keys go by target.
    const k1 = row({ key: 'api', targetId: 'prod' });
    const k2 = row({ key: 'api', targetId: 'dev' });
    expect(sortRows([k1, k2], 'key', true).map((r) => r.targetId)).toEqual(['dev', 'prod']);
  });

  it('puts rows without a value (NaN) last in both directions', () => {
    const rows = [row({ key: 'nan', p99: Number.NaN }), row({ key: 'lo', p99: 1 }), row({ key: 'hi', p99: 9 })];
    expect(keys(sortRows(rows, 'p99', true))).toEqual(['hi', 'lo', 'nan']);
    expect(keys(sortRows(rows, 'p99', false))).toEqual(['lo', 'hi', 'nan']);
  });

  it('gives the same order whatever ranks the rows carry (the rank is only a speed hint)', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row({ key: `k${i}`, p90: (i * 7919) % 101 }));
    const fresh = sortRows(
      rows.map((r) => ({ ...r, sortRank: -1 })),
      'p90',
      true,
    ).map((r) => r.id);
    const scrambled = rows.map((r, i) => ({ ...r, sortRank: ((i * 31) % 700) - 100 }));
    expect(sortRows(scrambled, 'p90', true).map((r) => r.id)).toEqual(fresh);
    // Ranks are recorded for the next sort.
    const sorted = sortRows(rows, 'p90', true);
    expect(sorted.map((r) => r.sortRank)).toEqual(sorted.map((_, i) => i));
  });

  it('follows values as they change, never reordering equal ones', () => {
    let rows = Array.from({ length: 200 }, (_, i) => row({ key: `k${i}`, p90: i % 10 }));
    for (let round = 0; round < 20; round++) {
      rows = sortRows(
        rows.map((r) => next(r, { p90: (r.p90 + (r.seriesId % 3)) % 10 })),
        'p90',
        true,
      );
      for (let i = 1; i < rows.length; i++) {
        const [x, y] = [rows[i - 1], rows[i]];
        expect(x.p90 > y.p90 || (x.p90 === y.p90 && x.key < y.key)).toBe(true);
      }
    }
  });
});
