/**
 * The dashboard under load in headless Chromium (SPEC: 10,000 rows and 10
 * batches per second with no long task over 50 ms and a steady heap).
 * Prints long tasks, heap, frames per second and the rows shown, against a
 * 100-series baseline run the same way.
 *
 * Default: the real server serves the page, and a replay feed speaking the
 * real protocol (browser-replay-feed.ts) sends a batch of N changed series
 * every 100 ms, so the figures are the page's own. `--via-server`: N series
 * of events go into the real server (WebSocket ingest, 100,000 events/s at
 * 10,000 series) and the page watches it: end to end, but the server and the
 * producer then share the two cores with Chromium.
 *
 * Cases (SPEC, browser targets): 10,000 series browsed through server-side
 * windows (the page subscribes with a View and gets only the rows in view;
 * goal: no long task over 50 ms), 2,000 series on the full stream (goal: none
 * over 100 ms), and 100 series on the full stream as the baseline.
 * `--full-10k` adds 10,000 series on the full stream (the old case: the page
 * sorting all of them itself). `--runs N` repeats every case N times.
 * `--why`: what the long tasks are. A Chromium trace of each measured window
 * splits every task over 50 ms into script, GC, style, layout, paint and the
 * rest, sets its wall time against the main thread's CPU time (the gap is
 * time spent waiting for a core the machine's other processes held), and
 * names its script entry points; the Long Animation Frames API adds the
 * page's own view (frames over 50 ms: script by source function, forced
 * layout, rendering). Tracing costs CPU itself, so compare causes under
 * --why, and counts without it.
 * `--web-dirs a,b`: compares builds of the dashboard (directories as
 * --web-dir takes), taking turns case by case in every run, and prints each
 * build's ranges. Every result line also gives the page's CPU time (main
 * thread, whole renderer), which the machine's load does not stretch as it
 * stretches long tasks.
 * Run: node --conditions=source --import tsx bench/browser-table.ts [--quick] [--via-server] [--runs 3] [--full-10k] [--why] [--web-dirs a,b]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { encodeClientMessage } from '@latency-dash/protocol';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { launchChromium } from '../e2e/browser.js';
import { spawnServer } from '../scripts/lib/spawn-server.js';
import { startReplayFeed } from './browser-replay-feed.js';
import { LOAF_INIT_SCRIPT, describeFrames, type LongFrame } from './lib/long-frames.js';
import { attributeTrace, describeAttribution, TRACE_CATEGORIES } from './lib/long-task-causes.js';
import { summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 15 : 60;
const viaServer = process.argv.includes('--via-server');
const WARMUP_S = quick ? 5 : 10;
/** `--profile <file>`: a CPU profile of the page over the 10,000-series runs (Chrome DevTools format); BENCH_PROFILE_ALL=1: every case's, as <file>-<series>.cpuprofile. */
const profileAt = process.argv.indexOf('--profile');
const profileFile = profileAt > 0 ? process.argv[profileAt + 1] : undefined;

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 1;
const why = process.argv.includes('--why');
/** `--web-dirs a,b`: builds of the dashboard to compare (each served by its own server, taking turns); default packages/web/dist. */
const dirsAt = process.argv.indexOf('--web-dirs');
const webDirs = dirsAt > 0 ? process.argv[dirsAt + 1].split(',') : [''];

interface Case {
  series: number;
  /** Through server-side windows (a View) rather than the whole stream. */
  windowed: boolean;
}

interface Result {
  series: number;
  windowed: boolean;
  over100: number;
  longTasks: number;
  longTaskMaxMs: number;
  longTaskTotalMs: number;
  over50: number;
  /** Live heap (after a forced GC) when measuring starts and when it ends. */
  heapStartMb: number;
  heapEndMb: number;
  /** Largest heap seen between the two (garbage included). */
  heapMaxMb: number;
  rowsShown: string;
  framesPerSecond: number;
  /**
   * The page's own cost, which the machine's load does not stretch: CPU time
   * of its main thread and of its whole renderer process (workers, compositor
   * and raster included), ms per second of the window.
   */
  mainCpuMsPerS: number;
  rendererCpuMsPerS: number;
  /** Which build of the dashboard (--web-dirs), '' for packages/web/dist. */
  build: string;
  /** --why: what the long tasks were made of, as lines to print. */
  causes: string[];
}

