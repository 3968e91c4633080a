import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock, type Clock } from '../src/clock.js';
import { MetricsEngine } from '../src/metrics/engine.js';
import type { IngestEvent, Series } from '../src/metrics/series.js';
import { splitSeriesKey } from '../src/metrics/series-key.js';
import { expectedStats } from './independent-stats.js';
import { prng } from './prng.js';

const T0 = 1_700_000_000_000;

/** Replays events the obvious way: per series, the list of samples SPEC F2 defines. */
function independentSamples(events: IngestEvent[], seriesOf: (e: IngestEvent) => string): Map<string, number[]> {
  const samples = new Map<string, number[]>();
  const last = new Map<string, number>();
  for (const e of events) {
    const id = seriesOf(e);
    const list = samples.get(id) ?? [];
    samples.set(id, list);
    const prev = last.get(id);
    if (e.valueMs !== undefined) list.push(e.valueMs);
    else if (prev !== undefined && e.timestampMs - prev >= 0) list.push(e.timestampMs - prev);
    if (prev === undefined || e.timestampMs > prev) last.set(id, e.timestampMs);
  }
  return samples;
}

function assertSeries(series: Series, samples: number[], window: number, note: string): void {
  const e = expectedStats(samples, window);
  const u = series.toUpdate(T0, false);
  assert.equal(u.sampleCount, e.n, `${note}: sample count`);
  assert.equal(u.minLatency, e.min, `${note}: min`);
  assert.equal(u.maxLatency, e.max, `${note}: max`);
  assert.ok(Math.abs((u.avgLatency ?? 0) - e.avg) < 1e-9, `${note}: avg ${u.avgLatency} vs ${e.avg}`);
  assert.equal(u.p50Latency, e.p50, `${note}: p50`);
  assert.equal(u.p90Latency, e.p90, `${note}: p90`);
  assert.equal(u.p95Latency, e.p95, `${note}: p95`);
  assert.equal(u.p99Latency, e.p99, `${note}: p99`);
}

test('interval samples: the first event counts but adds none; split and combined differ', () => {
  const engine = new MetricsEngine({ windowSamples: 1000, clock: new ManualClock(T0) });
  const free = { tier: 'free' };
  const premium = { tier: 'premium' };
  const seq: [number, Record<string, string>][] = [
    [0, free],
    [10, premium],
    [30, free],
    [60, premium],
    [100, free],
  ];
  for (const [t, md] of seq) engine.ingest({ targetId: 't', key: 'api', metadata: md, timestampMs: T0 + t, payloadBytes: 100 });
  const target = engine.targets.get('t')!;
  const combined = target.combined.get('api')!;
  // combined: intervals 10, 20, 30, 40
  assert.equal(combined.count, 5);
  assert.deepEqual(combined.window.toArray(), [10, 20, 30, 40]);
  const freeSeries = target.split.get(splitSeriesKey('api', free))!;
  const premiumSeries = target.split.get(splitSeriesKey('api', premium))!;
  assert.deepEqual(freeSeries.window.toArray(), [30, 70]);
  assert.deepEqual(premiumSeries.window.toArray(), [50]);
  assert.equal(freeSeries.count, 3);
  assert.equal(premiumSeries.count, 2);
  const u = combined.toUpdate(T0, true);
  assert.equal(u.key, 'api');
  assert.deepEqual(u.metadata, {});
  assert.deepEqual(freeSeries.toUpdate(T0, true).metadata, free);
});

test('value_ms is the sample when present, from the very first event', () => {
  const engine = new MetricsEngine({ windowSamples: 1000, clock: new ManualClock(T0) });
  engine.ingest({ targetId: 't', key: 'db', metadata: {}, timestampMs: T0, payloadBytes: 0, valueMs: 12.5 });
  engine.ingest({ targetId: 't', key: 'db', metadata: {}, timestampMs: T0 + 1000, payloadBytes: 0, valueMs: 7 });
  engine.ingest({ targetId: 't', key: 'db', metadata: {}, timestampMs: T0 + 1003, payloadBytes: 0 });
  assert.deepEqual(engine.targets.get('t')!.combined.get('db')!.window.toArray(), [12.5, 7, 3]);
});

test('metadata order does not matter; label sets never collide', () => {
  const engine = new MetricsEngine({ windowSamples: 10, clock: new ManualClock(T0) });
  engine.ingest({ targetId: 't', key: 'k', metadata: { a: '1', b: '2' }, timestampMs: T0, payloadBytes: 0 });
  engine.ingest({ targetId: 't', key: 'k', metadata: { b: '2', a: '1' }, timestampMs: T0 + 5, payloadBytes: 0 });
  engine.ingest({ targetId: 't', key: 'k', metadata: { a: '1,b=2' }, timestampMs: T0 + 6, payloadBytes: 0 });
  const target = engine.targets.get('t')!;
  assert.equal(target.split.size, 2);
  assert.deepEqual(target.split.get(splitSeriesKey('k', { a: '1', b: '2' }))!.window.toArray(), [5]);
});

