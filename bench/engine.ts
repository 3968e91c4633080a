/**
 * Metrics engine (SPEC F2): events per second on one core through
 * MetricsEngine.ingest, against the obvious implementation run in the same
 * process (the last 1000 samples in an array, a sorted copy per event), and
 * memory per series with full 1000-sample windows against that same naive
 * series. SPEC goals: ≥ 1M events/s/core, < 16 KiB per series.
 *
 * Mix: 4 targets × 10 keys × 9 metadata combinations (tier × region), half
 * the events with value_ms (log-normal around 20 ms), half interval samples;
 * every window full before timing (steady state). The engine runs on the
 * system clock as the server drives it: batches of 1000 events, the clock
 * read once per batch and once per lap of 64 events (ingest/batch-clock.ts),
 * and, for comparison, engine.ingest() reading it three times per event
 * (what the demo generator's single events do).
 *
 * Reads while timing, as the server does: its fan-out reads the statistics
 * of each changed series about 10 times a second (metric-readers.ts). So
 * every R events the timed loop reads min/max/mean/p50/p90/p95/p99 of every
 * series changed since the previous read, for the engine and the naive
 * baseline alike. R = (events/s of an untimed calibration round) / 10, so
 * the reads come 10 times per second at the measured rate (R = 100,000 at
 * 1M events/s), rounded to whole batches, computed separately for the engine
 * and the baseline (whose rate is far lower) and printed.
 * Run: node --expose-gc --conditions=source --import tsx bench/engine.ts [--quick]
 * (without --expose-gc it re-runs itself with it, for the memory figure).
 */
import { spawnSync } from 'node:child_process';
import { ManualClock } from '../packages/server/src/clock.js';
import { BatchClock } from '../packages/server/src/ingest/batch-clock.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import type { IngestEvent, Metadata } from '../packages/server/src/metrics/series.js';
import { splitSeriesKey } from '../packages/server/src/metrics/series-key.js';
import type { Series } from '../packages/server/src/metrics/series.js';
import type { SeriesListener } from '../packages/server/src/metrics/target-state.js';
import { fmt, median, summarize } from './lib/report.js';
import { prng } from '../packages/server/test/prng.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const quick = process.argv.includes('--quick');
const ROUND_MS = quick ? 400 : 1000;
const ROUNDS = quick ? 3 : 5;
const WINDOW = 1000;
const TIERS = ['free', 'premium', 'enterprise'];
const REGIONS = ['us-east', 'us-west', 'eu-west'];

/** Metadata objects are shared per combination, as a decoder's output would not be; harmless for the engine. */
function combos(): Metadata[] {
  const out: Metadata[] = [];
  for (const tier of TIERS) for (const region of REGIONS) out.push({ tier, region });
  return out;
}

function makeEvents(n: number, targets: number, keys: number, seed: number): IngestEvent[] {
  const rand = prng(seed);
  const metas = combos();
  const out: IngestEvent[] = [];
  for (let i = 0; i < n; i++) {
    const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    const e: IngestEvent = {
      targetId: `target-${Math.floor(rand() * targets)}`,
      key: `svc-${Math.floor(rand() * keys)}`,
      metadata: metas[Math.floor(rand() * metas.length)],
      timestampMs: 0, // set as the event is replayed, so intervals stay positive
      payloadBytes: 100 + Math.floor(rand() * 4900),
    };
    if (i % 2 === 0) e.valueMs = Math.round(20 * Math.exp(0.8 * normal) * 1000) / 1000;
    out.push(e);
  }
  return out;
}

/** The obvious way: keep the last 1000 samples, sort a copy for every event. */
class NaiveSeries {
  samples: number[] = [];
  lastTs = Number.NaN;
  count = 0;
  min = 0;
  max = 0;
  avg = 0;
  p = [0, 0, 0, 0];
  /** Filling only: what add() keeps, without computing the statistics. */
  prefill = false;
  add(e: IngestEvent): void {
    this.count++;
    const v = e.valueMs ?? (Number.isNaN(this.lastTs) ? undefined : e.timestampMs - this.lastTs);
    this.lastTs = e.timestampMs;
    if (v === undefined) return;
    this.samples.push(v);
    if (this.samples.length > WINDOW) this.samples.shift();
    if (this.prefill) return;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const n = sorted.length;
    this.min = sorted[0];
    this.max = sorted[n - 1];
    let sum = 0;
    for (const x of sorted) sum += x;
    this.avg = sum / n;
    this.p = [50, 90, 95, 99].map((q) => sorted[Math.ceil((q * n) / 100) - 1]);
  }
}

