import { describe, expect, it } from 'vitest';
import type { HistoryPoint, HistoryResult } from './api.js';
import { historyChart, historyRowId, historyTotals, rangeBounds } from './history-view.js';
import { fromLocalInput, toLocalInput } from './local-time.js';
import { seriesStats } from './series-stats.js';
import { DEFAULT_VIEW, parseView, viewToSearch } from './view-state.js';

const point = (t: number, over: Partial<HistoryPoint> = {}): HistoryPoint => ({
  t,
  events: 1,
  samples: 1,
  min: 1,
  max: 1,
  avg: 1,
  p50: 1,
  p90: 1,
  p95: 1,
  p99: 1,
  throughput: 0,
  eventsPerSecond: 0,
  avgProcessingMs: 0,
  ...over,
});

const result = (series: HistoryResult['series'], fromMs = 0, toMs = 10_000): HistoryResult => ({
  target: 't',
  split: false,
  fromMs,
  toMs,
  stepS: 1,
  resolution: '1s',
  series,
  gaps: [],
  pending: [],
});

describe('custom ranges in the URL', () => {
  it('round-trips a custom range as ISO times, and a link with one opens it', () => {
    const view = { ...DEFAULT_VIEW, targets: ['a'], range: 'custom', fromMs: Date.UTC(2026, 11, 6, 14, 0, 5), toMs: Date.UTC(2026, 11, 6, 14, 2, 0) };
    const search = viewToSearch(view);
    expect(search).toContain('from=2026-12-06T14%3A00%3A05.000Z');
    expect(parseView(search)).toEqual(view);
    // Unix ms are read too.
    expect(parseView('?range=custom&from=1000&to=2000')).toMatchObject({ range: 'custom', fromMs: 1000, toMs: 2000 });
  });
  it('opens live for a custom range that is missing, unreadable or backwards', () => {
    for (const q of ['?range=custom', '?range=custom&from=x&to=2000', '?range=custom&from=3000&to=2000']) {
      expect(parseView(q)).toMatchObject({ range: 'live', fromMs: 0, toMs: 0 });
    }
    // A relative range carries no from/to.
    expect(viewToSearch({ ...DEFAULT_VIEW, range: '1h', fromMs: 5, toMs: 9 })).toBe('?range=1h');
  });
  it('bounds: custom as given, relative ones ending now', () => {
    expect(rangeBounds({ range: 'custom', fromMs: 1, toMs: 2 }, 99)).toEqual({ fromMs: 1, toMs: 2 });
    expect(rangeBounds({ range: '15m', fromMs: 0, toMs: 0 }, 1_000_000)).toEqual({ fromMs: 100_000, toMs: 1_000_000 });
  });
  it('datetime-local values are local time to the second', () => {
    const ms = new Date(2026, 11, 6, 9, 5, 7).getTime();
    expect(toLocalInput(ms)).toBe('2026-12-06T09:05:07');
    expect(fromLocalInput('2026-12-06T09:05:07')).toBe(ms);
    expect(fromLocalInput('2026-12-06T09:05')).toBe(ms - 7000);
    expect(fromLocalInput('')).toBeNaN();
    expect(fromLocalInput('yesterday')).toBeNaN();
  });
});

describe('comparison with an earlier period', () => {
  const now = [result([{ key: 'api', metadata: {}, points: [point(1000, { p90: 5 }), point(2000, { p90: 7 })] }])];
  it('says there is no earlier data instead of drawing empty "(earlier)" lines', () => {
    // The file knows the series, but it has no point in the earlier range.
    const before = [result([{ key: 'api', metadata: {}, points: [] }])];
    const chart = historyChart(now, before, ['t/api'], 86_400_000);
    expect(chart.labels).toEqual(['t/api']);
    expect(chart.noEarlier).toBe(true);
  });
  it('draws the earlier period shifted onto the same axis when it has data', () => {
    const before = [result([{ key: 'api', metadata: {}, points: [point(1000 - 86_400_000, { p90: 3 })] }])];
    const chart = historyChart(now, before, ['t/api'], 86_400_000);
    expect(chart.labels).toEqual(['t/api', 't/api (earlier)']);
    expect(chart.noEarlier).toBe(false);
    expect(chart.data[2]).toEqual([3, null]);
  });
  it('without a comparison, nothing is missing', () => {
    expect(historyChart(now, [], ['t/api'], 0).noEarlier).toBe(false);
  });
});

describe('card figures over a range', () => {
  const whole = [
    result([
      { key: 'api', metadata: {}, points: [point(0, { eventsPerSecond: 2, throughput: 100, p90: 50 })] },
      { key: 'db', metadata: {}, points: [point(0, { eventsPerSecond: 1, throughput: 10, p90: 80 })] },
      { key: 'idle', metadata: {}, points: [point(0, { events: 0, samples: 0 })] },
    ]),
  ];
  const overTime = [
    result([
      {
        key: 'api',
        metadata: {},
        points: [point(1000, { eventsPerSecond: 3, throughput: 150, p90: 40 }), point(2000, { eventsPerSecond: 1, throughput: 50, p90: 60 })],
      },
      { key: 'db', metadata: {}, points: [point(2000, { eventsPerSecond: 1, throughput: 10, p90: 80 })] },
    ]),
  ];
  const id = (key: string) => historyRowId('t', false, key, {});
  it('sums rates, takes the worst p90 and counts series with events, over the shown series only', () => {
    const all = historyTotals(whole, overTime, new Set([id('api'), id('db'), id('idle')]));
    expect(all.now).toEqual({ eventsPerSecond: 3, throughput: 110, worstP90: 80, activeSeries: 2 });
    expect(all.events).toBe(2);
    // Every bucket of the range (0–10 s in 1 s steps), the empty ones at 0.
    expect(all.times).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const zero = { eventsPerSecond: 0, throughput: 0, worstP90: 0, activeSeries: 0 };
    expect(all.buckets.slice(0, 4)).toEqual([
      zero,
      { eventsPerSecond: 3, throughput: 150, worstP90: 40, activeSeries: 1 },
      { eventsPerSecond: 2, throughput: 60, worstP90: 80, activeSeries: 2 },
      zero,
    ]);
    const apiOnly = historyTotals(whole, overTime, new Set([id('api')]));
    expect(apiOnly.now).toEqual({ eventsPerSecond: 2, throughput: 100, worstP90: 50, activeSeries: 1 });
    expect(apiOnly.buckets.map((b) => b.throughput).slice(0, 3)).toEqual([0, 150, 50]);
  });
});

describe('legend figures', () => {
  it('min, max, mean and last over the points with a value', () => {
    expect(seriesStats([null, 4, 2, Number.NaN, 6, null])).toEqual({ min: 2, max: 6, mean: 4, last: 6 });
    expect(seriesStats([null, null])).toBeUndefined();
    expect(seriesStats(new Float32Array([1.5]))).toEqual({ min: 1.5, max: 1.5, mean: 1.5, last: 1.5 });
  });
});