test('a random multi-series stream matches an independent calculation, windows full', () => {
  const rand = prng(42);
  const window = 200;
  const engine = new MetricsEngine({ windowSamples: window, clock: new ManualClock(T0) });
  const events: IngestEvent[] = [];
  let t = T0;
  for (let i = 0; i < 20_000; i++) {
    t += Math.floor(rand() * 50);
    const e: IngestEvent = {
      targetId: rand() < 0.5 ? 'a' : 'b',
      key: ['api', 'db', 'auth'][Math.floor(rand() * 3)],
      metadata: { tier: ['free', 'premium'][Math.floor(rand() * 2)], region: ['us', 'eu'][Math.floor(rand() * 2)] },
      // Some producers send measured values, some rely on intervals; some are out of order.
      timestampMs: rand() < 0.02 ? t - 100 : t,
      payloadBytes: Math.floor(rand() * 1000),
      ...(rand() < 0.3 ? { valueMs: Math.round(rand() * 5000) / 10 } : {}),
    };
    events.push(e);
    engine.ingest(e);
  }
  const combined = independentSamples(events, (e) => `${e.targetId}/${e.key}`);
  const split = independentSamples(events, (e) => `${e.targetId}/${splitSeriesKey(e.key, e.metadata)}`);
  let checked = 0;
  for (const [targetId, target] of engine.targets) {
    for (const [key, s] of target.combined) {
      assertSeries(s, combined.get(`${targetId}/${key}`)!, window, `${targetId}/${key}`);
      checked++;
    }
    for (const [key, s] of target.split) {
      assertSeries(s, split.get(`${targetId}/${key}`)!, window, `${targetId}/${key} split`);
      checked++;
    }
    const counted = [...target.combined.values()].reduce((n, s) => n + s.count, 0);
    assert.equal(counted, events.filter((e) => e.targetId === targetId).length);
  }
  assert.equal(checked, 2 * 3 + 2 * 12);
});

test('throughput and event rate cover exactly the last 10 s of arrivals', () => {
  const clock = new ManualClock(T0);
  const engine = new MetricsEngine({ windowSamples: 100, clock });
  const arrivals: [number, number][] = [];
  const series = () => engine.targets.get('t')!.combined.get('k')!;
  const checkAt = (nowMs: number) => {
    const inWindow = arrivals.filter(([at]) => at >= nowMs - 10_000 && at < nowMs);
    const bytes = inWindow.reduce((s, [, b]) => s + b, 0);
    assert.equal(series().rate.bytesPerSecond(nowMs), bytes / 10, `throughput at ${nowMs - T0}`);
    assert.equal(series().rate.eventsPerSecond(nowMs), inWindow.length / 10, `events/s at ${nowMs - T0}`);
  };
  // One event every 250 ms for 30 s, payload growing, arrival = clock time;
  // read at whole seconds along the way (before the window is full, too).
  for (let i = 0; i < 120; i++) {
    if (i % 20 === 0 && i > 0) checkAt(T0 + i * 250);
    clock.set(T0 + i * 250 + 100);
    const bytes = 100 + i;
    arrivals.push([clock.nowMs(), bytes]);
    engine.ingest({ targetId: 't', key: 'k', metadata: {}, timestampMs: clock.nowMs(), payloadBytes: bytes });
  }
  checkAt(T0 + 30_000);
  // Mid-second, the oldest second counts for the part still inside the window.
  const mid = T0 + 30_500;
  const full = arrivals.filter(([at]) => at >= T0 + 21_000 && at < mid).reduce((s, [, b]) => s + b, 0);
  const partial = arrivals.filter(([at]) => at >= T0 + 20_000 && at < T0 + 21_000).reduce((s, [, b]) => s + b, 0);
  assert.equal(series().rate.bytesPerSecond(mid), (full + partial * 0.5) / 10);
  // Long after the last event, nothing is left in the window.
  assert.equal(series().rate.bytesPerSecond(T0 + 60_000), 0);
  const u = series().toUpdate(T0 + 30_000, false);
  assert.equal(u.count, 120);
  assert.equal(u.lastPayloadSize, 219);
  assert.equal(u.lastUpdate, (T0 + 119 * 250 + 100) * 1e6);
});

test('processing time is the time from taking the event in to updating the series', () => {
  let mono = 0;
  // Each monotonic read moves time by 0.5 ms: start, then after the update.
  const clock: Clock = { nowMs: () => T0, monotonicMs: () => (mono += 0.5) };
  const engine = new MetricsEngine({ windowSamples: 10, clock });
  for (let i = 0; i < 4; i++) engine.ingest({ targetId: 't', key: 'k', metadata: {}, timestampMs: T0 + i, payloadBytes: 1 });
  assert.equal(engine.targets.get('t')!.combined.get('k')!.toUpdate(T0, false).avgProcessingTime, 0.5);
});

test('watchers hear about changes of their view only, even before the target exists', () => {
  const engine = new MetricsEngine({ windowSamples: 10, clock: new ManualClock(T0) });
  const seen: string[] = [];
  const listener = (name: string) => ({
    onSeriesChanged: (s: Series) => seen.push(`${name}:${s.key}:${s.split}`),
    onSeriesRemoved: (id: number) => seen.push(`${name}:-${id}`),
  });
  const combined = listener('c');
  engine.watch('t', false, combined);
  engine.watch('t', true, listener('s'));
  engine.ingest({ targetId: 't', key: 'k', metadata: { a: '1' }, timestampMs: T0, payloadBytes: 1 });
  engine.ingest({ targetId: 'other', key: 'k', metadata: {}, timestampMs: T0, payloadBytes: 1 });
  assert.deepEqual(seen, ['c:k:false', 's:k:true']);
  engine.unwatch('t', false, combined);
  engine.removeTarget('t');
  assert.deepEqual(seen.slice(2), ['s:-2']);
});
