import type { DecodedBatch, DecodedUpdate } from '@latency-dash/protocol';
import { describe, expect, it } from 'vitest';
import { packBatch, type PackedBatch, RESYNC_RETRY_MS, SeriesStore } from '@latency-dash/protocol/live';

const update = (seriesId: number, p90: number, labels?: { key: string; metadata?: Record<string, string> }, count = 1): DecodedUpdate =>
  ({
    targetId: '',
    key: labels?.key ?? '',
    metadata: labels?.metadata ?? {},
    seriesId,
    count,
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

const batch = (seq: number, snapshot: boolean, updates: DecodedUpdate[], removedSeries: number[] = []): PackedBatch =>
  packBatch({ targetId: 't', splitByMetadata: false, seq, snapshot, updates, removedSeries, serverTime: 0, intervalMs: 100 } as DecodedBatch);

function store(): SeriesStore {
  const s = new SeriesStore((cb) => cb());
  s.track('t', false);
  return s;
}

describe('SeriesStore', () => {
  it('takes a snapshot, then batches that continue its seq, keeping labels from first sight', () => {
    const s = store();
    expect(s.apply(batch(4, true, [update(1, 10, { key: 'api' }), update(2, 20, { key: 'db', metadata: { tier: 'free' } })]))).toBe('applied');
    expect(s.apply(batch(5, false, [update(1, 15)]))).toBe('applied');
    const rows = s.rows();
    expect(rows.map((r) => [r.key, r.p90])).toEqual([
      ['api', 15],
      ['db', 20],
    ]);
    expect(rows[1].metadataLabel).toBe('tier=free');
  });

  it('applies a field delta onto the row it holds; refuses one for a row it lacks, or in a snapshot', () => {
    const s = store();
    s.apply(batch(1, true, [update(1, 10, { key: 'api' }, 5)]));
    const delta = { seriesId: 1, p99Latency: 42, count: 6 } as unknown as DecodedUpdate;
    expect(s.apply(batch(2, false, [delta]))).toBe('applied');
    const row = s.rows()[0];
    expect([row.p99, row.count, row.p90, row.min, row.eventsPerSecond, row.sampleCount]).toEqual([42, 6, 10, 10, 1, 1]);
    expect(row.updates).toBe(2); // the count moved: the row flashes
    // A delta with no count: the row keeps its count, and it does not flash.
    expect(s.apply(batch(3, false, [{ seriesId: 1, p50Latency: 7 } as unknown as DecodedUpdate]))).toBe('applied');
    expect([s.rows()[0].p50, s.rows()[0].count, s.rows()[0].updates]).toEqual([7, 6, 2]);
    // A series seen only by its labels in this batch must come whole: a delta of it means our view is incomplete.
    expect(s.apply(batch(4, false, [{ seriesId: 2, key: 'db', metadata: {}, p50Latency: 1 } as unknown as DecodedUpdate]), 0)).toBe('gap');
    const t = store();
    expect(t.apply(batch(1, true, [{ seriesId: 1, key: 'api', metadata: {}, p50Latency: 1 } as unknown as DecodedUpdate]), 0)).not.toBe('applied');
    expect(t.seqOf('t', false)).toBe(-1);
  });

  it('reports a gap for a skipped seq, or a series it has no labels for, and applies nothing', () => {
    const s = store();
    s.apply(batch(1, true, [update(1, 10, { key: 'api' })]), 0);
    expect(s.apply(batch(3, false, [update(1, 99)]), 100)).toBe('gap');
    expect(s.rows()[0].p90).toBe(10);
    const t = store();
    t.apply(batch(1, true, [update(1, 10, { key: 'api' })]), 0);
    expect(t.apply(batch(2, false, [update(7, 1)]), 100)).toBe('gap');
  });

  it('asks for one resync per gap, waits for the snapshot, and asks again only if it is late', () => {
    const s = store();
    s.apply(batch(1, true, [update(1, 10, { key: 'api' })]), 0);
    expect(s.apply(batch(3, false, [update(1, 99)]), 1000)).toBe('gap');
    // The batches that follow the gap arrive before the snapshot: no resync storm.
    expect(s.apply(batch(4, false, [update(1, 98)]), 1100)).toBe('waiting');
    expect(s.apply(batch(5, false, [update(1, 97)]), 1200)).toBe('waiting');
    expect(s.rows()[0].p90).toBe(10);
    // The snapshot never came: ask again.
    expect(s.apply(batch(60, false, [update(1, 96)]), 1000 + RESYNC_RETRY_MS)).toBe('gap');
    expect(s.apply(batch(70, true, [update(1, 5, { key: 'api' })]), 7000)).toBe('applied');
    expect(s.apply(batch(71, false, [update(1, 6)]), 7100)).toBe('applied');
    expect(s.rows()[0].p90).toBe(6);
  });

  it('after a (re)subscribe, waits for the snapshot already on its way and keeps the rows meanwhile', () => {
    const s = new SeriesStore((cb) => cb());
    s.track('t', false, 0);
    expect(s.apply(batch(8, false, [update(1, 1)]), 100)).toBe('waiting');
    s.apply(batch(8, true, [update(1, 1, { key: 'api' })]), 200);
    s.track('t', false, 300); // reconnected and resubscribed
    expect(s.rows().map((r) => r.key)).toEqual(['api']);
    expect(s.apply(batch(9, false, [update(1, 2)]), 400)).toBe('waiting');
    expect(s.apply(batch(1, true, [update(1, 3, { key: 'api' })]), 500)).toBe('applied');
    expect(s.rows()[0].p90).toBe(3);
  });

  it('drops removed series, ignores streams it does not track, and notifies once per frame', () => {
    const queued: (() => void)[] = [];
    const s = new SeriesStore((cb) => queued.push(cb));
    s.track('t', false);
    let calls = 0;
    s.subscribe(() => calls++);
    s.apply(batch(1, true, [update(1, 1, { key: 'a' }), update(2, 2, { key: 'b' })]));
    s.apply(batch(2, false, [], [1]));
    expect(queued).toHaveLength(1);
    queued[0]();
    expect(calls).toBe(1);
    expect(s.rows().map((r) => r.key)).toEqual(['b']);
    expect(s.apply({ ...batch(1, true, []), targetId: 'other' })).toBe('ignored');
  });

  it('a row flashes only when its count changed, even across snapshots', () => {
    const s = store();
    s.apply(batch(1, true, [update(1, 1, { key: 'a' }, 5)]), 1000);
    s.apply(batch(2, true, [update(1, 1, { key: 'a' }, 5)]), 2000);
    expect(s.rows()[0].changedAtMs).toBe(1000);
    s.apply(batch(3, false, [update(1, 2, undefined, 6)]), 3000);
    expect(s.rows()[0]).toMatchObject({ changedAtMs: 3000, updates: 2 });
  });

  it('updates rows in place and bumps their version, so views can tell which changed', () => {
    const s = store();
    s.apply(batch(1, true, [update(1, 1, { key: 'a' }), update(2, 2, { key: 'b' })]));
    const first = s.rows();
    const [a, b] = first;
    const [va, vb] = [a.version, b.version];
    s.apply(batch(2, false, [update(1, 5, undefined, 2)]));
    const [a2, b2] = s.rows();
    expect(a2).toBe(a);
    expect(b2).toBe(b);
    expect(a.p90).toBe(5);
    expect(a.version).toBe(va + 1);
    expect(b.version).toBe(vb);
    // A new array each change, so hooks re-render.
    expect(s.rows()).not.toBe(first);
  });
});
