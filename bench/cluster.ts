/**
 * Cluster mode (SPEC F11, issue 13): what 1, 2 and 3 nodes on one private
 * redis-server, and `--workers 1` against `--workers 2` on one port, take
 * and serve, against the single node without Redis (the baseline), all in
 * the same run on the same machine:
 *  - viewers: VIEWERS WebSocket viewers spread over the nodes, each of one
 *    of VIEW_TARGETS targets of VIEW_KEYS series that all change every
 *    50 ms (a producer posting over HTTP): delivery delay p50/p99 (receive
 *    time minus the batch's server_time, one clock) and batches received
 *    as a share of the 10/s each viewer should get;
 *  - ingest: CLIENTS keep-alive clients posting protobuf batches of 1000
 *    events over 16 targets, spread over the nodes: events acknowledged per
 *    second (in Redis when clustered), and how long the owners then take to
 *    apply what was acknowledged;
 *  - failover: a fresh three-node cluster with a short lease and the viewer
 *    load running; kill -9 of the node that owns a watched target, then the
 *    time until a viewer on a surviving node receives a batch the new owner
 *    made after the kill.
 * Every node shares this machine's cores with the others, with Redis and
 * with the load generator (this process): the header prints how many cores
 * there are and how many this process may use. Read ratios, not absolutes.
 * Run: node --conditions=source --import tsx bench/cluster.ts [--quick]
 */
import { Agent, get, request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { encodeClientMessage, encodeEventBatch, type WireEvent } from '@latency-dash/protocol';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { partitionOf } from '../packages/server/src/cluster/partitions.js';
import { startRedis, type PrivateRedis } from '../packages/server/test/redis-server.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { batchHead } from './lib/batch-head.js';
import { TreeCpuMeter } from './lib/proc.js';
import { fmt, quantile, sleep, summarize } from './lib/report.js';

const quick = process.argv.includes('--quick');
const SECONDS = Number(process.env.CLUSTER_SECONDS ?? (quick ? 3 : 6));
const VIEWERS = Number(process.env.CLUSTER_VIEWERS ?? (quick ? 120 : 300));
const CLIENTS = Number(process.env.CLUSTER_CLIENTS ?? 4);
const VIEW_TARGETS = 6;
const VIEW_KEYS = 50;
const INTERVAL_MS = 100;
const PRODUCE_EVERY_MS = 50;
const INGEST_TARGETS = 16;
const BATCH = 1000;
const PARTITIONS = 64;
/** Short, so a failover is quick to measure; the default is 5000 ms. */
const LEASE_MS = 1000;

const nowMs = () => performance.timeOrigin + performance.now();

const COMMON = [
  '--no-demo',
  '--history',
  'off',
  '--rate-limit-per-minute',
  '100000000',
  '--max-connections-per-address',
  '100000',
  '--max-http-connections-per-address',
  '100000',
  '--ws-messages-per-second',
  '1000',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** GET on a connection of its own: with --workers each new connection may reach another worker. */
function getFresh<T>(url: string): Promise<T> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text) as T);
        } catch (err) {
          reject(err as Error);
        }
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

interface ClusterHealth {
  cluster?: { nodeId: string; nodes: string[]; servingPartitions: number[] };
}

