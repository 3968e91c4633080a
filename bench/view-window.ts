/**
 * Windowed views (issue 12): what a tick costs the server when viewers watch
 * windows of a big target instead of all of it. In one process, on a manual
 * clock: a target of N series, a share of them changing before every tick;
 * one viewer (a sink that encodes and frames what it is sent, as a socket
 * would) per stream. Per tick, in ms:
 *  - whole stream: the target's StreamGroup (every changed series encoded), the same-run baseline;
 *  - windows: a ViewSource with D distinct (sort, filters), one 50-row window
 *    each: reading the changed series, re-sorting each ordering from last
 *    tick's order, cutting and encoding the windows;
 *  - a naive re-sort: the same rows sorted from scratch (shuffled) with the same comparator, once.
 * VW_SERIES, VW_SHARE (0-1) and VW_ORDERINGS pick one case.
 * Run: node --conditions=source --import tsx bench/view-window.ts [--quick]
 */
import { checkView, viewKey, type latency } from '@latency-dash/protocol';
import { rowComparator, type Row } from '@latency-dash/protocol/live';
import { ManualClock } from '../packages/server/src/clock.js';
import { FanoutHub } from '../packages/server/src/fanout/fanout-hub.js';
import type { FrameSink, OutFrame } from '../packages/server/src/fanout/frame.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import { fmt, median, summarize } from './lib/report.js';
import { prng } from '../packages/server/test/prng.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { SLICE_BUDGET_MS } from '../packages/server/src/slices.js';

const quick = process.argv.includes('--quick');
const TICKS = quick ? 20 : 60;
const TARGET = 'big';
const NO_TIMER_MS = 1_000_000;
const SORTS: latency.View.$Properties[] = [
  { sort: 'p90', descending: true },
  { sort: 'p99', descending: true },
  { sort: 'eventsPerSecond', descending: true },
  { sort: 'key' },
  { sort: 'count', descending: true },
  { sort: 'avg' },
  { sort: 'max', descending: true },
  { sort: 'p50', descending: true, keyFilter: 'svc-0*' },
];

/** Encodes and frames every frame it gets, as a socket's send would, and counts the bytes. */
class EncodingSink implements FrameSink {
  readonly json = false;
  readonly bufferedAmount = 0;
  bytes = 0;
  send(frame: OutFrame): void {
    this.bytes += frame.framedBytes().length;
  }
  closeSlow(): void {}
}

async function measure(series: number, changing: number, orderings: number): Promise<{ whole: number; windows: number; naive: number }> {
  const clock = new ManualClock();
  const engine = new MetricsEngine({ clock, windowSamples: 1000 });
  const rand = prng(series + orderings);
  const keys = Array.from({ length: series }, (_, i) => `svc-${String(i).padStart(5, '0')}`);
  const ingest = (n: number) => {
    clock.advance(100);
    for (let i = 0; i < n; i++) {
      const key = keys[n === series ? i : Math.floor(rand() * series)];
      engine.ingest({ targetId: TARGET, key, metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 200, valueMs: Math.round(rand() * 5000) / 10 });
    }
  };
  ingest(series);
  const limits = { maxBufferedBytes: 1 << 30, stallTimeoutMs: 1 << 30, fieldDeltas: true };
  const views = { maxViewRows: 500, maxViewsPerTarget: 256, maxPinnedSeries: 32, viewThresholdSeries: 1000 };
  const wholeHub = new FanoutHub(engine, limits, views);
  const viewHub = new FanoutHub(engine, limits, views);
  wholeHub.subscribe(new EncodingSink(), TARGET, false, NO_TIMER_MS);
  for (const v of SORTS.slice(0, orderings)) {
    const view = checkView({ ...v, offset: 0, limit: 50 }, { maxRows: 500, maxPinned: 32 });
    if (typeof view === 'string') throw new Error(view);
    viewHub.subscribeView(new EncodingSink(), TARGET, false, NO_TIMER_MS, view, viewKey(view));
  }
  // A new window of a large target is built over several turns of the loop: ticks are timed once all are built.
  while (viewHub.pendingViewCount() > 0) await nextTurn();
  const whole: number[] = [];
  const windows: number[] = [];
  for (let t = 0; t < TICKS; t++) {
    ingest(changing);
    let t0 = performance.now();
    wholeHub.flushAll();
    whole.push(performance.now() - t0);
    t0 = performance.now();
    viewHub.flushAll();
    windows.push(performance.now() - t0);
  }
  // The naive way: every ordering sorted from scratch each tick.
  const rows: Row[] = [];
  for (const s of engine.seriesOf(TARGET, false)) {
    const u = s.toUpdate(clock.nowMs(), false);
    rows.push({ seriesId: s.id, id: String(s.id), targetId: TARGET, key: s.key, metadataLabel: '', p90: u.p90Latency ?? 0 } as Row);
  }
  const naive: number[] = [];
  const cmp = rowComparator('p90', true);
  for (let t = 0; t < TICKS; t++) {
    const shuffled = rows.slice().sort(() => rand() - 0.5);
    const t0 = performance.now();
    for (let o = 0; o < orderings; o++) shuffled.slice().sort(cmp);
    naive.push(performance.now() - t0);
  }
  wholeHub.close();
  viewHub.close();
  return { whole: median(whole), windows: median(windows), naive: median(naive) };
}

