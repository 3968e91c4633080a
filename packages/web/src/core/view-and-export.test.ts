import { describe, expect, it } from 'vitest';
import { backoffDelay, type Row, severity } from '@latency-dash/protocol/live';
import { filterRows, toCsv } from './table-data.js';
import { testRow } from './test-row.js';
import { DEFAULT_VIEW, parseView, viewToSearch } from './view-state.js';

const row = (over: Partial<Row>): Row => testRow({ split: true, key: 'api', ...over });

describe('backoff', () => {
  it('doubles up to the cap, with jitter in the upper half', () => {
    expect(backoffDelay(0, { baseMs: 500, maxMs: 8000 }, () => 0)).toBe(250);
    expect(backoffDelay(0, { baseMs: 500, maxMs: 8000 }, () => 1)).toBe(500);
    expect(backoffDelay(3, { baseMs: 500, maxMs: 8000 }, () => 1)).toBe(4000);
    expect(backoffDelay(20, { baseMs: 500, maxMs: 8000 }, () => 0.5)).toBe(6000);
  });
});

describe('view state in the URL', () => {
  it('round-trips and leaves defaults and other parameters alone', () => {
    const view = {
      ...DEFAULT_VIEW,
      targets: ['a', 'b'],
      split: true,
      sortId: 'key',
      sortDesc: false,
      metaFilter: 'tier=free',
      theme: 'dark' as const,
      range: '6h',
      compare: '1w',
    };
    const search = viewToSearch(view, '?ws=x');
    expect(parseView(search)).toEqual(view);
    expect(search).toContain('ws=x');
    expect(viewToSearch(DEFAULT_VIEW)).toBe('');
    expect(parseView('?threshold=-5&warn=500').thresholdMs).toBe(DEFAULT_VIEW.thresholdMs);
    expect(parseView('?range=3y&compare=1y')).toMatchObject({ range: 'live', compare: '' });
  });
});

describe('filters, severity and CSV', () => {
  const rows = [
    row({ key: 'api', metadata: { tier: 'free' }, metadataLabel: 'tier=free', p90: 900 }),
    row({ key: 'db', metadata: { tier: 'premium' }, metadataLabel: 'tier=premium', p90: 100, eventsPerSecond: 0 }),
  ];
  it('filters by key, metadata terms, warning level and activity', () => {
    expect(filterRows(rows, { ...DEFAULT_VIEW, keyFilter: 'DB' }).map((r) => r.key)).toEqual(['db']);
    expect(filterRows(rows, { ...DEFAULT_VIEW, metaFilter: 'tier=prem' }).map((r) => r.key)).toEqual(['db']);
    expect(filterRows(rows, { ...DEFAULT_VIEW, overOnly: true, thresholdMs: 1000, warnPct: 80 }).map((r) => r.key)).toEqual(['api']);
    expect(filterRows(rows, { ...DEFAULT_VIEW, activeOnly: true }).map((r) => r.key)).toEqual(['api']);
  });
  it('colours against threshold and warning percentage', () => {
    expect(severity(799, 1000, 80)).toBe('ok');
    expect(severity(800, 1000, 80)).toBe('warn');
    expect(severity(1000, 1000, 80)).toBe('warn');
    expect(severity(1001, 1000, 80)).toBe('bad');
  });
  it('writes CSV with quoting and formula defusing', () => {
    const csv = toCsv(
      [row({ key: '=SUM(A1)', metadataLabel: 'a=1, b="2"' })],
      [
        { id: 'key', header: 'Key', value: (r) => r.key },
        { id: 'metadata', header: 'Metadata', value: (r) => r.metadataLabel },
        { id: 'p90', header: 'p90', value: (r) => r.p90 },
      ],
    );
    expect(csv).toBe('Key,Metadata,p90\n"\'=SUM(A1)","a=1, b=""2""",1\n');
  });
});

describe('packBatch', () => {
  it('fills spare buffers from the pool instead of allocating', async () => {
    const { packBatch, OFFSET } = await import('@latency-dash/protocol/live');
    const idsBuf = new ArrayBuffer(64);
    const valuesBuf = new ArrayBuffer(4096);
    const packed = packBatch(
      {
        targetId: 't',
        splitByMetadata: false,
        seq: 1,
        snapshot: false,
        removedSeries: [],
        serverTime: 0,
        intervalMs: 100,
        updates: [{ seriesId: 7, p90Latency: 3, key: '', metadata: {} }],
      } as never,
      { ids: [idsBuf], values: [valuesBuf] },
    );
    expect(packed.ids.buffer).toBe(idsBuf);
    expect(packed.values.buffer).toBe(valuesBuf);
    expect([...packed.ids]).toEqual([7]);
    expect(packed.values[OFFSET.p90]).toBe(3);
  });
});