/** N series changing every 100 ms, into the real server as events. */
async function feedServer(series: number) {
  const server = await spawnServer(['--no-demo', '--history', 'off', '--ws-messages-per-second', '100']);
  const producer = new WebSocket(server.wsUrl);
  await new Promise((r) => producer.once('open', r));
  const keys = Array.from({ length: series }, (_, i) => `svc-${String(i).padStart(5, '0')}`);
  let tick = 0;
  const send = () => {
    tick++;
    // Split into frames of up to 5,000 events (the server's batch limit is 10,000).
    for (let start = 0; start < series; start += 5000) {
      const events = keys.slice(start, start + 5000).map((key, i) => ({ targetId: 'bench', key, valueMs: 5 + ((i * 37 + tick * 13) % 500), payloadSize: 200 }));
      producer.send(encodeClientMessage({ events: { batchId: tick, events } }));
    }
  };
  send();
  const pump = setInterval(send, 100);
  return {
    url: server.url,
    path: '/?targets=bench',
    stop: async () => {
      clearInterval(pump);
      producer.close();
      await server.stop();
    },
  };
}

/** The real server for the page and its HTTP API; a replay feed for the WebSocket. */
async function feedReplay(series: number, windowed: boolean, webDir: string) {
  const server = await spawnServer(['--no-demo', '--history', 'off', ...(webDir ? ['--web-dir', webDir] : [])]);
  const feed = await startReplayFeed(series, 10, windowed);
  return {
    url: server.url,
    path: `/?targets=bench&split=1&ws=${encodeURIComponent(feed.wsUrl)}`,
    stop: async () => {
      await feed.close();
      await server.stop();
    },
  };
}