console.log(
  `windowed views: ms per tick (median of ${TICKS}), one viewer per stream, 50-row windows; same-run baselines: the whole stream's tick, and sorting from scratch`,
);
for (const series of process.env.VW_SERIES ? [Number(process.env.VW_SERIES)] : [1000, 10000]) {
  for (const share of process.env.VW_SHARE ? [Number(process.env.VW_SHARE)] : [0.1, 1]) {
    for (const orderings of process.env.VW_ORDERINGS ? [Number(process.env.VW_ORDERINGS)] : [1, 8]) {
      const changing = Math.round(series * share);
      const r = await measure(series, changing, orderings);
      console.log(
        `  ${fmt(series).padStart(6)} series, ${fmt(changing).padStart(6)} changing, ${orderings} ordering${orderings === 1 ? ' ' : 's'}: windows ${fmt(r.windows, 2)} ms, whole stream ${fmt(r.whole, 2)} ms (${fmt(r.windows / r.whole, 2)}×), from-scratch sorts alone ${fmt(r.naive, 2)} ms`,
      );
      summarize({
        bench: 'view-window',
        figure: `${fmt(series)} series, ${fmt(changing)} changing, ${orderings} orderings: ms per tick`,
        value: `${fmt(r.windows, 2)} ms`,
        ratio: `${fmt(r.windows / r.whole, 2)}× the whole stream's tick (${fmt(r.whole, 2)} ms)`,
      });
    }
  }
}

/**
 * A new window of a target of `series` series: the source reads them all and
 * the ordering sorts them. In slices (the server's budget) against all in one
 * go (an unlimited budget), in the same run: the longest the event loop was
 * held (the most CPU time between two turns of the loop) and the time until
 * the window's snapshot.
 */
async function newWindow(series: number, budgetMs: number): Promise<{ heldMs: number; readyMs: number; turns: number }> {
  const clock = new ManualClock();
  // The windows' sample count does not change what a view costs: a short one keeps 100,000 series small.
  const engine = new MetricsEngine({ clock, windowSamples: 16 });
  const rand = prng(series);
  for (let i = 0; i < series; i++) {
    engine.ingest({
      targetId: TARGET,
      key: `svc-${String(i).padStart(6, '0')}`,
      metadata: {},
      timestampMs: clock.nowMs(),
      payloadBytes: 200,
      valueMs: Math.round(rand() * 5000) / 10,
    });
  }
  const hub = new FanoutHub(
    engine,
    { maxBufferedBytes: 1 << 30, stallTimeoutMs: 1 << 30, fieldDeltas: true },
    { maxViewRows: 500, maxViewsPerTarget: 256, maxPinnedSeries: 32, viewThresholdSeries: 1000 },
  );
  hub.viewBuildBudgetMs = budgetMs;
  const view = checkView({ sort: 'p90', descending: true, offset: 0, limit: 50 }, { maxRows: 500, maxPinned: 32 });
  if (typeof view === 'string') throw new Error(view);
  // On a busy shared machine a turn's wall time also counts other processes' turns: CPU time is what this one held.
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  let turns = 0;
  const t0 = performance.now();
  let c0 = cpuMs();
  hub.subscribeView(new EncodingSink(), TARGET, false, NO_TIMER_MS, view, viewKey(view));
  let heldMs = cpuMs() - c0;
  while (hub.pendingViewCount() > 0) {
    await nextTurn();
    turns++;
    const c = cpuMs();
    heldMs = Math.max(heldMs, c - c0);
    c0 = c;
  }
  const readyMs = performance.now() - t0;
  hub.close();
  return { heldMs, readyMs, turns };
}

console.log(`a new window (top 50 by p90): the longest turn of the event loop (CPU ms), sliced (${SLICE_BUDGET_MS} ms budget) against in one go (median of 3)`);
for (const series of quick ? [10_000, 100_000] : [10_000, 100_000, 200_000]) {
  const sliced: { heldMs: number; readyMs: number; turns: number }[] = [];
  const whole: { heldMs: number; readyMs: number; turns: number }[] = [];
  for (let r = 0; r < 3; r++) {
    sliced.push(await newWindow(series, SLICE_BUDGET_MS));
    whole.push(await newWindow(series, Number.POSITIVE_INFINITY));
  }
  const med = (xs: { heldMs: number; readyMs: number; turns: number }[], k: 'heldMs' | 'readyMs' | 'turns') => median(xs.map((x) => x[k]));
  console.log(
    `  ${fmt(series).padStart(7)} series: sliced: longest hold ${fmt(med(sliced, 'heldMs'), 1)} ms, window ready in ${fmt(med(sliced, 'readyMs'), 1)} ms over ${fmt(med(sliced, 'turns'))} turns; ` +
      `in one go: ${fmt(med(whole, 'heldMs'), 1)} ms held (${fmt(med(whole, 'readyMs'), 1)} ms to ready)`,
  );
  summarize({
    bench: 'view-window',
    figure: `new window over ${fmt(series)} series: longest event-loop hold`,
    value: `${fmt(med(sliced, 'heldMs'), 1)} ms`,
    ratio: `in one go ${fmt(med(whole, 'heldMs'), 1)} ms; ready in ${fmt(med(sliced, 'readyMs'), 1)} ms vs ${fmt(med(whole, 'readyMs'), 1)} ms`,
  });
}
