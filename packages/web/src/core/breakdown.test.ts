import { describe, expect, it } from 'vitest';
import { breakdown, defaultDimension, dimensionsOf, parseDimension, dimensionValue } from './breakdown.js';
import { testRow } from './test-row.js';

describe('breakdown', () => {
  it('groups split rows by the chosen metadata label, not by key', () => {
    const rows = [
      testRow({ id: '1', key: 'api', split: true, metadata: { tier: 'gold', region: 'eu' }, eventsPerSecond: 3 }),
      testRow({ id: '2', key: 'db', split: true, metadata: { tier: 'gold', region: 'us' }, eventsPerSecond: 2 }),
      testRow({ id: '3', key: 'api', split: true, metadata: { tier: 'free' }, eventsPerSecond: 4 }),
    ];
    const dims = dimensionsOf(rows);
    expect(dims.map(dimensionValue)).toEqual(['key', 'target', 'label:region', 'label:tier']);
    expect(defaultDimension(dims)).toEqual({ kind: 'label', name: 'region' });
    const byTier = breakdown(rows, parseDimension('label:tier'), 8);
    expect(byTier.slices).toEqual([
      { label: 'gold', value: 5, groups: 1 },
      { label: 'free', value: 4, groups: 1 },
    ]);
    expect(breakdown(rows, parseDimension('label:region'), 8).slices.map((s) => s.label)).toEqual(['(none)', 'eu', 'us']);
    expect(breakdown(rows, parseDimension('key'), 8).slices.map((s) => [s.label, s.value])).toEqual([
      ['api', 7],
      ['db', 2],
    ]);
  });

  it('combined rows offer key and target only, and default to key', () => {
    const rows = [testRow({ id: 'a', key: 'a', targetId: 'x' }), testRow({ id: 'b', key: 'b', targetId: 'y' })];
    const dims = dimensionsOf(rows);
    expect(dims.map(dimensionValue)).toEqual(['key', 'target']);
    expect(defaultDimension(dims)).toEqual({ kind: 'key' });
    expect(breakdown(rows, { kind: 'target' }, 8).slices.map((s) => s.label)).toEqual(['x', 'y']);
  });

  it('past the limit, the smallest groups fold into one "other (n)" slice that keeps their total', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => testRow({ id: `k${i}`, key: `k${i}`, eventsPerSecond: 2000 - i }));
    const b = breakdown(rows, { kind: 'key' }, 8);
    expect(b.slices).toHaveLength(8);
    expect(b.groupCount).toBe(2000);
    expect(b.slices.slice(0, 7).map((s) => s.label)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6']);
    const other = b.slices[7];
    expect(other.label).toBe('other (1993)');
    expect(other.groups).toBe(1993);
    expect(b.slices.reduce((s, x) => s + x.value, 0)).toBe(b.total);
    expect(b.total).toBe((2000 * 2001) / 2);
  });
});
