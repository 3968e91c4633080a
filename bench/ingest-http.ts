/**
 * HTTP ingest (SPEC F1.2): events per second through POST /api/v1/events in
 * batches of 1000, as JSON and as protobuf EventBatch, against the real
 * server in a child process, from a few concurrent keep-alive clients in
 * this process. Baselines in the same run, same clients, same server:
 * GET /health and an empty batch, so the ratio isolates the cost of the
 * events themselves. Also the server's own CPU (from /proc), so events per
 * server-core-second can be read apart from the load generator's share of
 * the 2 cores. SPEC goal: ≥ 300,000 events/s over HTTP.
 * Run: node --conditions=source --import tsx bench/ingest-http.ts [--quick]
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeEventBatch, type WireEvent } from '@latency-dash/protocol';
import { CpuMeter, rssMb, serverNodeFlags } from './lib/proc.js';
import { fmt, sleep, summarize } from './lib/report.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 6;
const CLIENTS = Number(process.env.INGEST_CLIENTS ?? 4);
const BATCH = 1000;

function batchEvents(seed: number): WireEvent[] {
  const tiers = ['free', 'premium', 'enterprise'];
  const regions = ['us-east', 'us-west', 'eu-west'];
  const out: WireEvent[] = [];
  for (let i = 0; i < BATCH; i++) {
    const n = i + seed;
    const e: WireEvent = {
      targetId: `target-${n % 4}`,
      key: `svc-${Math.floor(n / 4) % 10}`,
      metadata: { tier: tiers[Math.floor(n / 40) % 3], region: regions[Math.floor(n / 120) % 3] },
      payloadSize: 100 + ((n * 37) % 4900),
    };
    // Half measured values; half interval samples (server_timestamp = arrival).
    if (i % 2 === 0) e.valueMs = 1 + ((n * 7919) % 50_000) / 100;
    out.push(e);
  }
  return out;
}

interface Phase {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  contentType?: string;
  body?: Buffer;
  events: number;
}

interface PhaseResult {
  name: string;
  reqPerS: number;
  eventsPerS: number;
  serverCores: number;
  clientCores: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

async function runPhase(server: ServerProcess, phase: Phase, seconds: number): Promise<PhaseResult> {
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let done = 0;
  let errors = 0;
  let measuring = false;
  let running = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: phase.method,
          path: phase.path,
          headers: phase.body ? { 'content-type': phase.contentType!, 'content-length': phase.body.length } : {},
        },
        (res) => {
          const status = res.statusCode ?? 0;
          res.on('data', () => {});
          res.on('end', () => {
            if (measuring) {
              if (status === 200) {
                done++;
                latencies.push(performance.now() - t0);
              } else errors++;
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        if (measuring) errors++;
        resolve();
      });
      req.end(phase.body);
    });
  const loops = Array.from({ length: CLIENTS }, async () => {
    while (running) await one();
  });
  await sleep(quick ? 500 : 1000); // warm-up: JIT, connections
  measuring = true;
  const server0 = new CpuMeter(server.pid);
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  await sleep(seconds * 1000);
  measuring = false;
  const wallS = (performance.now() - t0) / 1000;
  const serverCores = server0.read().cores;
  const c = process.cpuUsage(client0);
  running = false;
  await Promise.all(loops);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? Number.NaN;
  return {
    name: phase.name,
    reqPerS: done / wallS,
    eventsPerS: (done * phase.events) / wallS,
    serverCores,
    clientCores: (c.user + c.system) / 1e6 / wallS,
    p50Ms: q(0.5),
    p99Ms: q(0.99),
    errors,
  };
}

function print(r: PhaseResult, base: PhaseResult | undefined): void {
  const ev = r.eventsPerS > 0 ? `${fmt(r.eventsPerS).padStart(9)} events/s (${fmt(r.eventsPerS / r.serverCores).padStart(9)} per server core)` : ' '.repeat(46);
  const ratio = base && base !== r ? `; ${fmt(r.reqPerS / base.reqPerS, 3)}× the empty batch's requests/s` : '';
  console.log(
    `    ${r.name.padEnd(26)} ${fmt(r.reqPerS).padStart(7)} req/s ${ev}  latency p50 ${fmt(r.p50Ms, 1)} ms p99 ${fmt(r.p99Ms, 1)} ms  ` +
      `server ${fmt(r.serverCores * 100)}% client ${fmt(r.clientCores * 100)}% of a core${r.errors ? `  ${r.errors} errors` : ''}${ratio}`,
  );
}

const jsonEvents = batchEvents(0);
const jsonBody = Buffer.from(JSON.stringify({ events: jsonEvents }));
const protoBody = Buffer.from(encodeEventBatch({ batchId: 1, events: jsonEvents }));
const phases: Phase[] = [
  { name: 'GET /health (baseline)', method: 'GET', path: '/health', events: 0 },
  {
    name: 'POST empty batch (baseline)',
    method: 'POST',
    path: '/api/v1/events',
    contentType: 'application/json',
    body: Buffer.from('{"events":[]}'),
    events: 0,
  },
  { name: `JSON, ${BATCH} events/batch`, method: 'POST', path: '/api/v1/events', contentType: 'application/json', body: jsonBody, events: BATCH },
  { name: `protobuf, ${BATCH} events/batch`, method: 'POST', path: '/api/v1/events', contentType: 'application/x-protobuf', body: protoBody, events: BATCH },
];

console.log(
  `HTTP ingest bench${quick ? ' (quick)' : ''}: ${CLIENTS} keep-alive clients in this process, server in a child process; ` +
    `${SECONDS} s per phase; bodies ${fmt(jsonBody.length / 1024, 1)} KiB JSON, ${fmt(protoBody.length / 1024, 1)} KiB protobuf per ${BATCH} events`,
);
const configs: { label: string; args: (dir: string) => string[]; headline: boolean }[] = [
  { label: 'history on (SQLite file, the default configuration)', args: (dir) => ['--history', join(dir, 'h.sqlite')], headline: true },
  { label: 'history off', args: () => ['--history', 'off'], headline: false },
];
const best: { json: number; proto: number; perEventUs: number } = { json: 0, proto: 0, perEventUs: 0 };
let headlineRatio = '';
for (const config of configs) {
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-http-'));
  const server = await spawnServer(['--no-demo', ...config.args(dir), '--rate-limit-per-minute', '100000000'], {
    nodeFlags: serverNodeFlags(),
  });
  console.log(`  ${config.label}:`);
  const results: PhaseResult[] = [];
  try {
    for (const phase of phases) {
      if (!config.headline && phase.events === 0 && phase.method === 'GET') continue;
      process.stdout.write(`    … ${phase.name}\n`);
      results.push(await runPhase(server, phase, SECONDS));
    }
    const empty = results.find((r) => r.name.startsWith('POST empty'));
    for (const r of results) print(r, empty);
    const json = results.find((r) => r.name.startsWith('JSON'))!;
    const proto = results.find((r) => r.name.startsWith('protobuf'))!;
    // Server CPU time per event beyond what an empty request costs.
    const perRequestS = (r: PhaseResult) => r.serverCores / r.reqPerS;
    const perEvent = (r: PhaseResult) => ((perRequestS(r) - perRequestS(empty!)) / BATCH) * 1e6;
    console.log(
      `    server CPU per event beyond an empty request: JSON ${fmt(perEvent(json), 2)} µs, protobuf ${fmt(perEvent(proto), 2)} µs ` +
        `(≈ ${fmt(1e6 / perEvent(json))} / ${fmt(1e6 / perEvent(proto))} events/s per core of ingest work); server RSS ${fmt(rssMb(server.pid))} MB`,
    );
    if (config.headline) {
      best.json = json.eventsPerS;
      best.proto = proto.eventsPerS;
      headlineRatio = `protobuf ${fmt(proto.reqPerS / empty!.reqPerS, 3)}×, JSON ${fmt(json.reqPerS / empty!.reqPerS, 3)}× the empty batch's req/s`;
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
const top = Math.max(best.json, best.proto);
console.log(
  `  SPEC goal ≥ 300,000 events/s over HTTP (default configuration): protobuf ${fmt(best.proto)}, JSON ${fmt(best.json)} events/s: ${top >= 300_000 ? 'met' : 'NOT met'}`,
);
summarize({
  bench: 'ingest-http',
  figure: 'HTTP ingest, protobuf, events/s',
  value: fmt(best.proto),
  goal: '≥ 300,000',
  met: best.proto >= 300_000,
  ratio: headlineRatio,
});
summarize({ bench: 'ingest-http', figure: 'HTTP ingest, JSON, events/s', value: fmt(best.json), goal: '≥ 300,000', met: best.json >= 300_000 });
