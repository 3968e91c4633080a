/**
 * Fan-out (SPEC F4): N real WebSocket viewers (`ws` clients, in this
 * process) of one target whose 1000 series all change every 100 ms, the
 * server in a child process. A producer connection in this process sends
 * 1000 events (one per series) every 50 ms over WebSocket ingest, so every
 * 100 ms tick has all 1000 series dirty. Prints delivery delay (receive time
 * minus the batch's server_time, same machine clock), batches received
 * against expected (10/s per viewer), gaps and snapshots, server CPU (from
 * /proc) and RSS, bytes per batch, the server's skip/resync counters, and
 * the ratio of server CPU against a 1-viewer run done the same way.
 * SPEC goal: 10,000 viewers, p99 delay < 100 ms, on this 2-core machine.
 *
 * Viewer counts: 1 (baseline), 1000, 5000; `--10k` (or FANOUT_VIEWERS=1,1000,5000,10000)
 * adds 10,000 when the open-file limit allows. FANOUT_SERIES, FANOUT_SECONDS override.
 * Run: node --conditions=source --import tsx bench/fanout.ts [--quick] [--10k]
 */
import { encodeClientMessage } from '@latency-dash/protocol';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { CpuMeter, machineBusy, machineCpu, openFileLimit, rssMb } from './lib/proc.js';
import { fmt, quantile, sleep, summarize } from './lib/report.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';

const quick = process.argv.includes('--quick');
const SECONDS = Number(process.env.FANOUT_SECONDS ?? (quick ? 6 : 20));
const SERIES = Number(process.env.FANOUT_SERIES ?? 1000);
const INTERVAL_MS = 100;
const PRODUCE_EVERY_MS = 50;
const TARGET = 'fan';
const wanted = process.env.FANOUT_VIEWERS
  ? process.env.FANOUT_VIEWERS.split(',').map(Number)
  : quick
    ? [1, 1000]
    : process.argv.includes('--10k')
      ? [1, 1000, 5000, 10000]
      : [1, 1000, 5000];

interface BatchHead {
  seq: number;
  snapshot: boolean;
  serverTimeMs: number;
}

/** seq, snapshot and server_time of a ServerMessage{batch}, skipping the updates undecoded; undefined for other messages. */
function batchHead(buf: Buffer): BatchHead | undefined {
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let s = 1;
    for (;;) {
      const x = buf[p++];
      v += (x & 0x7f) * s;
      if (x < 0x80) return v;
      s *= 128;
    }
  };
  if (buf.length < 2 || varint() !== ((2 << 3) | 2)) return undefined; // ServerMessage.batch = 2
  const end = varint() + p;
  const head: BatchHead = { seq: 0, snapshot: false, serverTimeMs: Number.NaN };
  while (p < end) {
    const tag = varint();
    const field = tag >>> 3;
    const type = tag & 7;
    if (type === 0) {
      const v = varint();
      if (field === 3) head.seq = v;
      else if (field === 4) head.snapshot = v === 1;
      else if (field === 7) head.serverTimeMs = v / 1e6;
    } else if (type === 2) {
      const len = varint();
      p += len;
    } else if (type === 1) p += 8;
    else if (type === 5) p += 4;
    else return undefined;
  }
  return head;
}

const nowMs = () => performance.timeOrigin + performance.now();

/** Server-side fan-out counters, from /metrics (read outside the timed window: it lists every series). */
async function fanoutCounters(server: ServerProcess): Promise<Record<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const name of ['batches', 'frames_sent', 'bytes_sent', 'batches_skipped', 'resyncs', 'slow_disconnects']) {
    const m = new RegExp(`^latency_dash_${name}_total (\\S+)`, 'm').exec(text);
    out[name] = m ? Number(m[1]) : Number.NaN;
  }
  return out;
}

// ---- worker threads: the producer, and the viewers split over VIEWER_THREADS ----
// Each has its own event loop, so a busy viewer thread neither delays the
// producer's ticks nor the other thread's reads. All are in this process,
// apart from the server's.
type ToWorker = { cmd: 'start' } | { cmd: 'measure'; on: boolean } | { cmd: 'report' } | { cmd: 'stop' };
interface ViewerReport {
  opened: number;
  failed: number;
  received: number;
  gaps: number;
  snapshots: number;
  closed: number;
  bytes: number;
  delays: Float64Array;
}
interface ProducerReport {
  produced: number;
  acked: number;
}

