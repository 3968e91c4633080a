/**
 * Soak (issue 9): the demo, 200 WebSocket viewers and a producer posting
 * 5,000 events/s over HTTP, for an hour (`--quick`: 3 minutes;
 * SOAK_MINUTES overrides). Every minute it prints the server's RSS and
 * heap, its own event-loop delay over that minute (p99, max; prom-client
 * resets the histogram at each /metrics scrape), events acknowledged and
 * frames the viewers received. At the end: RSS and heap slopes over the
 * second half of the run (MiB/min, least squares), so growth that levels
 * off is told from a leak, and the worst minute's loop delay against the
 * 50 ms budget. The first 30 s under load (SOAK_WARM_UP_S), while the hot
 * paths compile and the heap grows, are reported on a line of their own.
 * Not part of the default `npm run bench`: ask for it by name.
 * `--profile-gaps`: the server runs under --cpu-prof with a preload that
 * records every event-loop gap over 30 ms; the end of the run lists what
 * the profile sampled inside the longest gaps (gap-profile.ts).
 * The server is the built bundle, as `npm start` runs it: `npm run build`
 * first (SOAK_FROM_SOURCE=1 runs the sources through tsx instead).
 * SOAK_SERVER_LOG=path keeps the server's whole output (its log lines) there.
 * Run: node --conditions=source --import tsx bench/soak.ts [--quick] [--profile-gaps]
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeClientMessage } from '@latency-dash/protocol';
import WebSocket from 'ws';
import { BUILT_CLI, outputLines, spawnServer } from '../scripts/lib/spawn-server.js';
import { formatGapCauses, gapCauses } from './lib/gap-profile.js';
import { serverNodeFlags } from './lib/proc.js';
import { fmt, sleep, summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const MINUTES = Number(process.env.SOAK_MINUTES ?? (quick ? 3 : 60));
const VIEWERS = 200;
const EVENTS_PER_S = 5000;
const TICK_MS = 100;
const KEYS = 200;
const WARM_UP_S = Number(process.env.SOAK_WARM_UP_S ?? 30);

const dir = mkdtempSync(join(tmpdir(), 'ld-soak-'));
const nodeFlags = serverNodeFlags();
const profileDir = process.argv.includes('--profile-gaps') ? mkdtempSync(join(tmpdir(), 'ld-soak-prof-')) : undefined;
if (profileDir !== undefined) {
  nodeFlags.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', fileURLToPath(new URL('./lib/loop-gaps-preload.mjs', import.meta.url)));
  process.env.LOOP_GAPS_OUT = join(profileDir, 'gaps.json');
}
// The built bundle, as `npm start` runs it (SOAK_FROM_SOURCE=1: the sources through tsx, whose loader and kept
// sources add ~15 MiB to the heap each collection walks).
const fromSource = process.env.SOAK_FROM_SOURCE === '1';
/** Where to keep the server's whole output (its JSON log lines, and any diagnostics) when the soak ends. */
const serverLog = process.env.SOAK_SERVER_LOG;
if (!fromSource) warnIfStale();
const server = await spawnServer(['--history', join(dir, 'history.sqlite'), '--rate-limit-per-minute', '100000000'], {
  built: !fromSource,
  nodeFlags,
  // Diagnostics (e.g. --trace-gc) or the whole log (SOAK_SERVER_LOG) for a whole hour.
  maxOutputChars: nodeFlags.length > 0 || serverLog !== undefined ? 256 * 2 ** 20 : undefined,
});

/** The bundle is what runs: say so when a source file is newer than it. */
function warnIfStale(): void {
  if (!existsSync(BUILT_CLI)) {
    console.error(`soak: ${BUILT_CLI} is missing: run npm run build first (or SOAK_FROM_SOURCE=1 to run the sources through tsx)`);
    process.exit(2);
  }
  const built = statSync(BUILT_CLI).mtimeMs;
  const src = fileURLToPath(new URL('../packages/server/src', import.meta.url));
  const newer = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && statSync(join(src, f)).mtimeMs > built);
  if (newer.length > 0)
    console.log(`soak: WARNING: ${newer.length} server source file(s) are newer than the bundle (${newer[0]}, …): run npm run build for a soak of this code`);
}

interface Sample {
  minute: number;
  rssMiB: number;
  heapMiB: number;
  loopP99: number;
  loopMax: number;
  acked: number;
  frames: number;
}

/** Synchronous disk calls of 20 ms or more since start, by operation (latency_dash_sync_disk_seconds). */
function slowDiskCalls(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const le20 = new Map<string, number>();
  for (const m of text.matchAll(/^latency_dash_sync_disk_seconds_(bucket|count)\{([^}]*)\} (\S+)$/gm)) {
    const labels = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (m[1] === 'count') out.set(labels.op, Number(m[3]));
    else if (labels.le === '0.02') le20.set(labels.op, Number(m[3]));
  }
  for (const [op, n] of out) out.set(op, n - (le20.get(op) ?? 0));
  return out;
}

async function scrape(): Promise<{ rssMiB: number; heapMiB: number; loopP99: number; loopMax: number; slowDisk: Map<string, number> }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^latency_dash_${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    slowDisk: slowDiskCalls(text),
    rssMiB: read('process_resident_memory_bytes') / 2 ** 20,
    heapMiB: read('nodejs_heap_size_used_bytes') / 2 ** 20,
    loopP99: read('nodejs_eventloop_lag_p99_seconds') * 1000,
    loopMax: read('nodejs_eventloop_lag_max_seconds') * 1000,
  };
}

