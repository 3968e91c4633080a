/**
 * A cardinality flood, as a careless producer makes one (a request id in a
 * key): distinct keys into one target, then distinct targets, over HTTP,
 * while a prober asks GET /health every 20 ms. Reports the prober's round
 * trips during the flood against the same prober on the idle server (the
 * baseline), the server's RSS, and what /metrics and /api/v1/targets cost
 * afterwards. The SPEC budget: nothing blocks the event loop for more than
 * 50 ms. The limits that bound this are settings with defaults; see
 * README "Limits".
 * Run: node --conditions=source --import tsx bench/flood.ts [--quick]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../scripts/lib/spawn-server.js';
import { rssMb, serverNodeFlags } from './lib/proc.js';
import { fmt, quantile, summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const BATCHES = quick ? 60 : 200;
const BATCH = 1000;
/** The first event number of the second phase: its first 999 targets are the ones created. */
const PHASE2_START = Math.ceil(BATCHES / 3) * BATCH;

// A real history file: its per-second flush of every new series is part of what must not stall the loop.
const dir = mkdtempSync(join(tmpdir(), 'ld-flood-'));
const server = await spawnServer(['--no-demo', '--history', join(dir, 'history.sqlite'), '--rate-limit-per-minute', '100000000'], {
  nodeFlags: serverNodeFlags(),
});

/** The server's own event-loop delay since the previous scrape (prom-client resets its histogram on each /metrics). */
async function loopDelay(): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^latency_dash_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  return { p99: read('p99'), max: read('max') };
}

async function probe(untilDone: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!untilDone()) {
    const t0 = performance.now();
    await (await fetch(`${server.url}/health`)).arrayBuffer();
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  return times.sort((a, b) => a - b);
}

async function timed(path: string): Promise<{ ms: number; bytes: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}${path}`);
  const bytes = (await res.arrayBuffer()).byteLength;
  return { ms: performance.now() - t0, bytes, status: res.status };
}

try {
  const rssBefore = rssMb(server.pid);
  let idleDone = false;
  const idleProbe = probe(() => idleDone);
  await new Promise((r) => setTimeout(r, quick ? 1000 : 3000));
  idleDone = true;
  const idle = await idleProbe;

  await loopDelay();
  let floodDone = false;
  const floodProbe = probe(() => floodDone);
  let accepted = 0;
  let refused = 0;
  const reasons = new Map<string, number>();
  const t0 = performance.now();
  for (let b = 0; b < BATCHES; b++) {
    // First third: new keys in one target (to the series-per-target limit); second third: new targets (to the target
    // limit); last third: new keys spread over those targets (to the limit of series in all).
    const phase = Math.floor((3 * b) / BATCHES);
    const events = Array.from({ length: BATCH }, (_, i) => {
      const n = b * BATCH + i;
      if (phase === 0) return { targetId: 'flooded', key: `req-${n}`, valueMs: 5 };
      if (phase === 1) return { targetId: `t-${n}`, key: 'api', valueMs: 5 };
      return { targetId: `t-${PHASE2_START + (n % 999)}`, key: `user-${n}`, valueMs: 5 };
    });
    const res = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    const body = (await res.json()) as { accepted?: number; rejected?: { code: string }[] };
    accepted += body.accepted ?? 0;
    for (const r of body.rejected ?? []) {
      refused++;
      reasons.set(r.code, (reasons.get(r.code) ?? 0) + 1);
    }
  }
  const floodS = (performance.now() - t0) / 1000;
  floodDone = true;
  const flood = await floodProbe;
  const loop = await loopDelay();
  const rssAfter = rssMb(server.pid);
  const health = (await (await fetch(`${server.url}/health`)).json()) as { series?: number; targets?: number };
  const metrics = await timed('/metrics');
  const targets = await timed('/api/v1/targets');
  const series = await timed('/api/v1/targets/flooded/series?split=true');
  const history = await timed(`/api/v1/history?target=flooded&split=true&from=${Date.now() - 60_000}`);
  const exported = await timed('/api/v1/export?target=flooded&split=true&format=csv');
  const afterLoop = await loopDelay();

  const p = (xs: number[], q: number) => quantile(xs, q);
  console.log(
    `flood: ${fmt(BATCHES * BATCH)} events in ${fmt(floodS, 1)} s, ${fmt(accepted)} accepted, ${fmt(refused)} refused (${[...reasons].map(([c, n]) => `${c} ${fmt(n)}`).join(', ') || 'none'})`,
  );
  console.log(
    `GET /health idle:   p50 ${fmt(p(idle, 0.5), 1)} ms, p99 ${fmt(p(idle, 0.99), 1)} ms, max ${fmt(idle.at(-1) ?? 0, 1)} ms (${idle.length} probes)`,
  );
  console.log(
    `GET /health flood:  p50 ${fmt(p(flood, 0.5), 1)} ms, p99 ${fmt(p(flood, 0.99), 1)} ms, max ${fmt(flood.at(-1) ?? 0, 1)} ms (${flood.length} probes); budget 50 ms`,
  );
  console.log(`server event-loop delay during the flood: p99 ${fmt(loop.p99, 1)} ms, max ${fmt(loop.max, 1)} ms; budget 50 ms`);
  console.log(`server RSS ${fmt(rssBefore)} → ${fmt(rssAfter)} MB`);
  console.log(`held after the flood: ${fmt(health.series ?? NaN)} series in ${fmt(health.targets ?? NaN)} targets`);
  console.log(
    `after: /metrics ${fmt(metrics.bytes / 1024)} KiB in ${fmt(metrics.ms, 1)} ms; /api/v1/targets ${fmt(targets.bytes / 1024)} KiB in ${fmt(targets.ms, 1)} ms; flooded target's split series ${fmt(series.bytes / 1024)} KiB in ${fmt(series.ms, 1)} ms`,
  );
  console.log(
    `       its last minute of history ${fmt(history.bytes / 1024)} KiB in ${fmt(history.ms, 1)} ms (${history.status}); its CSV export ${fmt(exported.bytes / 1024)} KiB in ${fmt(exported.ms, 1)} ms`,
  );
  console.log(`server event-loop delay during these reads: p99 ${fmt(afterLoop.p99, 1)} ms, max ${fmt(afterLoop.max, 1)} ms; budget 50 ms`);
  summarize({
    bench: 'flood',
    figure: 'server event-loop delay during a cardinality flood: p99, max',
    value: `p99 ${fmt(loop.p99, 1)} ms, max ${fmt(loop.max, 1)} ms (reads after: max ${fmt(afterLoop.max, 1)} ms)`,
    goal: 'no stall over 50 ms',
    met: loop.max <= 50 && afterLoop.max <= 50,
    ratio: `/health p99 ${(p(flood, 0.99) / p(idle, 0.99)).toFixed(1)}× idle (max ${fmt(flood.at(-1) ?? 0, 1)} ms); RSS ${fmt(rssBefore)} → ${fmt(rssAfter)} MB`,
  });
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