/** The naive engine does the same bookkeeping: a combined and a split series per event. */
class NaiveEngine {
  readonly series = new Map<string, NaiveSeries>();
  /** Series changed since the last read (readChanged). */
  readonly changed = new Set<NaiveSeries>();
  /** While true, series only keep samples (the baseline would take minutes to fill at its own pace). */
  set prefill(on: boolean) {
    this.prefilling = on;
    for (const s of this.series.values()) s.prefill = on;
  }
  private prefilling = false;
  ingest(e: IngestEvent): void {
    const combined = this.get(`${e.targetId}\u0000${e.key}`);
    const split = this.get(`${e.targetId}\u0000${splitSeriesKey(e.key, e.metadata)}`);
    combined.add(e);
    split.add(e);
    this.changed.add(combined);
    this.changed.add(split);
  }
  /** What the fan-out would send: the statistics of every series changed since the last read. */
  readChanged(): number {
    let acc = 0;
    for (const s of this.changed) acc += s.min + s.max + s.avg + s.p[0] + s.p[1] + s.p[2] + s.p[3];
    this.changed.clear();
    return acc;
  }
  private get(id: string): NaiveSeries {
    let s = this.series.get(id);
    if (s === undefined) {
      this.series.set(id, (s = new NaiveSeries()));
      s.prefill = this.prefilling;
    }
    return s;
  }
}

const BATCH = 1000;
/** Collects the engine's changed series as the fan-out's listeners do, and reads them as metric-readers.ts does. */
class ChangedReader implements SeriesListener {
  private readonly changed = new Set<Series>();
  constructor(engine: MetricsEngine, targetIds: Iterable<string>) {
    for (const id of targetIds) {
      engine.watch(id, false, this);
      engine.watch(id, true, this);
    }
  }
  onSeriesChanged(series: Series): void {
    this.changed.add(series);
  }
  onSeriesRemoved(): void {}
  read(): number {
    let acc = 0;
    for (const s of this.changed) {
      const w = s.window;
      acc += w.min() + w.max() + w.mean() + w.percentile(50) + w.percentile(90) + w.percentile(95) + w.percentile(99);
    }
    this.changed.clear();
    return acc;
  }
}

/** Sums what the reads returned, so no read is work the compiler could drop. */
let readSink = 0;
let reads = 0;
/** Events between two reads: a tenth of a second's worth at `perS` events/s, in whole batches. */
const readEvery = (perS: number): number => Math.max(BATCH, Math.round(perS / 10 / BATCH) * BATCH);

let clockMs = 1_700_000_000_000;
/** Replays `events` for at least `ms`; returns events/s. Timestamps move on 10 µs per event. */
function timeRound(events: IngestEvent[], ingest: (e: IngestEvent) => void, ms: number, read: () => number, every: number): number {
  let done = 0;
  let sinceRead = 0;
  const start = performance.now();
  do {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      e.timestampMs = clockMs += 0.01;
      ingest(e);
      if (++sinceRead === every) {
        readSink += read();
        reads++;
        sinceRead = 0;
      }
    }
    done += events.length;
  } while (performance.now() - start < ms);
  return done / ((performance.now() - start) / 1000);
}