/** Least-squares slope of y over x. */
function slope(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const sockets: WebSocket[] = [];
let frames = 0;
let acked = 0;
let stop = false;
try {
  // Viewers: the demo's targets and the producer's, combined and split, as dashboards would watch them.
  const streams = ['prod-us-east', 'prod-eu-west', 'staging', 'soak'];
  for (let i = 0; i < VIEWERS; i++) {
    const ws = new WebSocket(server.wsUrl);
    ws.on('message', () => frames++);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.send(encodeClientMessage({ subscription: { action: 0, targetId: streams[i % streams.length], splitByMetadata: i % 2 === 1, intervalMs: 100 } }));
    sockets.push(ws);
  }

  const perTick = (EVENTS_PER_S * TICK_MS) / 1000;
  let n = 0;
  const produce = async () => {
    let next = performance.now();
    while (!stop) {
      const events = Array.from({ length: perTick }, () => {
        n++;
        return { targetId: 'soak', key: `k${n % KEYS}`, metadata: { region: n % 3 === 0 ? 'eu' : 'us' }, valueMs: 1 + ((n * 7919) % 500) };
      });
      const res = await fetch(`${server.url}/api/v1/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      acked += ((await res.json()) as { accepted?: number }).accepted ?? 0;
      next += TICK_MS;
      await sleep(Math.max(0, next - performance.now()));
    }
  };
  const producing = produce();

  await scrape(); // resets the loop-delay histogram
  console.log(`soak: ${VIEWERS} viewers, ${fmt(EVENTS_PER_S)} events/s over HTTP plus the demo, ${MINUTES} min after a ${WARM_UP_S} s warm-up`);
  // The first seconds under load compile the hot paths and grow the heap: reported on their own line, not as minute 1.
  await sleep(WARM_UP_S * 1000);
  const warm = await scrape();
  console.log(
    `  warm-up (${WARM_UP_S} s, not counted): RSS ${fmt(warm.rssMiB, 1)} MiB, heap ${fmt(warm.heapMiB, 1)} MiB, loop p99 ${fmt(warm.loopP99, 1)} ms, max ${fmt(warm.loopMax, 1)} ms`,
  );
  const samples: Sample[] = [];
  console.log('  min   RSS MiB   heap MiB   loop p99   loop max   events acked   frames received   disk calls ≥ 20 ms on the loop');
  let slowBefore = new Map<string, number>();
  for (let minute = 1; minute <= MINUTES; minute++) {
    await sleep(60_000);
    const s = { minute, ...(await scrape()), acked, frames };
    samples.push(s);
    const slow = [...s.slowDisk].filter(([op, n]) => n > (slowBefore.get(op) ?? 0)).map(([op, n]) => `${op} ${n - (slowBefore.get(op) ?? 0)}`);
    slowBefore = s.slowDisk;
    console.log(
      `  ${String(minute).padStart(3)}  ${fmt(s.rssMiB, 1).padStart(8)}  ${fmt(s.heapMiB, 1).padStart(9)}  ${fmt(s.loopP99, 1).padStart(6)} ms  ${fmt(s.loopMax, 1).padStart(6)} ms  ${fmt(s.acked).padStart(13)}  ${fmt(s.frames).padStart(16)}   ${slow.join(', ') || '-'}`,
    );
  }
  stop = true;
  await producing;

  const late = samples.slice(Math.max(0, Math.min(Math.floor(samples.length / 2), samples.length - 2)));
  const rssSlope = slope(
    late.map((s) => s.minute),
    late.map((s) => s.rssMiB),
  );
  const heapSlope = slope(
    late.map((s) => s.minute),
    late.map((s) => s.heapMiB),
  );
  const worst = Math.max(...samples.map((s) => s.loopMax));
  console.log(`  second half: RSS ${rssSlope >= 0 ? '+' : ''}${fmt(rssSlope, 2)} MiB/min, heap ${heapSlope >= 0 ? '+' : ''}${fmt(heapSlope, 2)} MiB/min`);
  summarize({
    bench: 'soak',
    figure: `${MINUTES} min soak: worst minute's event-loop max; RSS slope over the second half`,
    value: `${fmt(worst, 1)} ms; RSS ${fmt(rssSlope, 2)} MiB/min`,
    goal: 'loop max ≤ 50 ms, flat RSS',
    met: worst <= 50,
    ratio: `RSS ${fmt(samples[0].rssMiB)} → ${fmt(samples.at(-1)!.rssMiB)} MiB, heap ${fmt(samples[0].heapMiB)} → ${fmt(samples.at(-1)!.heapMiB)} MiB`,
  });
} finally {
  stop = true;
  for (const ws of sockets) ws.terminate();
  await server.stop();
  if (serverLog !== undefined) {
    writeFileSync(serverLog, server.output());
    console.log(`server output kept in ${serverLog}`);
  }
  const slowLines = outputLines(server, 'a disk call held the event loop');
  if (slowLines.length > 0) console.log(`server warnings about slow disk calls:\n${slowLines.join('\n')}`);
  if (process.env.BENCH_SERVER_NODE_FLAGS)
    console.log(
      `server output (diagnostics):\n${server
        .output()
        .split('\n')
        .filter((l) => !l.startsWith('{'))
        .join('\n')}`,
    );
  rmSync(dir, { recursive: true, force: true });
  if (profileDir !== undefined) {
    const profile = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (profile === undefined) console.log(`no CPU profile was written in ${profileDir}`);
    else {
      const causes = gapCauses(join(profileDir, profile), join(profileDir, 'gaps.json'));
      console.log(`event-loop gaps over 30 ms: ${causes.length}; the longest, with what the profile sampled inside (files kept in ${profileDir}):`);
      for (const line of formatGapCauses(causes)) console.log(line);
    }
  }
}