async function producerThread(wsUrl: string, series: number): Promise<void> {
  const producer = new WebSocket(wsUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    producer.once('open', resolve);
    producer.once('error', reject);
  });
  let acks = 0;
  producer.on('message', () => acks++);
  let batchId = 0;
  const keys = Array.from({ length: series }, (_, i) => `svc-${String(i).padStart(4, '0')}`);
  const produce = () => {
    batchId++;
    producer.send(
      encodeClientMessage({
        events: { batchId, events: keys.map((key, i) => ({ targetId: TARGET, key, valueMs: 1 + ((i * 31 + batchId * 7) % 500) / 10, payloadSize: 200 })) },
      }),
    );
  };
  produce(); // the target and its series exist before anyone subscribes
  let pump: NodeJS.Timeout | undefined;
  parentPort!.on('message', (m: ToWorker) => {
    if (m.cmd === 'start') pump = setInterval(produce, PRODUCE_EVERY_MS);
    else if (m.cmd === 'report') parentPort!.postMessage({ produced: batchId, acked: acks } satisfies ProducerReport);
    else if (m.cmd === 'stop') {
      clearInterval(pump);
      producer.terminate();
      parentPort!.close();
    }
  });
  await sleep(200);
  parentPort!.postMessage('ready');
}

async function viewerThread(wsUrl: string, viewers: number, capacity: number): Promise<void> {
  const lastSeq = new Float64Array(viewers).fill(-1);
  const delays = new Float64Array(capacity);
  const r = { opened: 0, failed: 0, received: 0, gaps: 0, snapshots: 0, closed: 0, bytes: 0 };
  let nDelays = 0;
  let measuring = false;
  const sockets: WebSocket[] = [];
  const subscribe = encodeClientMessage({ subscription: { action: 0, targetId: TARGET, splitByMetadata: false, intervalMs: INTERVAL_MS } });
  parentPort!.on('message', (m: ToWorker) => {
    if (m.cmd === 'measure') measuring = m.on;
    else if (m.cmd === 'report') {
      const d = delays.slice(0, nDelays);
      parentPort!.postMessage({ ...r, delays: d } satisfies ViewerReport, [d.buffer]);
    } else if (m.cmd === 'stop') {
      for (const s of sockets) s.terminate();
      parentPort!.close();
    }
  });
  for (let i = 0; i < viewers; i++) {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    sockets.push(ws);
    ws.on('message', (data: Buffer) => {
      const head = batchHead(data);
      if (head === undefined) return;
      if (head.snapshot) {
        lastSeq[i] = head.seq;
        if (measuring) r.snapshots++;
        return;
      }
      if (lastSeq[i] >= 0 && head.seq !== lastSeq[i] + 1 && measuring) r.gaps++;
      lastSeq[i] = head.seq;
      if (!measuring) return;
      r.received++;
      r.bytes += data.length;
      if (nDelays < delays.length) delays[nDelays++] = nowMs() - head.serverTimeMs;
    });
    ws.once('open', () => {
      r.opened++;
      ws.send(subscribe);
    });
    ws.on('error', () => {});
    ws.once('close', () => {
      if (measuring) r.closed++;
    });
    ws.once('unexpected-response', () => r.failed++);
    // Pace connects so the listen backlog does not overflow.
    if (i % 200 === 199) await sleep(25);
  }
  const deadline = performance.now() + 60_000;
  while (r.opened + r.failed < viewers && performance.now() < deadline) await sleep(50);
  // Every viewer has its snapshot (lastSeq set) before the clock starts.
  while (lastSeq.some((s, i) => s < 0 && sockets[i].readyState === WebSocket.OPEN) && performance.now() < deadline) await sleep(50);
  parentPort!.postMessage('ready');
}

const VIEWER_THREADS = Number(process.env.FANOUT_THREADS ?? 2);

function startWorker(data: Record<string, unknown>): { worker: Worker; ready: Promise<void> } {
  // A worker does not inherit `--import tsx`: register tsx's loader in it first.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, {
    eval: true,
    workerData: data,
    execArgv: process.execArgv.filter((a, i, all) => a !== '--import' && all[i - 1] !== '--import'),
    argv: process.argv.slice(2),
  });
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { worker, ready };
}

function ask<T>(worker: Worker, cmd: ToWorker): Promise<T> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(cmd);
  });
}

interface Result {
  viewers: number;
  connected: number;
  connectS: number;
  p50: number;
  p99: number;
  max: number;
  receivedPct: number;
  gaps: number;
  snapshots: number;
  closed: number;
  serverCores: number;
  clientCores: number;
  rssMb: number;
  bytesPerBatch: number;
  serverSkipped: number;
  serverResyncs: number;
  serverSlowClosed: number;
  framesSent: number;
  batchesBuilt: number;
  producedPerS: number;
  ackedPerS: number;
  machine: ReturnType<typeof machineBusy>;
}