/** Polls until `cond` holds; a deployment that never gets there fails the bench with `what`. */
async function waitUntil(what: string, cond: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    if (await cond().catch(() => false)) return;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Every one of `nodes` nodes joined, and every partition computed by exactly one of them. */
async function allServing(urls: readonly string[], nodes: number): Promise<void> {
  const latest = new Map<string, number[]>();
  await waitUntil(`${nodes} nodes serving all ${PARTITIONS} partitions`, async () => {
    // One URL for --workers: ask on new connections until every worker has answered.
    for (let i = 0; i < Math.max(urls.length, nodes * 2); i++) {
      const h = await getFresh<ClusterHealth>(`${urls[i % urls.length]}/health`);
      if (h.cluster === undefined || h.cluster.nodes.length !== nodes) return false;
      latest.set(h.cluster.nodeId, h.cluster.servingPartitions);
    }
    const all = [...latest.values()].flat();
    return latest.size === nodes && all.length === PARTITIONS && new Set(all).size === PARTITIONS;
  });
}

interface Deployment {
  readonly label: string;
  readonly urls: string[];
  readonly servers: ServerProcess[];
  readonly clustered: boolean;
  /** Each node has a URL of its own (not so with --workers: one port, any worker answers). */
  readonly urlPerNode: boolean;
}

async function deploy(label: string, redis: PrivateRedis | undefined, nodes: number, workers: number, prefix: string): Promise<Deployment> {
  if (redis === undefined) {
    const server = await spawnServer(COMMON);
    return { label, urls: [server.url], servers: [server], clustered: false, urlPerNode: true };
  }
  const cluster = ['--redis', redis.url, '--cluster-prefix', prefix, '--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', String(LEASE_MS)];
  if (workers > 1) {
    // spawnServer resolves on the first worker's "listening"; the port is the one every worker shares.
    const port = await freePort();
    const server = await spawnServer([...COMMON, ...cluster, '--workers', String(workers), '--cluster-node-id', `${prefix}-n`, '--port', String(port)]);
    const d = { label, urls: [server.url], servers: [server], clustered: true, urlPerNode: false };
    await allServing(d.urls, workers);
    return d;
  }
  const servers = await Promise.all(
    Array.from({ length: nodes }, (_, i) => spawnServer([...COMMON, ...cluster, '--workers', '1', '--cluster-node-id', `${prefix}-n${i}`])),
  );
  const d = { label, urls: servers.map((s) => s.url), servers, clustered: true, urlPerNode: true };
  await allServing(d.urls, nodes);
  return d;
}

async function undeploy(d: Deployment): Promise<void> {
  await Promise.all(d.servers.map((s) => s.stop()));
}

// ---- the viewer load ----

const viewKeys = Array.from({ length: VIEW_KEYS }, (_, i) => `op-${String(i).padStart(2, '0')}`);
let produced = 0;

function viewBatch(targets: readonly string[]): Buffer {
  produced++;
  const events: WireEvent[] = [];
  for (const targetId of targets) {
    for (const [i, key] of viewKeys.entries()) events.push({ targetId, key, valueMs: 1 + ((i * 31 + produced * 7) % 500) / 10, payloadSize: 200 });
  }
  return Buffer.from(encodeEventBatch({ batchId: produced, events }));
}

function post(url: string, body: Buffer, agent?: Agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const u = new URL(`${url}/api/v1/events`);
    const req = request(
      {
        agent,
        host: u.hostname,
        port: u.port,
        method: 'POST',
        path: u.pathname,
        headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', () => resolve({ status: 0, text: '' }));
    req.end(body);
  });
}

/** Posts the viewer targets' events every PRODUCE_EVERY_MS to the nodes in turn, until stopped. */
function startProducer(urls: readonly string[], targets: readonly string[]): { stop: () => Promise<void> } {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      await post(urls[n++ % urls.length], viewBatch(targets), agent);
      await sleep(Math.max(0, PRODUCE_EVERY_MS - (performance.now() - t0)));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      agent.destroy();
    },
  };
}

class Viewer {
  readonly ws: WebSocket;
  lastSeq = -1;
  snapshotAt = Number.NaN;
  received = 0;
  gaps = 0;
  /** Called for every batch frame with its receive time and server_time. */
  onBatch: ((recvMs: number, serverTimeMs: number, snapshot: boolean) => void) | undefined;

  constructor(url: string, targetId: string, measure: { on: boolean; delays: number[] }) {
    this.ws = new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, { perMessageDeflate: false });
    this.ws.on('error', () => {});
    this.ws.once('open', () => this.ws.send(encodeClientMessage({ subscription: { action: 0, targetId, splitByMetadata: false, intervalMs: INTERVAL_MS } })));
    this.ws.on('message', (data: Buffer) => {
      const head = batchHead(data);
      if (head === undefined) return;
      const recv = nowMs();
      this.onBatch?.(recv, head.serverTimeMs, head.snapshot);
      if (head.snapshot) {
        if (Number.isNaN(this.snapshotAt)) this.snapshotAt = recv;
        this.lastSeq = head.seq;
        return;
      }
      if (measure.on) {
        if (this.lastSeq >= 0 && head.seq !== this.lastSeq + 1) this.gaps++;
        this.received++;
        measure.delays.push(recv - head.serverTimeMs);
      }
      this.lastSeq = head.seq;
    });
  }

  close(): void {
    this.ws.terminate();
  }
}

interface ViewerResult {
  p50: number;
  p99: number;
  receivedPct: number;
  gaps: number;
  connected: number;
  serverCores: number;
  connectS: number;
}

