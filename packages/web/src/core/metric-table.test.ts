import { METRICS, type DecodedBatch, type DecodedUpdate } from '@latency-dash/protocol';
import { describe, expect, it } from 'vitest';
import { historyRows } from './history-view.js';
import { FIELDS, OFFSET, packBatch, SeriesStore, STRIDE } from '@latency-dash/protocol/live';

/** An update whose every metric field holds a different number. */
const update = (seriesId: number, key: string): DecodedUpdate => {
  const u = { seriesId, key, metadata: {}, targetId: '' } as Record<string, unknown>;
  METRICS.forEach((m, i) => (u[m.field] = (i + 1) * 1000));
  return u as unknown as DecodedUpdate;
};
const batch = (updates: DecodedUpdate[]) =>
  ({ targetId: 't', splitByMetadata: false, seq: 1, snapshot: true, updates, removedSeries: [], serverTime: 0, intervalMs: 100 }) as unknown as DecodedBatch;

describe('the metric table drives the packed columns and the rows', () => {
  it('packs every metric of the table, in its order, scaled to the table unit', () => {
    expect(FIELDS).toEqual(METRICS.map((m) => m.id));
    expect(STRIDE).toBe(METRICS.length);
    const packed = packBatch(batch([update(1, 'a'), update(2, 'b')]));
    METRICS.forEach((m, i) => {
      expect(packed.values[OFFSET[m.id]]).toBe((i + 1) * 1000 * m.wireScale);
      expect(packed.values[STRIDE + OFFSET[m.id]]).toBe((i + 1) * 1000 * m.wireScale);
    });
  });

  it('gives rows every metric, from the packed columns', () => {
    const store = new SeriesStore((cb) => cb());
    store.track('t', false);
    store.apply(packBatch(batch([update(1, 'a')])));
    const row = store.rows()[0];
    METRICS.forEach((m, i) => expect(row[m.id]).toBe((i + 1) * 1000 * m.wireScale));
  });

  it('fills history rows from the point fields the table names', () => {
    const point = {
      t: 0,
      events: 7,
      samples: 5,
      min: 1,
      max: 9,
      avg: 4,
      p50: 3,
      p90: 8,
      p95: 8.5,
      p99: 9,
      throughput: 100,
      eventsPerSecond: 2,
      avgProcessingMs: 0.5,
    };
    const [row] = historyRows([
      {
        target: 't',
        split: false,
        fromMs: 0,
        toMs: 5000,
        stepS: 0,
        resolution: '1s',
        series: [{ key: 'a', metadata: {}, points: [point] }],
        gaps: [],
        pending: [],
      },
    ]);
    for (const m of METRICS) {
      // What history does not keep reads "live only" (NaN), never a 0 or a time that looks real.
      if ('history' in m) expect(row[m.id]).toBe(point[m.history]);
      else expect(row[m.id]).toBeNaN();
    }
  });
});