async function run(viewers: number): Promise<Result> {
  const server = await spawnServer([
    '--no-demo',
    '--history',
    'off',
    '--max-connections-per-address',
    String(viewers + 100),
    // Every viewer comes from 127.0.0.1: lift the per-address TCP cap too.
    '--max-http-connections-per-address',
    String(viewers + 100),
    '--ws-messages-per-second',
    '1000',
  ]);
  const workers: Worker[] = [];
  try {
    const producer = startWorker({ role: 'producer', wsUrl: server.wsUrl, series: SERIES });
    workers.push(producer.worker);
    await producer.ready;
    const threads = Math.min(VIEWER_THREADS, viewers);
    const t0 = performance.now();
    const viewerWorkers = Array.from({ length: threads }, (_, k) => {
      const n = Math.floor(viewers / threads) + (k < viewers % threads ? 1 : 0);
      return startWorker({ role: 'viewers', wsUrl: server.wsUrl, viewers: n, capacity: Math.ceil(n * (1000 / INTERVAL_MS) * SECONDS * 1.3) + 100 });
    });
    workers.push(...viewerWorkers.map((w) => w.worker));
    await Promise.all(viewerWorkers.map((w) => w.ready));
    const connectS = (performance.now() - t0) / 1000;
    producer.worker.postMessage({ cmd: 'start' } satisfies ToWorker);
    await sleep(2000); // settle
    const before = await fanoutCounters(server);
    const p0 = await ask<ProducerReport>(producer.worker, { cmd: 'report' });
    for (const w of viewerWorkers) w.worker.postMessage({ cmd: 'measure', on: true } satisfies ToWorker);
    const serverCpu = new CpuMeter(server.pid);
    const client0 = process.cpuUsage();
    const machine0 = machineCpu();
    const m0 = performance.now();
    await sleep(SECONDS * 1000);
    for (const w of viewerWorkers) w.worker.postMessage({ cmd: 'measure', on: false } satisfies ToWorker);
    const wallS = (performance.now() - m0) / 1000;
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `the server exited during the run (code ${server.child.exitCode}, signal ${server.child.signalCode}); its last output:\n${server.output().slice(-3000)}`,
      );
    }
    const serverCores = serverCpu.read().cores;
    const c = process.cpuUsage(client0);
    const machine = machineBusy(machine0, machineCpu(), wallS);
    const rss = rssMb(server.pid);
    const p1 = await ask<ProducerReport>(producer.worker, { cmd: 'report' });
    const after = await fanoutCounters(server);
    const reports: ViewerReport[] = [];
    for (const w of viewerWorkers) reports.push(await ask<ViewerReport>(w.worker, { cmd: 'report' }));
    const sum = (f: (r: ViewerReport) => number) => reports.reduce((n, r) => n + f(r), 0);
    const all = new Float64Array(sum((r) => r.delays.length));
    let at = 0;
    for (const r of reports) {
      all.set(r.delays, at);
      at += r.delays.length;
    }
    const sorted = all.sort();
    const opened = sum((r) => r.opened);
    const received = sum((r) => r.received);
    const expected = opened * (1000 / INTERVAL_MS) * wallS;
    return {
      viewers,
      connected: opened,
      connectS,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      receivedPct: (100 * received) / expected,
      gaps: sum((r) => r.gaps),
      snapshots: sum((r) => r.snapshots),
      closed: sum((r) => r.closed),
      serverCores,
      clientCores: (c.user + c.system) / 1e6 / wallS,
      rssMb: rss,
      bytesPerBatch: received ? sum((r) => r.bytes) / received : Number.NaN,
      serverSkipped: after.batches_skipped - before.batches_skipped,
      serverResyncs: after.resyncs - before.resyncs,
      serverSlowClosed: after.slow_disconnects - before.slow_disconnects,
      framesSent: after.frames_sent - before.frames_sent,
      batchesBuilt: after.batches - before.batches,
      producedPerS: (p1.produced - p0.produced) / wallS,
      ackedPerS: (p1.acked - p0.acked) / wallS,
      machine,
    };
  } finally {
    for (const w of workers) w.postMessage({ cmd: 'stop' } satisfies ToWorker);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise((r) => {
            w.once('exit', r);
            setTimeout(() => void w.terminate(), 5000).unref();
          }),
      ),
    );
    await server.stop();
  }
}