async function viewerPhase(d: Deployment): Promise<ViewerResult> {
  const targets = Array.from({ length: VIEW_TARGETS }, (_, i) => `view-${i}`);
  const producer = startProducer(d.urls, targets);
  const measure = { on: false, delays: [] as number[] };
  const viewers: Viewer[] = [];
  try {
    // The targets exist (and have owners) before anyone subscribes.
    await waitUntil('the viewer targets listed', async () => {
      const r = await getFresh<{ targets: { targetId: string }[] }>(`${d.urls[0]}/api/v1/targets`);
      return targets.every((t) => r.targets.some((x) => x.targetId === t));
    });
    const t0 = performance.now();
    for (let i = 0; i < VIEWERS; i++) {
      viewers.push(new Viewer(d.urls[i % d.urls.length], targets[i % targets.length], measure));
      if (i % 100 === 99) await sleep(20);
    }
    await waitUntil('every viewer’s first snapshot', async () => viewers.every((v) => !Number.isNaN(v.snapshotAt)), 60_000);
    const connectS = (performance.now() - t0) / 1000;
    await sleep(1000); // settle
    const cpu = new TreeCpuMeter(d.servers.map((s) => s.pid));
    measure.on = true;
    const m0 = performance.now();
    await sleep(SECONDS * 1000);
    measure.on = false;
    const wallS = (performance.now() - m0) / 1000;
    const serverCores = cpu.read().cores;
    const connected = viewers.filter((v) => v.ws.readyState === WebSocket.OPEN).length;
    const received = viewers.reduce((n, v) => n + v.received, 0);
    const sorted = Float64Array.from(measure.delays).sort();
    return {
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      receivedPct: (100 * received) / (viewers.length * (1000 / INTERVAL_MS) * wallS),
      gaps: viewers.reduce((n, v) => n + v.gaps, 0),
      connected,
      serverCores,
      connectS,
    };
  } finally {
    for (const v of viewers) v.close();
    await producer.stop();
  }
}

// ---- the ingest load ----

function ingestBody(): Buffer {
  const tiers = ['free', 'premium', 'enterprise'];
  const events: WireEvent[] = [];
  for (let n = 0; n < BATCH; n++) {
    const e: WireEvent = {
      targetId: `ingest-${n % INGEST_TARGETS}`,
      key: `svc-${Math.floor(n / INGEST_TARGETS) % 10}`,
      metadata: { tier: tiers[Math.floor(n / 160) % 3] },
      payloadSize: 100 + ((n * 37) % 4900),
    };
    if (n % 2 === 0) e.valueMs = 1 + ((n * 7919) % 50_000) / 100;
    events.push(e);
  }
  return Buffer.from(encodeEventBatch({ batchId: 1, events }));
}

interface IngestResult {
  eventsPerS: number;
  errors: number;
  serverCores: number;
  redisCores: number;
  clientCores: number;
  /** Seconds after the phase until the owners had applied every acknowledged event (NaN: not measured, Infinity: not within 30 s). */
  catchUpS: number;
}

async function metricSum(urls: readonly string[], name: string): Promise<number> {
  let sum = 0;
  for (const url of urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    const m = new RegExp(`^${name} (\\S+)`, 'm').exec(text);
    sum += m ? Number(m[1]) : 0;
  }
  return sum;
}