/** Events per CPU second of this process, each timeBatches() round: on a busy shared machine wall time also counts others' turns. */
const cpuRates: number[] = [];
/** Replays `events` as the server's ingest does: batches of BATCH, one BatchClock each. */
function timeBatches(events: IngestEvent[], engine: MetricsEngine, ms: number, reader: ChangedReader, every: number): number {
  let done = 0;
  let carried = 0;
  let sinceRead = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  do {
    for (let b = 0; b < events.length; b += BATCH) {
      const time = new BatchClock(engine.clock, carried);
      const end = Math.min(events.length, b + BATCH);
      for (let i = b; i < end; i++) {
        const e = events[i];
        e.timestampMs = clockMs += 0.01;
        engine.ingestAt(e, time.arrivalMs, time.perEventMs);
        time.tick();
      }
      carried = time.finish();
      // Reads come between batches, as the fan-out's timer runs between the server's batches.
      sinceRead += end - b;
      if (sinceRead >= every) {
        readSink += reader.read();
        reads++;
        sinceRead = 0;
      }
    }
    done += events.length;
  } while (performance.now() - start < ms);
  const wallS = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  cpuRates.push(done / ((cpu.user + cpu.system) / 1e6));
  return done / wallS;
}

function fill(events: IngestEvent[], ingest: (e: IngestEvent) => void, perSeries: number, seriesPerEvent: number, seriesCount: number): void {
  // Enough events that every series has seen well over `perSeries` samples.
  const need = Math.ceil(((perSeries + 50) * seriesCount * 2.5) / seriesPerEvent);
  for (let done = 0; done < need; done += events.length) {
    for (const e of events) {
      e.timestampMs = clockMs += 0.01;
      ingest(e);
    }
  }
}

// ---- throughput -------------------------------------------------------------
console.log(
  `engine bench${quick ? ' (quick)' : ''}: 4 targets × 10 keys × 9 metadata combos (40 combined + 360 split series), half value_ms, half interval samples, ${WINDOW}-sample windows full`,
);
const events = makeEvents(200_000, 4, 10, 42);
const engine = new MetricsEngine({ windowSamples: WINDOW });
const naive = new NaiveEngine();
// Fill both to steady state: each split series gets 1/360 of the events
// (half of them adding a sample), so ~1M events fill every window.
fill(events, (e) => engine.ingest(e), WINDOW, 1, 360);
process.stdout.write('  … engine windows full; filling the naive baseline\n');
naive.prefill = true;
fill(events, (e) => naive.ingest(e), WINDOW, 1, 360);
naive.prefill = false;
const minSamples = Math.min(...[...engine.targets.values()].flatMap((t) => [...t.split.values()].map((s) => s.window.size)));
const naiveMin = Math.min(...[...naive.series.values()].map((s) => s.samples.length));
console.log(`  smallest window: engine ${minSamples}, naive ${naiveMin} samples`);

const reader = new ChangedReader(engine, engine.targets.keys());
// Calibration (untimed in the figures): each side's rate with reads, for its R.
const naiveEvents = events.slice(0, 5_000);
const engineEvery = readEvery(timeBatches(events, engine, ROUND_MS, reader, 100_000));
const naiveEvery = readEvery(
  timeRound(
    naiveEvents,
    (e) => naive.ingest(e),
    ROUND_MS,
    () => naive.readChanged(),
    10_000,
  ),
);
reads = 0;
console.log(
  `  reads: statistics of every changed series every ${fmt(engineEvery)} events (engine) and ${fmt(naiveEvery)} events (naive), 10 a second at each one's calibrated rate`,
);

// Alternate rounds so drift in the machine's speed hits both alike.
cpuRates.length = 0;
const ours: number[] = [];
const single: number[] = [];
const base: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  ours.push(timeBatches(events, engine, ROUND_MS, reader, engineEvery));
  single.push(
    timeRound(
      events,
      (e) => engine.ingest(e),
      ROUND_MS,
      () => reader.read(),
      engineEvery,
    ),
  );
  base.push(
    timeRound(
      naiveEvents,
      (e) => naive.ingest(e),
      ROUND_MS,
      () => naive.readChanged(),
      naiveEvery,
    ),
  );
  process.stdout.write(`  … round ${r + 1}/${ROUNDS}: engine ${fmt(ours[r])} (per-event clock ${fmt(single[r])}), naive ${fmt(base[r])} events/s\n`);
}
const oursPerS = median(ours);
const oursPerCpuS = median(cpuRates.slice(0, ROUNDS));
const singlePerS = median(single);
const basePerS = median(base);
console.log(
  `  MetricsEngine.ingestAt, ${BATCH}-event batches  ${fmt(oursPerS).padStart(12)} events/s on one core with reads (median of ${ROUNDS}; ${fmt(1e9 / oursPerS)} ns/event; ${fmt(oursPerCpuS)} per CPU second of this process)`,
);
console.log(
  `  MetricsEngine.ingest, clock per event        ${fmt(singlePerS).padStart(12)} events/s with reads (${fmt(1e9 / singlePerS)} ns/event; the demo generator's path)`,
);
console.log(
  `  naive sort-per-event baseline (same work)    ${fmt(basePerS).padStart(12)} events/s with reads (${fmt(1e9 / basePerS)} ns/event; ${fmt(reads)} reads in all, checksum ${fmt(readSink % 1000, 1)})`,
);
console.log(`  engine / baseline: ${fmt(oursPerS / basePerS, 1)}×; SPEC goal ≥ 1,000,000 events/s/core: ${oursPerS >= 1e6 ? 'met' : 'NOT met'}`);

