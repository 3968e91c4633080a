import type { DecodedBatch, DecodedUpdate } from '@latency-dash/protocol';
import { describe, expect, it } from 'vitest';
import { packBatch, type PackedBatch, SeriesStore } from '@latency-dash/protocol/live';

const update = (seriesId: number, p90: number, key?: string): DecodedUpdate =>
  ({
    targetId: '',
    key: key ?? '',
    metadata: {},
    seriesId,
    count: p90,
    minLatency: p90,
    maxLatency: p90,
    avgLatency: p90,
    p50Latency: p90,
    p90Latency: p90,
    p95Latency: p90,
    p99Latency: p90,
    avgProcessingTime: 0,
    throughput: 0,
    eventsPerSecond: 1,
    lastPayloadSize: 0,
    lastUpdate: 1.7e18,
    sampleCount: 1,
  }) as DecodedUpdate;

const VIEW = { sort: 'p90', descending: true, offset: 0, limit: 3, keyFilter: '', metadataFilter: '', activeOnly: false, pinned: [] };

/** A windowed batch as the decode worker hands it over: `window` only when the server sent one. */
function wbatch(
  seq: number,
  snapshot: boolean,
  updates: DecodedUpdate[],
  window?: { total: number; offset: number; seriesIds: number[] },
  removedSeries: number[] = [],
  view = VIEW,
): PackedBatch {
  return packBatch({
    targetId: 't',
    splitByMetadata: false,
    seq,
    snapshot,
    updates,
    removedSeries,
    serverTime: 0,
    intervalMs: 100,
    view: snapshot ? view : null,
    window: window ?? null,
  } as unknown as DecodedBatch);
}

function store(): SeriesStore {
  const s = new SeriesStore((cb) => cb());
  s.track('t', false);
  return s;
}

const ids = (s: SeriesStore) => s.windowOf('t', false)?.rows.map((r) => r.seriesId);

describe('SeriesStore: windowed streams', () => {
  it('a windowed snapshot places its rows in the server order, with offset and total; a whole stream has no window', () => {
    const s = store();
    expect(s.apply(wbatch(1, true, [update(5, 50, 'e'), update(9, 90, 'i'), update(7, 70, 'g')], { total: 1200, offset: 100, seriesIds: [9, 7, 5] }))).toBe(
      'applied',
    );
    const w = s.windowOf('t', false)!;
    expect([w.total, w.offset, w.rows.map((r) => r.key)]).toEqual([1200, 100, ['i', 'g', 'e']]);
    // The same object until something changes (the table memoizes on it).
    expect(s.windowOf('t', false)).toBe(w);
    const whole = new SeriesStore((cb) => cb());
    whole.track('t', false);
    whole.apply(
      packBatch({ targetId: 't', splitByMetadata: false, seq: 1, snapshot: true, updates: [update(1, 1, 'a')], removedSeries: [] } as unknown as DecodedBatch),
    );
    expect(whole.windowOf('t', false)).toBeUndefined();
  });

  it('rows entering and leaving the window, a new order and a new total, from deltas', () => {
    const s = store();
    s.apply(wbatch(1, true, [update(1, 30, 'a'), update(2, 20, 'b'), update(3, 10, 'c')], { total: 10, offset: 0, seriesIds: [1, 2, 3] }));
    // Series 4 climbs into the window (whole, with labels), 3 leaves it (removed), 2 overtakes 1; one series more in all.
    expect(s.apply(wbatch(2, false, [update(4, 40, 'd'), update(2, 35)], { total: 11, offset: 0, seriesIds: [4, 2, 1] }, [3]))).toBe('applied');
    expect(ids(s)).toEqual([4, 2, 1]);
    expect(s.windowOf('t', false)!.total).toBe(11);
    expect(
      s
        .rows()
        .map((r) => r.seriesId)
        .sort(),
    ).toEqual([1, 2, 4]);
    // A delta without a window: same rows, same order, new values.
    const w = s.windowOf('t', false)!;
    expect(s.apply(wbatch(3, false, [update(1, 31)]))).toBe('applied');
    expect(ids(s)).toEqual([4, 2, 1]);
    expect(s.windowOf('t', false)).not.toBe(w);
    expect(s.windowOf('t', false)!.rows[2].p90).toBe(31);
  });

  it('pinned rows outside the window stay in the stream (for the charts) but not in the window', () => {
    const s = store();
    s.apply(wbatch(1, true, [update(1, 30, 'a'), update(2, 20, 'b'), update(99, 1, 'pinned')], { total: 500, offset: 0, seriesIds: [1, 2] }));
    expect(ids(s)).toEqual([1, 2]);
    expect(s.rows().map((r) => r.key)).toContain('pinned');
  });

  it('a window that names a row the page never got is a gap: resync, and the snapshot puts it right', () => {
    const s = store();
    s.apply(wbatch(1, true, [update(1, 30, 'a')], { total: 2, offset: 0, seriesIds: [1] }), 0);
    expect(s.apply(wbatch(2, false, [], { total: 2, offset: 0, seriesIds: [2, 1] }), 100)).toBe('gap');
    // Deltas in flight wait for the snapshot asked for.
    expect(s.apply(wbatch(3, false, [update(1, 31)]), 200)).toBe('waiting');
    expect(s.apply(wbatch(7, true, [update(2, 40, 'b'), update(1, 32, 'a')], { total: 2, offset: 0, seriesIds: [2, 1] }), 300)).toBe('applied');
    expect(ids(s)).toEqual([2, 1]);
    expect(s.apply(wbatch(8, false, [update(2, 41)]), 400)).toBe('applied');
  });

  it('a new window (scroll, sort) replaces the old one once its snapshot lands; the old stream’s deltas meanwhile wait', () => {
    const s = store();
    s.apply(wbatch(1, true, [update(1, 30, 'a'), update(2, 20, 'b')], { total: 100, offset: 0, seriesIds: [1, 2] }), 0);
    s.track('t', false, 10); // subscribed again with offset 50
    expect(s.apply(wbatch(2, false, [update(1, 31)]), 20)).toBe('waiting');
    expect(ids(s)).toEqual([1, 2]); // still shown until the new window arrives
    const before = s.windowOf('t', false)!.viewKey;
    expect(
      s.apply(wbatch(1, true, [update(51, 3, 'x'), update(52, 2, 'y')], { total: 100, offset: 50, seriesIds: [51, 52] }, [], { ...VIEW, offset: 50 }), 30),
    ).toBe('applied');
    const w = s.windowOf('t', false)!;
    // Another view: the table's held order does not carry over to it.
    expect(w.viewKey).not.toBe(before);
    expect([w.offset, w.rows.map((r) => r.key)]).toEqual([50, ['x', 'y']]);
    expect(s.rows()).toHaveLength(2);
  });

  it('back to the whole stream: a snapshot without a view ends the window; a removed target drops it', () => {
    const s = store();
    s.apply(wbatch(1, true, [update(1, 30, 'a')], { total: 5000, offset: 0, seriesIds: [1] }));
    s.track('t', false);
    s.apply(
      packBatch({ targetId: 't', splitByMetadata: false, seq: 1, snapshot: true, updates: [update(1, 1, 'a')], removedSeries: [] } as unknown as DecodedBatch),
    );
    expect(s.windowOf('t', false)).toBeUndefined();
    const t = store();
    t.apply(wbatch(1, true, [update(1, 30, 'a')], { total: 5000, offset: 0, seriesIds: [1] }));
    t.forgetTarget('t');
    expect(t.windowOf('t', false)).toBeUndefined();
  });
});
