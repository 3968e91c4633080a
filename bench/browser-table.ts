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
 * Run: node --conditions=source --import tsx bench/browser-table.ts [--quick] [--via-server] [--runs 3] [--full-10k]
 */
import { writeFileSync } from 'node:fs';
import { encodeClientMessage } from '@latency-dash/protocol';
import type { Browser } from 'playwright-core';
import WebSocket from 'ws';
import { launchChromium } from '../e2e/browser.js';
import { spawnServer } from '../scripts/lib/spawn-server.js';
import { startReplayFeed } from './browser-replay-feed.js';
import { summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 15 : 60;
const viaServer = process.argv.includes('--via-server');
const WARMUP_S = quick ? 5 : 10;
/** `--profile <file>`: a CPU profile of the page over the 10,000-series run (Chrome DevTools format). */
const profileAt = process.argv.indexOf('--profile');
const profileFile = profileAt > 0 ? process.argv[profileAt + 1] : undefined;

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 1) : 1;

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
async function feedReplay(series: number, windowed: boolean) {
  const server = await spawnServer(['--no-demo', '--history', 'off']);
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

async function run(browser: Browser, { series, windowed }: Case): Promise<Result> {
  // Through the real server, a target above its view threshold is windowed anyway.
  const feed = viaServer ? await feedServer(series) : await feedReplay(series, windowed);
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
    `,
  });
  await page.goto(`${feed.url}${feed.path}`);
  await page.getByText(`${series.toLocaleString('en-US')} of ${series.toLocaleString('en-US')} series`).waitFor({ timeout: 60_000 });
  // Warm up (JIT, the charts' per-series history rings filling), then measure.
  await page.waitForTimeout(WARMUP_S * 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
  };
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
  });
  const profiling = profileFile !== undefined && series >= 10_000;
  if (profiling && process.env.BENCH_TRACE)
    await browser.startTracing(page, { path: process.env.BENCH_TRACE, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
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
  const heapEnd = await liveHeap();
  if (profiling) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
    writeFileSync(profileFile, JSON.stringify(profile));
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    console.log(`  CPU profile of the page: ${profileFile}`);
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
for (let i = 0; i < RUNS; i++) for (const [j, c] of cases.entries()) results[j].push(await run(browser, c));
await browser.close();
const f = (n: number) => n.toFixed(1);
const name = (r: Result) => `${String(r.series).padStart(6)} series ${r.windowed ? 'windowed   ' : 'full stream'}`;
for (const rs of results)
  for (const r of rs)
    console.log(
      `  ${name(r)}: long tasks ${r.longTasks} (${r.over50} over 50 ms, ${r.over100} over 100 ms, max ${f(r.longTaskMaxMs)} ms, ${f(r.longTaskTotalMs / SECONDS)} ms/s), ${f(r.framesPerSecond)} frames/s, heap ${f(r.heapStartMb)} → ${f(r.heapEndMb)} MB (max ${f(r.heapMaxMb)}), shown: ${r.rowsShown}`,
    );
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
