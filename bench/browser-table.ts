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
 * Run: node --conditions=source --import tsx bench/browser-table.ts [--quick] [--via-server]
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

interface Result {
  series: number;
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
async function feedReplay(series: number) {
  const server = await spawnServer(['--no-demo', '--history', 'off']);
  const feed = await startReplayFeed(series);
  return {
    url: server.url,
    path: `/?targets=bench&split=1&ws=${encodeURIComponent(feed.wsUrl)}`,
    stop: async () => {
      await feed.close();
      await server.stop();
    },
  };
}

async function run(browser: Browser, series: number): Promise<Result> {
  const feed = viaServer ? await feedServer(series) : await feedReplay(series);
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
  const profiling = profileFile !== undefined && series > 1000;
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
const baseline = await run(browser, 100);
const big = await run(browser, 10_000);
await browser.close();
const f = (n: number) => n.toFixed(1);
for (const r of [baseline, big]) {
  console.log(
    `  ${String(r.series).padStart(6)} series: long tasks ${r.longTasks} (${r.over50} over 50 ms, max ${f(r.longTaskMaxMs)} ms, ${f(r.longTaskTotalMs / SECONDS)} ms/s), ${f(r.framesPerSecond)} frames/s, heap ${f(r.heapStartMb)} → ${f(r.heapEndMb)} MB (max ${f(r.heapMaxMb)}), shown: ${r.rowsShown}`,
  );
}
const growth = big.heapEndMb - big.heapStartMb;
summarize({
  bench: 'browser',
  figure: 'long tasks over 50 ms (10,000 rows, 10 batches/s)',
  value: `${big.over50} in ${SECONDS} s (max ${f(big.longTaskMaxMs)} ms)`,
  goal: 'none',
  met: big.over50 === 0,
  ratio: `${f(big.longTaskTotalMs / Math.max(1, baseline.longTaskTotalMs))}× the long-task time of 100 rows`,
});
summarize({
  bench: 'browser',
  figure: 'live heap over the run (10,000 rows)',
  value: `${f(big.heapStartMb)} → ${f(big.heapEndMb)} MB`,
  goal: 'steady',
  met: growth < Math.max(2, big.heapStartMb * 0.1),
  ratio: `${f(big.heapEndMb / baseline.heapEndMb)}× 100 rows`,
});
summarize({
  bench: 'browser',
  figure: 'frames/s while updating (10,000 rows)',
  value: f(big.framesPerSecond),
  ratio: `${f(big.framesPerSecond / baseline.framesPerSecond)}× 100 rows`,
});
console.log(
  `  10,000 vs 100 series: long-task time ${f(big.longTaskTotalMs / Math.max(1, baseline.longTaskTotalMs))}×, heap ${f(big.heapEndMb / baseline.heapEndMb)}×, frames ${f(big.framesPerSecond / baseline.framesPerSecond)}×`,
);