async function run(browser: Browser, { series, windowed }: Case, webDir: string): Promise<Result> {
  // Through the real server, a target above its view threshold is windowed anyway.
  const feed = viaServer ? await feedServer(series) : await feedReplay(series, windowed, webDir);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // A string, not a function: tsx compiles functions with a `__name` helper that the page does not have.
  await page.addInitScript({
    content: `
      window.__long = [];
      window.__frames = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
      const frame = () => { window.__frames++; requestAnimationFrame(frame); };
      // Animation frames asked for before the document exists never come.
      addEventListener('DOMContentLoaded', () => requestAnimationFrame(frame));
      ${why ? LOAF_INIT_SCRIPT : ''}
    `,
  });
  await page.goto(`${feed.url}${feed.path}`);
  // A loaded machine (other work on the two cores) can take a while to decode and draw the first snapshot.
  await page.getByText(`${series.toLocaleString('en-US')} of ${series.toLocaleString('en-US')} series`).waitFor({ timeout: 180_000 });
  // Warm up (JIT, the charts' per-series history rings filling), then measure.
  await page.waitForTimeout(WARMUP_S * 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async (name: string) => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === name)?.value ?? 0;
  };
  const heap = async () => (await metric('JSHeapUsedSize')) / 1e6;
  // Seconds of CPU: the page's main thread, and its renderer process.
  const cpu = async () => ({ main: await metric('ThreadTime'), renderer: await metric('ProcessTime') });
  // A forced collection first, so start and end compare what is live, not garbage awaiting a GC.
  const liveHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return heap();
  };
  // The forced collections that measure the live heap are tasks of the bench's own: kept out of the window measured.
  const heapStart = await liveHeap();
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number };
    w.__long = [];
    w.__frames = 0;
    (window as unknown as { __loaf?: unknown[] }).__loaf = [];
  });
  if (why) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const profiling = profileFile !== undefined && (series >= 10_000 || process.env.BENCH_PROFILE_ALL === '1');
  const profileOut = process.env.BENCH_PROFILE_ALL === '1' ? `${profileFile}-${series}${windowed ? 'w' : ''}.cpuprofile` : profileFile!;
  if (profiling && process.env.BENCH_TRACE && !why)
    await browser.startTracing(page, { path: process.env.BENCH_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const cpuStart = await cpu();
  const startedAt = Date.now();
  let heapMax = heapStart;
  for (let s = 0; s < SECONDS; s += 5) {
    await page.waitForTimeout(5000);
    heapMax = Math.max(heapMax, await heap());
    // Scroll like a person would, so virtualization is exercised.
    await page.mouse.move(700, 780);
    await page.mouse.wheel(0, 1500);
    process.stdout.write(`  … ${series} series: ${s + 5}/${SECONDS} s\n`);
  }
  const { long, frames } = await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __frames: number };
    return { long: w.__long, frames: w.__frames };
  });
  const elapsedS = (Date.now() - startedAt) / 1000;
  const cpuEnd = await cpu();
  const causes: string[] = [];
  if (why) {
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as Parameters<typeof attributeTrace>[0];
    causes.push(...describeAttribution(attributeTrace(trace, feed.url), elapsedS));
    const loaf = await page.evaluate(() => (window as unknown as { __loaf: unknown[] }).__loaf);
    causes.push(...describeFrames(loaf as LongFrame[]));
  }
  const heapEnd = await liveHeap();
  if (profiling) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(profileOut, JSON.stringify(profile));
    if (process.env.BENCH_TRACE && !why) await browser.stopTracing();
    console.log(`  CPU profile of the page: ${profileOut}`);
  }
  const rowsShown = (await page.locator('[data-testid=row-count]').textContent()) ?? '';
  await page.close();
  await feed.stop();
  return {
    series,
    windowed,
    over100: long.filter((d) => d > 100).length,
    longTasks: long.length,
    longTaskMaxMs: long.length ? Math.max(...long) : 0,
    longTaskTotalMs: long.reduce((a, b) => a + b, 0),
    over50: long.filter((d) => d > 50).length,
    heapStartMb: heapStart,
    heapEndMb: heapEnd,
    heapMaxMb: heapMax,
    rowsShown,
    framesPerSecond: frames / elapsedS,
    mainCpuMsPerS: ((cpuEnd.main - cpuStart.main) * 1000) / elapsedS,
    rendererCpuMsPerS: ((cpuEnd.renderer - cpuStart.renderer) * 1000) / elapsedS,
    build: webDir,
    causes,
  };
}

const browser = await launchChromium(['--enable-precise-memory-info']);
console.log(
  `browser table bench: ${SECONDS} s per run, 10 batches/s, ${viaServer ? 'events through the real server' : 'replayed protocol batches (the page alone)'}`,
);
const cases: Case[] = [
  { series: 100, windowed: false },
  { series: 2000, windowed: false },
  { series: 10_000, windowed: true },
  ...(process.argv.includes('--full-10k') ? [{ series: 10_000, windowed: false }] : []),
];
const results: Result[][] = cases.map(() => []);
const f = (n: number) => n.toFixed(1);
const name = (r: Result) => `${String(r.series).padStart(6)} series ${r.windowed ? 'windowed   ' : 'full stream'}${r.build ? ` [${r.build}]` : ''}`;
const line = (r: Result) =>
  `  ${name(r)}: long tasks ${r.longTasks} (${r.over50} over 50 ms, ${r.over100} over 100 ms, max ${f(r.longTaskMaxMs)} ms, ${f(r.longTaskTotalMs / SECONDS)} ms/s), main thread CPU ${f(r.mainCpuMsPerS)} ms/s, renderer CPU ${f(r.rendererCpuMsPerS)} ms/s, ${f(r.framesPerSecond)} frames/s, heap ${f(r.heapStartMb)} → ${f(r.heapEndMb)} MB (max ${f(r.heapMaxMb)}), shown: ${r.rowsShown}`;