async function ingestPhase(d: Deployment): Promise<IngestResult> {
  const body = ingestBody();
  const agents = Array.from({ length: CLIENTS }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
  let accepted = 0;
  let errors = 0;
  let measuring = false;
  let running = true;
  const loops = agents.map(async (agent, k) => {
    const url = d.urls[k % d.urls.length];
    while (running) {
      const r = await post(url, body, agent);
      if (!measuring) continue;
      if (r.status === 200) accepted += (JSON.parse(r.text) as { accepted: number }).accepted;
      else errors++;
    }
  });
  await sleep(quick ? 500 : 1000); // warm-up
  const cpu = new TreeCpuMeter(d.servers.map((s) => s.pid));
  const redisCpu = new TreeCpuMeter(redisPid === undefined ? [] : [redisPid]);
  const client0 = process.cpuUsage();
  measuring = true;
  const t0 = performance.now();
  await sleep(SECONDS * 1000);
  measuring = false;
  const wallS = (performance.now() - t0) / 1000;
  const serverCores = cpu.read().cores;
  const redisCores = d.clustered ? redisCpu.read().cores : 0;
  const c = process.cpuUsage(client0);
  const clientCores = (c.user + c.system) / 1e6 / wallS;
  running = false;
  await Promise.all(loops);
  for (const a of agents) a.destroy();
  let catchUpS = Number.NaN;
  // With --workers one URL reaches one worker per request: the sums are read only when each node has its own URL.
  if (d.clustered && d.urlPerNode) {
    const end = performance.now();
    const appended = await metricSum(d.urls, 'latency_dash_cluster_events_appended_total');
    catchUpS = Infinity;
    while (performance.now() - end < 30_000) {
      if ((await metricSum(d.urls, 'latency_dash_cluster_events_applied_total')) >= appended) {
        catchUpS = (performance.now() - end) / 1000;
        break;
      }
      await sleep(100);
    }
  }
  return { eventsPerS: accepted / wallS, errors, serverCores, redisCores, clientCores, catchUpS };
}

// ---- failover ----

async function failoverPhase(redis: PrivateRedis, prefix: string): Promise<number> {
  const d = await deploy('failover', redis, 3, 1, prefix);
  const targets = Array.from({ length: VIEW_TARGETS }, (_, i) => `view-${i}`);
  const producer = startProducer(d.urls, targets);
  const measure = { on: false, delays: [] as number[] };
  let viewer: Viewer | undefined;
  try {
    // The owner of view-0, by what the nodes say they serve.
    const p = partitionOf(targets[0], PARTITIONS);
    let owner = -1;
    await waitUntil(`the owner of ${targets[0]}`, async () => {
      const hs = await Promise.all(d.urls.map((u) => getFresh<ClusterHealth>(`${u}/health`)));
      owner = hs.findIndex((h) => h.cluster?.servingPartitions.includes(p));
      return owner >= 0;
    });
    const watchAt = (owner + 1) % d.urls.length;
    const v = new Viewer(d.urls[watchAt], targets[0], measure);
    viewer = v;
    await waitUntil('the watching viewer’s snapshot', async () => !Number.isNaN(v.snapshotAt), 60_000);
    await sleep(1000);
    let flowingAt = Number.NaN;
    const killedAt = nowMs();
    v.onBatch = (recv, serverTime) => {
      if (Number.isNaN(flowingAt) && serverTime > killedAt) flowingAt = recv;
    };
    d.servers[owner].child.kill('SIGKILL');
    await d.servers[owner].exited;
    await waitUntil('frames made after the kill', async () => !Number.isNaN(flowingAt), 60_000);
    return flowingAt - killedAt;
  } finally {
    viewer?.close();
    await producer.stop();
    await undeploy(d);
  }
}

/** Empties Redis between deployments: a new cluster must not rebuild the last one's streams. */
async function flushAll(redis: PrivateRedis): Promise<void> {
  const client = new Redis(redis.url);
  try {
    await client.flushall();
  } finally {
    client.disconnect();
  }
}

// ---- the run ----

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
console.log(
  `cluster bench${quick ? ' (quick)' : ''}: ${VIEWERS} viewers of ${VIEW_TARGETS} targets × ${VIEW_KEYS} series (all changing every ${PRODUCE_EVERY_MS} ms, batches every ${INTERVAL_MS} ms), ` +
    `then ${CLIENTS} HTTP clients posting protobuf batches of ${BATCH} events over ${INGEST_TARGETS} targets; ${SECONDS} s per phase; ` +
    `${PARTITIONS} partitions, lease ${LEASE_MS} ms, history off.`,
);
console.log(
  `  machine: ${cpus().length} CPUs, ${availableParallelism()} of them usable by this process (CPU affinity); every node, redis-server and the load generator share them. ` +
    `Load average ${load()} at the start.`,
);

const redis = await startRedis();
const redisPid: number | undefined = redis.pid;
const plans: { label: string; nodes: number; workers: number; withRedis: boolean }[] = [
  { label: 'alone, no Redis (baseline)', nodes: 1, workers: 1, withRedis: false },
  { label: '1 node (= --workers 1)', nodes: 1, workers: 1, withRedis: true },
  { label: '2 nodes', nodes: 2, workers: 1, withRedis: true },
  { label: '3 nodes', nodes: 3, workers: 1, withRedis: true },
  { label: '--workers 2, one port', nodes: 1, workers: 2, withRedis: true },
];
/**
 * Events acknowledged per CPU-second the servers and Redis spent: on a
 * machine whose other tenants leave the servers a varying share of a core,
 * this moves far less from run to run than events per second.
 */
const perCpuS = (r: IngestResult) => r.eventsPerS / Math.max(1e-9, r.serverCores + r.redisCores);

interface Row {
  label: string;
  viewers: ViewerResult;
  ingest: IngestResult;
}
const rows: Row[] = [];
let failed = false;
try {
  for (const [i, plan] of plans.entries()) {
    process.stdout.write(`  … ${plan.label}\n`);
    try {
      const d = await deploy(plan.label, plan.withRedis ? redis : undefined, plan.nodes, plan.workers, `b${i}`);
      try {
        const viewers = await viewerPhase(d);
        const ingest = await ingestPhase(d);
        rows.push({ label: plan.label, viewers, ingest });
        const base = rows[0];
        const ratio = (x: number, b: number) => (rows.length > 1 ? ` (${fmt(x / b, 2)}× baseline)` : '');
        console.log(
          `  ${plan.label.padEnd(28)} viewers: delay p50 ${fmt(viewers.p50, 1)} ms, p99 ${fmt(viewers.p99, 1)} ms${ratio(viewers.p99, base.viewers.p99)}; ` +
            `${fmt(viewers.receivedPct, 1)}% of batches received, ${viewers.gaps} gaps, ${viewers.connected}/${VIEWERS} connected (snapshots in ${fmt(viewers.connectS, 1)} s); servers ${fmt(viewers.serverCores * 100)}% of a core`,
        );
        console.log(
          `  ${''.padEnd(28)} ingest: ${fmt(ingest.eventsPerS)} events/s acknowledged${ratio(ingest.eventsPerS, base.ingest.eventsPerS)}, ` +
            `${fmt(perCpuS(ingest))} per CPU-second of servers and Redis${ratio(perCpuS(ingest), perCpuS(base.ingest))}` +
            `${ingest.errors ? `, ${ingest.errors} failed requests` : ''}; CPU: servers ${fmt(ingest.serverCores * 100)}%, redis ${fmt(ingest.redisCores * 100)}%, ` +
            `clients ${fmt(ingest.clientCores * 100)}% of a core` +
            (Number.isNaN(ingest.catchUpS)
              ? ''
              : Number.isFinite(ingest.catchUpS)
                ? `; owners applied every acknowledged event ${fmt(ingest.catchUpS, 1)} s after the phase`
                : '; owners still behind 30 s after the phase') +
            `; load ${load()}`,
        );
      } finally {
        await undeploy(d);
      }
    } catch (err) {
      failed = true;
      console.log(`  ${plan.label}: FAILED: ${(err as Error).message}`);
    } finally {
      await flushAll(redis);
    }
  }
  process.stdout.write(`  … failover: 3 fresh nodes, lease ${LEASE_MS} ms, the viewer load running; kill -9 of a watched target's owner\n`);
  try {
    const ms = await failoverPhase(redis, 'bf');
    console.log(`  failover: ${fmt(ms)} ms from kill -9 to the first batch the new owner made reaching a viewer on a surviving node (lease ${LEASE_MS} ms)`);
    summarize({
      bench: 'cluster',
      figure: `failover, kill -9 of an owner (lease ${LEASE_MS} ms)`,
      value: `${fmt(ms)} ms`,
      ratio: `${fmt(ms / LEASE_MS, 2)}× the lease`,
    });
  } catch (err) {
    failed = true;
    console.log(`  failover: FAILED: ${(err as Error).message}`);
  }
} finally {
  await redis.stop();
}

const base = rows.find((r) => r.label.startsWith('alone'));
for (const r of rows) {
  if (r === base) continue;
  summarize({
    bench: 'cluster',
    figure: `${r.label}: HTTP protobuf events/s acknowledged`,
    value: fmt(r.ingest.eventsPerS),
    ratio: base ? `${fmt(r.ingest.eventsPerS / base.ingest.eventsPerS, 2)}× alone (${fmt(base.ingest.eventsPerS)})` : undefined,
  });
  summarize({
    bench: 'cluster',
    figure: `${r.label}: events acknowledged per CPU-second (servers + Redis)`,
    value: fmt(perCpuS(r.ingest)),
    ratio: base ? `${fmt(perCpuS(r.ingest) / perCpuS(base.ingest), 2)}× alone (${fmt(perCpuS(base.ingest))})` : undefined,
  });
  summarize({
    bench: 'cluster',
    figure: `${r.label}: ${VIEWERS} viewers p50/p99, batches received`,
    value: `${fmt(r.viewers.p50, 1)}/${fmt(r.viewers.p99, 1)} ms, ${fmt(r.viewers.receivedPct, 1)}%`,
    ratio: base ? `alone: ${fmt(base.viewers.p50, 1)}/${fmt(base.viewers.p99, 1)} ms, ${fmt(base.viewers.receivedPct, 1)}%` : undefined,
  });
}
console.log(`  load average ${load()} at the end`);
process.exit(failed || rows.length === 0 ? 1 : 0);
