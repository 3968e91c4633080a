/**
 * History costs (SPEC F7): what per-second rollups add to each event, what a
 * flush of one second costs, and how long 24 h range queries take.
 * Run: node --conditions=source --import tsx bench/history.ts [--quick]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { ManualClock } from '../packages/server/src/clock.js';
import { HistoryRecorder, DEFAULT_RETENTION } from '../packages/server/src/history/history-recorder.js';
import { queryHistory } from '../packages/server/src/history/history-query.js';
import { HistoryStore } from '../packages/server/src/history/history-store.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import type { IngestEvent } from '../packages/server/src/metrics/series.js';
import { openDatabase } from '../packages/server/src/storage/database.js';
import { summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const log = pino({ level: 'silent' });
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

function events(n: number): IngestEvent[] {
  const out: IngestEvent[] = [];
  const tiers = ['free', 'premium', 'enterprise'];
  for (let i = 0; i < n; i++) {
    out.push({
      targetId: `t${i % 4}`,
      key: `k${i % 10}`,
      metadata: { tier: tiers[i % 3] },
      timestampMs: 0,
      payloadBytes: 500,
      valueMs: 1 + ((i * 7919) % 1000) / 10,
    });
  }
  return out;
}

/** Events per second through the engine, over `seconds` of simulated time. */
async function ingestRate(withHistory: boolean, evs: IngestEvent[], seconds: number): Promise<{ perS: number; flushMs: number; rows: number }> {
  const clock = new ManualClock(Date.UTC(2026, 0, 1));
  const engine = new MetricsEngine({ windowSamples: 1000, clock });
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-'));
  const db = openDatabase(join(dir, 'h.sqlite'));
  const recorder = withHistory ? new HistoryRecorder(new HistoryStore(db), engine, DEFAULT_RETENTION, log) : undefined;
  if (recorder) engine.addSink(recorder);
  const perSecond = Math.floor(evs.length / seconds);
  let flushMs = 0;
  const start = performance.now();
  for (let s = 0; s < seconds; s++) {
    for (let i = s * perSecond; i < (s + 1) * perSecond; i++) {
      evs[i].timestampMs = clock.nowMs();
      engine.ingest(evs[i]);
    }
    clock.advance(1000);
    if (recorder) {
      const f0 = performance.now();
      await recorder.flush(false);
      flushMs += performance.now() - f0;
    }
  }
  const total = performance.now() - start;
  const rows = recorder?.rowsWritten ?? 0;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return { perS: (perSecond * seconds) / (total / 1000), flushMs: flushMs / seconds, rows };
}

async function rangeQueries(): Promise<void> {
  const seriesCount = quick ? 2 : 6;
  const seconds = quick ? 6 * 3600 : 24 * 3600;
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-'));
  const path = join(dir, 'h.sqlite');
  const db = openDatabase(path);
  const store = new HistoryStore(db);
  const end = Math.floor(Date.now() / 3600_000) * 3600_000;
  const clock = new ManualClock(end - seconds * 1000);
  const engine = new MetricsEngine({ windowSamples: 1000, clock });
  const recorder = new HistoryRecorder(store, engine, DEFAULT_RETENTION, log);
  engine.addSink(recorder);
  const t0 = performance.now();
  // Five events a second per series, every second of the range.
  for (let s = 0; s < seconds; s++) {
    for (let k = 0; k < seriesCount; k++) {
      for (let e = 0; e < 5; e++)
        engine.ingest({
          targetId: 'bench',
          key: `k${k}`,
          metadata: {},
          timestampMs: clock.nowMs(),
          payloadBytes: 100,
          valueMs: 5 + ((s * 31 + e * 17 + k) % 400),
        });
    }
    clock.advance(1000);
    if (s % 600 === 599) await recorder.flush(false);
    if (s % 7200 === 7199) process.stdout.write(`  … generated ${(s / 3600 + 1 / 3600) | 0} h\n`);
  }
  await recorder.flush(true);
  await recorder.maintain();
  const genS = (performance.now() - t0) / 1000;
  console.log(
    `  generated ${fmt(seconds / 3600)} h × ${seriesCount} series (${fmt(recorder.rowsWritten)} per-second rows) in ${fmt(genS, 1)} s; file ${fmt(statSync(path).size / 1e6, 1)} MB`,
  );

  const time = async (label: string, fromMs: number, stepS: number, key?: string) => {
    const runs: number[] = [];
    let points = 0;
    let resolution = '';
    for (let i = 0; i < 5; i++) {
      const q0 = performance.now();
      const r = await queryHistory(
        store,
        { target: 'bench', split: false, key, fromMs, toMs: end, stepS },
        end,
        DEFAULT_RETENTION,
        await recorder.downsampledTo(),
      );
      runs.push(performance.now() - q0);
      points = r.series.reduce((n, s) => n + s.points.length, 0);
      resolution = r.resolution;
    }
    runs.sort((a, b) => a - b);
    return { label, ms: runs[2], points, resolution };
  };
  const baseline = await time('15 min, step 1 s, one series (baseline)', end - 15 * 60_000, 1, 'k0');
  // The queries run in slices: the longest time they held the event loop is what other requests and viewers feel.
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const results = [
    baseline,
    await time(`${seconds / 3600} h, step 300 s, all series`, end - seconds * 1000, 300),
    await time(`${seconds / 3600} h, step 30 s, all series (per-second rows)`, end - seconds * 1000, 30),
    await time(`${seconds / 3600} h, step 300 s, one series`, end - seconds * 1000, 300, 'k0'),
  ];
  loop.disable();
  console.log(`  longest event-loop stall during these queries: ${fmt(loop.max / 1e6, 1)} ms (p99 ${fmt(loop.percentile(99) / 1e6, 1)} ms); budget 50 ms`);
  const wide = results[1];
  summarize({
    bench: 'history',
    figure: `query: ${wide.label}`,
    value: `${fmt(wide.ms, 1)} ms`,
    ratio: `${fmt(wide.ms / baseline.ms, 1)}× a 15 min one-series query`,
  });
  for (const r of results) {
    console.log(
      `  ${r.label.padEnd(52)} ${fmt(r.ms, 1).padStart(8)} ms median of 5  ${String(r.points).padStart(6)} points (${r.resolution})  ${fmt(r.ms / baseline.ms, 1)}× baseline`,
    );
  }
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log('history bench' + (quick ? ' (quick)' : ''));
const n = quick ? 200_000 : 1_000_000;
const evs = events(n);
await ingestRate(true, evs.slice(0, 50_000), 5); // warm up both paths
await ingestRate(false, evs.slice(0, 50_000), 5);
const without = await ingestRate(false, evs, 20);
const withH = await ingestRate(true, evs, 20);
console.log(`  engine alone:          ${fmt(without.perS)} events/s (baseline)`);
console.log(
  `  engine + rollups:      ${fmt(withH.perS)} events/s (${fmt(withH.perS / without.perS, 2)}× baseline); per event +${fmt(1e9 / withH.perS - 1e9 / without.perS, 0)} ns`,
);
console.log(
  `  flush of one second:   ${fmt(withH.flushMs, 2)} ms for ${fmt(withH.rows / 20)} series rows (${fmt((withH.flushMs * 1000) / (withH.rows / 20), 1)} µs per row)`,
);
summarize({
  bench: 'history',
  figure: 'engine + per-second rollups, events/s',
  value: fmt(withH.perS),
  ratio: `${fmt(withH.perS / without.perS, 2)}× the engine alone`,
});
await rangeQueries();
