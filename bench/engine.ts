/**
 * Metrics engine throughput (events/s on one core) against the obvious
 * implementation (a sample array sorted on every event), and memory per
 * series with full 1000-sample windows. SPEC goals: ≥ 1M events/s/core,
 * < 16 KiB per series. Run with --expose-gc for the memory figure.
 */
import { ManualClock } from '../packages/server/src/clock.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import type { IngestEvent } from '../packages/server/src/metrics/series.js';
import { splitSeriesKey } from '../packages/server/src/metrics/series-key.js';

const quick = process.argv.includes('--quick');
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function makeEvents(n: number): IngestEvent[] {
  const tiers = ['free', 'premium', 'enterprise'];
  const regions = ['us-east', 'us-west', 'eu-west'];
  const out: IngestEvent[] = [];
  let t = 1_700_000_000_000;
  for (let i = 0; i < n; i++) {
    t += 0.37;
    out.push({
      targetId: `target-${i % 4}`,
      key: `key-${(i >> 2) % 10}`,
      metadata: { tier: tiers[i % 3], region: regions[(i >> 3) % 3] },
      timestampMs: t,
      payloadBytes: 100 + (i % 900),
      // Half measured values, half interval samples.
      ...(i % 2 === 0 ? { valueMs: ((i * 2654435761) % 100_000) / 100 } : {}),
    });
  }
  return out;
}

/** The obvious way: keep the last 1000 samples, sort a copy for every event. */
class NaiveSeries {
  samples: number[] = [];
  last = Number.NaN;
  p = [0, 0, 0, 0];
  add(e: IngestEvent): void {
    const v = e.valueMs ?? (Number.isNaN(this.last) ? undefined : e.timestampMs - this.last);
    this.last = e.timestampMs;
    if (v === undefined) return;
    this.samples.push(v);
    if (this.samples.length > 1000) this.samples.shift();
    const sorted = [...this.samples].sort((a, b) => a - b);
    const n = sorted.length;
    this.p = [50, 90, 95, 99].map((q) => sorted[Math.ceil((q * n) / 100) - 1]);
  }
}

function timeIt(label: string, events: IngestEvent[], each: (e: IngestEvent) => void, minMs: number): number {
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const e of events) each(e);
    done += events.length;
  }
  const perS = done / ((performance.now() - start) / 1000);
  console.log(`  ${label.padEnd(44)} ${fmt(perS).padStart(12)} events/s`);
  return perS;
}

console.log('engine bench' + (quick ? ' (quick)' : ''));
const events = makeEvents(quick ? 200_000 : 1_000_000);
const clock = new ManualClock();
const engine = new MetricsEngine({ windowSamples: 1000, clock });
for (const e of events) engine.ingest(e); // fill every window: steady state
const ours = timeIt('MetricsEngine.ingest (combined + split)', events, (e) => engine.ingest(e), quick ? 1000 : 3000);

const naive = new Map<string, NaiveSeries>();
const naiveAdd = (id: string, e: IngestEvent) => {
  let s = naive.get(id);
  if (s === undefined) naive.set(id, (s = new NaiveSeries()));
  s.add(e);
};
const sample = events.slice(0, quick ? 20_000 : 50_000);
for (const e of events.slice(0, 100_000)) {
  naiveAdd(`${e.targetId}/${e.key}`, e);
  naiveAdd(`${e.targetId}/${splitSeriesKey(e.key, e.metadata)}`, e);
}
const baseline = timeIt('naive sort-per-event baseline (same work)', sample, (e) => {
  naiveAdd(`${e.targetId}/${e.key}`, e);
  naiveAdd(`${e.targetId}/${splitSeriesKey(e.key, e.metadata)}`, e);
}, quick ? 1000 : 3000);
console.log(`  engine / baseline: ${(ours / baseline).toFixed(1)}×`);

const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const seriesTargets = 40;
  gc();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const mem = new MetricsEngine({ windowSamples: 1000, clock });
  let t = 0;
  // 40 targets × 50 keys, one metadata set: 2000 combined + 2000 split series, 1000+ samples each.
  for (let round = 0; round < 1001; round++) {
    t += 1;
    for (let tg = 0; tg < seriesTargets; tg++) {
      for (let k = 0; k < 50; k++) mem.ingest({ targetId: `t${tg}`, key: `k${k}`, metadata: { tier: 'x' }, timestampMs: t + k, payloadBytes: 1, valueMs: (round * 7 + k) % 1000 });
    }
  }
  gc();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const series = seriesTargets * 50 * 2;
  const perSeries = (after - before) / series;
  console.log(`  memory: ${fmt(perSeries)} bytes per series with a full 1000-sample window (${(perSeries / 1024).toFixed(1)} KiB; goal < 16 KiB; values 8,000 B + ranks 2,000 B of it)`);
  void mem.targets.size;
} else {
  console.log('  memory: run with node --expose-gc for the per-series figure');
}