if (!isMainThread) {
  const d = workerData as { role: 'producer' | 'viewers'; wsUrl: string; series: number; viewers: number; capacity: number };
  if (d.role === 'producer') await producerThread(d.wsUrl, d.series);
  else await viewerThread(d.wsUrl, d.viewers, d.capacity);
} else {
  const limit = openFileLimit();
  console.log(
    `fan-out bench${quick ? ' (quick)' : ''}: ${SERIES} series changing every ${INTERVAL_MS} ms (producer: ${SERIES} events every ${PRODUCE_EVERY_MS} ms), ` +
      `${SECONDS} s per run; viewers in ${VIEWER_THREADS} worker threads and the producer in another, in this process; server in a child; both share this machine's 2 cores. ulimit -n ${limit.soft} (hard ${limit.hard})`,
  );
  const counts = wanted.filter((n) => {
    // This process holds n sockets; the server holds n more in its own process (same limit).
    if (n + 200 > limit.soft) {
      console.log(`  skipping ${n} viewers: ulimit -n is ${limit.soft}; raise it (ulimit -n ${n + 1000}) in the shell that runs the bench`);
      return false;
    }
    return true;
  });
  const results: Result[] = [];
  const failures: number[] = [];
  for (const n of counts) {
    process.stdout.write(`  … ${n} viewer${n === 1 ? '' : 's'}\n`);
    let r: Result;
    try {
      r = await run(n);
    } catch (err) {
      console.log(`  ${fmt(n)} viewers: FAILED: ${(err as Error).message}`);
      failures.push(n);
      continue;
    }
    results.push(r);
    const base = results[0];
    console.log(
      `  ${fmt(r.viewers).padStart(6)} viewers (${fmt(r.connected)} connected in ${fmt(r.connectS, 1)} s): delay p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, max ${fmt(r.max, 1)} ms; ` +
        `received ${fmt(r.receivedPct, 1)}% of expected batches (${fmt(r.gaps)} gaps, ${fmt(r.snapshots)} snapshots, ${fmt(r.closed)} closed); ${fmt(r.bytesPerBatch)} B per batch`,
    );
    console.log(
      `         server ${fmt(r.serverCores * 100)}% of a core (${fmt(r.serverCores / Math.max(0.001, base.serverCores), 1)}× the 1-viewer run), RSS ${fmt(r.rssMb)} MB, ` +
        `${fmt(r.batchesBuilt / SECONDS, 1)} batches/s built, ${fmt(r.framesSent / SECONDS)} frames/s sent, skipped ${fmt(r.serverSkipped)}, resyncs ${fmt(r.serverResyncs)}, slow closes ${fmt(r.serverSlowClosed)}; viewers' process ${fmt(r.clientCores * 100)}% of a core; producer ${fmt(r.producedPerS, 1)} batches/s sent, ${fmt(r.ackedPerS, 1)} acked`,
    );
    console.log(
      `         whole machine: ${fmt(r.machine.busyCores * 100)}% busy of 200% (softirq ${fmt(r.machine.softirqCores * 100)}%, steal ${fmt(r.machine.stealCores * 100)}%; loopback TCP work done in softirq is not charged to either process)`,
    );
    if (r !== base && r.framesSent > base.framesSent) {
      const usPerFrame = ((r.serverCores - base.serverCores) * SECONDS * 1e6) / (r.framesSent - base.framesSent);
      console.log(`         server CPU per extra frame sent: ${fmt(usPerFrame, 1)} µs (${fmt((usPerFrame / r.bytesPerBatch) * 1000, 2)} ns/byte)`);
    }
  }
  for (const n of failures) summarize({ bench: 'fanout', figure: `${fmt(n)} viewers`, value: 'FAILED (see output)', met: false });
  if (results.length === 0) process.exit(1);
  const biggest = results[results.length - 1];
  const base = results[0];
  const ok = (r: Result) => r.p99 < 100 && r.receivedPct > 99;
  summarize({
    bench: 'fanout',
    figure: `${fmt(biggest.viewers)} viewers × ${SERIES} series @10/s: delay p99, batches received`,
    value: `p99 ${fmt(biggest.p99, 1)} ms, ${fmt(biggest.receivedPct, 1)}% received`,
    goal: '10,000 viewers, p99 < 100 ms',
    met: biggest.viewers >= 10_000 && ok(biggest),
    ratio: `server CPU ${fmt(biggest.serverCores / Math.max(0.001, base.serverCores), 1)}× the 1-viewer run (${fmt(biggest.serverCores * 100)}% vs ${fmt(base.serverCores * 100)}% of a core)`,
  });
  for (const r of results.slice(1, -1)) {
    summarize({
      bench: 'fanout',
      figure: `${fmt(r.viewers)} viewers: delay p99, batches received`,
      value: `p99 ${fmt(r.p99, 1)} ms, ${fmt(r.receivedPct, 1)}% received`,
      met: ok(r),
      ratio: `server CPU ${fmt(r.serverCores / Math.max(0.001, base.serverCores), 1)}× 1 viewer`,
    });
  }
}