// Where the time goes: the same engine on a clock that costs nothing
// (ManualClock), so what the clock reads still cost shows.
const manual = new MetricsEngine({ windowSamples: WINDOW, clock: new ManualClock() });
fill(events, (e) => manual.ingest(e), WINDOW, 1, 360);
const manualReader = new ChangedReader(manual, manual.targets.keys());
const manualPerS = median([0, 1, 2].map(() => timeBatches(events, manual, ROUND_MS, manualReader, engineEvery)));
console.log(
  `  same batches on a free ManualClock (no performance.now()): ${fmt(manualPerS)} events/s (${fmt(manualPerS / oursPerS, 2)}× the system-clock figure; clock reads ≈ ${fmt(1e9 / oursPerS - 1e9 / manualPerS)} ns/event)`,
);
summarize({
  bench: 'engine',
  figure: 'ingest with reads 10×/s, events/s on one core',
  value: fmt(oursPerS),
  goal: '≥ 1,000,000',
  met: oursPerS >= 1e6,
  ratio: `${fmt(oursPerS / basePerS, 1)}× naive sort-per-event`,
});

// ---- memory per series ------------------------------------------------------
/** Heap + ArrayBuffer bytes after a full GC. */
function heapBytes(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Bytes per series after filling `targets` × 10 keys × 9 combos with full windows. */
function memoryPerSeries(make: () => { ingest(e: IngestEvent): void; seriesCount(): number }, targets: number): { perSeries: number; series: number } {
  const evs = makeEvents(100_000, targets, 10, 7);
  const before = heapBytes();
  const thing = make();
  fill(evs, (e) => thing.ingest(e), WINDOW, 1, targets * 90);
  const after = heapBytes();
  const series = thing.seriesCount();
  void evs.length;
  return { perSeries: (after - before) / series, series };
}

const memTargets = quick ? 4 : 10;
const ourMem = memoryPerSeries(() => {
  const e = new MetricsEngine({ windowSamples: WINDOW });
  return { ingest: (ev) => e.ingest(ev), seriesCount: () => [...e.targets.values()].reduce((n, t) => n + t.byId.size, 0) };
}, memTargets);
const naiveMem = memoryPerSeries(
  () => {
    const e = new NaiveEngine();
    e.prefill = true;
    return { ingest: (ev) => e.ingest(ev), seriesCount: () => e.series.size };
  },
  quick ? 1 : 2,
);
console.log(
  `  memory: ${fmt(ourMem.perSeries)} B per series (${fmt(ourMem.perSeries / 1024, 1)} KiB) over ${fmt(ourMem.series)} series with full windows; ` +
    `naive number[] window ${fmt(naiveMem.perSeries)} B (${fmt(naiveMem.perSeries / 1024, 1)} KiB); engine / naive ${fmt(ourMem.perSeries / naiveMem.perSeries, 2)}×; ` +
    `SPEC goal < 16 KiB: ${ourMem.perSeries < 16 * 1024 ? 'met' : 'NOT met'}`,
);
summarize({
  bench: 'engine',
  figure: 'memory per series, full 1000-sample window',
  value: `${fmt(ourMem.perSeries / 1024, 1)} KiB`,
  goal: '< 16 KiB',
  met: ourMem.perSeries < 16 * 1024,
  ratio: `${fmt(ourMem.perSeries / naiveMem.perSeries, 2)}× naive number[]`,
});