// Each result as it comes (a later case that fails on a busy machine loses none), with the load it ran under.
// Several builds (--web-dirs) take turns within each run, so each pair meets the machine in the same state.
for (let i = 0; i < RUNS; i++)
  for (const [j, c] of cases.entries())
    for (const dir of webDirs) {
      const r = await run(browser, c, dir);
      results[j].push(r);
      console.log(`${line(r)}; load ${loadavg()[0].toFixed(1)}`);
      for (const l of r.causes) console.log(`      ${l}`);
    }
await browser.close();
if (webDirs.length > 1) {
  // A comparison: each build's range over the runs, case by case; the summary table's figures are for one build.
  const range = (xs: number[]) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
  for (const [j, c] of cases.entries())
    for (const dir of webDirs) {
      const rs = results[j].filter((r) => r.build === dir);
      console.log(
        `  ${String(c.series).padStart(6)} ${c.windowed ? 'windowed' : 'full    '} [${dir}]: over 50 ms ${range(rs.map((r) => r.over50))}, over 100 ms ${range(rs.map((r) => r.over100))}, max ${range(rs.map((r) => r.longTaskMaxMs))} ms, main CPU ${range(rs.map((r) => r.mainCpuMsPerS))} ms/s, renderer CPU ${range(rs.map((r) => r.rendererCpuMsPerS))} ms/s, frames/s ${range(rs.map((r) => r.framesPerSecond))}`,
      );
    }
  process.exit(0);
}
const worst = (rs: Result[]) => rs.reduce((a, b) => (b.longTaskMaxMs > a.longTaskMaxMs ? b : a));
const sum = (rs: Result[], k: 'over50' | 'over100') => rs.reduce((n, r) => n + r[k], 0);
const [baseline, full2k, win10k] = results;
const baseTotal = Math.max(
  1,
  baseline.reduce((n, r) => n + r.longTaskTotalMs, 0),
);
summarize({
  bench: 'browser',
  figure: `long tasks over 50 ms (10,000 series windowed, 10 batches/s, ${RUNS} run(s))`,
  value: `${sum(win10k, 'over50')} in ${RUNS}×${SECONDS} s (max ${f(worst(win10k).longTaskMaxMs)} ms)`,
  goal: 'none',
  met: sum(win10k, 'over50') === 0,
  ratio: `${f(win10k.reduce((n, r) => n + r.longTaskTotalMs, 0) / baseTotal)}× the long-task time of 100 series`,
});
summarize({
  bench: 'browser',
  figure: `long tasks over 100 ms (2,000 series full stream, ${RUNS} run(s))`,
  value: `${sum(full2k, 'over100')} in ${RUNS}×${SECONDS} s (max ${f(worst(full2k).longTaskMaxMs)} ms)`,
  goal: 'none',
  met: sum(full2k, 'over100') === 0,
  ratio: `${f(full2k.reduce((n, r) => n + r.longTaskTotalMs, 0) / baseTotal)}× the long-task time of 100 series`,
});
const big = win10k[win10k.length - 1];
const growth = big.heapEndMb - big.heapStartMb;
summarize({
  bench: 'browser',
  figure: 'live heap over the run (10,000 series windowed)',
  value: `${f(big.heapStartMb)} → ${f(big.heapEndMb)} MB`,
  goal: 'steady',
  met: growth < Math.max(2, big.heapStartMb * 0.1),
  ratio: `${f(big.heapEndMb / baseline[baseline.length - 1].heapEndMb)}× 100 series`,
});
const fps = (rs: Result[]) => rs.reduce((n, r) => n + r.framesPerSecond, 0) / rs.length;
summarize({
  bench: 'browser',
  figure: 'frames/s while updating (10,000 series windowed; 2,000 full stream)',
  value: `${f(fps(win10k))}; ${f(fps(full2k))}`,
  ratio: `${f(fps(win10k) / fps(baseline))}×, ${f(fps(full2k) / fps(baseline))}× 100 series`,
});
