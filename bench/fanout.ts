/**
 * Fan-out (SPEC F4): N real WebSocket viewers (in a worker thread of this
 * process: one in 10, at most 100 a thread, a `ws` client that times each batch,
 * the rest counting frames off their sockets, bench/lib/raw-viewer.ts, so the
 * viewers' side does not run out of CPU before the server does; the bare
 * server gets the same viewers) of one target whose 1000 series all change every
 * 100 ms; the server in a child process, so viewers and server never share
 * an event loop. A producer thread sends 1000 events (one per series) every
 * 50 ms over WebSocket ingest, so every 100 ms tick has all 1000 series dirty.
 *
 * For each viewer count, two runs back to back on the same viewers' code:
 *  - the real server, and
 *  - a bare `ws` server (bench/lib/bare-ws-server.ts) sending, at the same
 *    interval, a pre-encoded batch of the same size (a batch the real server
 *    sent in this run) with `ws.send` to every client: what `ws` alone costs.
 * Each prints delivery delay p50/p99 (receive time minus the batch's
 * server_time, same machine clock), batches received per viewer per second
 * (of the 10 sent), bytes per viewer per second, gaps and snapshots, server
 * CPU, RSS, and the server CPU per delivered frame: the CPU above the same
 * server process's cost with one viewer (measured before the others connect
 * and after they leave) divided by the frames delivered above it, so the
 * real server's ingest of the producer's events cancels out. The headline is
 * that figure against the bare server's, measured in the same run.
 * SPEC goal: 10,000 viewers, p99 delay < 100 ms, on this 2-core machine.
 *
 * Viewer counts: 1 (the baseline), 1,000, 5,000, 10,000 (when ulimit -n
 * allows); `--quick` (or FANOUT_QUICK=1): 1 and 1,000 (`--10k` adds 10,000), shorter runs.
 * FANOUT_VIEWERS=1,1000 picks counts; FANOUT_SERIES, FANOUT_SECONDS override.
 *
 * Windowed views (issue 12): the same counts again, every viewer subscribed
 * with a View of the top 50 rows by p90 (WINDOW_VIEW): the server sorts the
 * 1,000 series once per tick and sends each viewer the window's batch, and
 * the bare server sends a frame of that batch's size. `--window-only` runs
 * just this section, `--no-window` skips it (FANOUT_WINDOW=only|off).
 * Run: node --conditions=source --import tsx bench/fanout.ts [--quick]
 */
import { encodeClientMessage } from '@latency-dash/protocol';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { CpuMeter, machineBusy, machineCpu, openFileLimit, rssMb } from './lib/proc.js';
import { RawViewer } from './lib/raw-viewer.js';
import { batchHead } from './lib/batch-head.js';
import { fmt, quantile, sleep, summarize } from './lib/report.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';

const quick = process.argv.includes('--quick') || process.env.FANOUT_QUICK === '1';
const SECONDS = Number(process.env.FANOUT_SECONDS ?? (quick ? 6 : 20));
/** Each of the two measurements of a server's fixed cost with one viewer (Result.fixed). */
const FIXED_SECONDS = Math.max(3, Math.round(SECONDS / 2));
const SERIES = Number(process.env.FANOUT_SERIES ?? 1000);
const INTERVAL_MS = 100;
/** What a windowed viewer asks for: the top 50 by p90, as the dashboard's default sort shows them. */
const WINDOW_VIEW = { sort: 'p90', descending: true, offset: 0, limit: 50 };
const windowMode =
  process.argv.includes('--window-only') || process.env.FANOUT_WINDOW === 'only'
    ? 'only'
    : process.argv.includes('--no-window') || process.env.FANOUT_WINDOW === 'off'
      ? 'off'
      : 'on';
const PRODUCE_EVERY_MS = 50;
/**
 * One viewer in sampleEvery(n) (the first of each thread among them) is a
 * `ws` client that times every batch it gets; the others count frames off
 * their sockets (bench/lib/raw-viewer.ts). Delays are the sampled viewers';
 * counts, bytes, gaps and snapshots are every viewer's. The bare server's
 * viewers are the same mix. By default one in 10, and at most 100 sampled
 * viewers a thread: a `ws` client costs the viewers' process several times
 * a raw one, and 1,000 of them (one in 10 of 10,000) kept the viewers'
 * thread at a full core, late for everything. 100 sampled viewers spread
 * over the whole connection order still give ~6,000 delays a run.
 * FANOUT_SAMPLE_EVERY sets it.
 */
const SAMPLE_EVERY_SET = process.env.FANOUT_SAMPLE_EVERY === undefined ? undefined : Math.max(1, Number(process.env.FANOUT_SAMPLE_EVERY));
const sampleEvery = (viewers: number): number => SAMPLE_EVERY_SET ?? Math.max(10, Math.ceil(viewers / 100));
const TARGET = 'fan';
const wanted = process.env.FANOUT_VIEWERS
  ? process.env.FANOUT_VIEWERS.split(',').map(Number)
  : quick
    ? process.argv.includes('--10k')
      ? [1, 1000, 10000]
      : [1, 1000]
    : [1, 1000, 5000, 10000];

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
  /** Batches the viewer that got the fewest received while measuring. */
  minReceived: number;
  delays: Float64Array;
  /** A non-snapshot batch frame of about the mean size, as received (the bare server sends its updates). */
  sample: Uint8Array | undefined;
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

/** `snapshots`: the server sends one on subscribe, and the viewer is ready once it has it (the bare server sends none). */
async function viewerThread(wsUrl: string, viewers: number, capacity: number, snapshots: boolean, windowed: boolean): Promise<void> {
  const lastSeq = new Float64Array(viewers).fill(-1);
  const perViewer = new Uint32Array(viewers);
  let sample: Uint8Array | undefined;
  const delays = new Float64Array(capacity);
  const r = { opened: 0, failed: 0, received: 0, gaps: 0, snapshots: 0, closed: 0, bytes: 0 };
  let nDelays = 0;
  let sampledBytes = 0;
  let sampledFrames = 0;
  let measuring = false;
  const sockets: (WebSocket | RawViewer)[] = [];
  const open = new Uint8Array(viewers);
  const subscribe = encodeClientMessage({
    subscription: { action: 0, targetId: TARGET, splitByMetadata: false, intervalMs: INTERVAL_MS, view: windowed ? WINDOW_VIEW : undefined },
  });
  parentPort!.on('message', (m: ToWorker) => {
    if (m.cmd === 'measure') {
      measuring = m.on;
      // Each measured window is reported on its own (a run measures the base viewer's thread alone before and after).
      if (m.on) {
        perViewer.fill(0);
        r.received = r.gaps = r.snapshots = r.closed = r.bytes = 0;
        nDelays = 0;
      }
    } else if (m.cmd === 'report') {
      const d = delays.slice(0, nDelays);
      let minReceived = Infinity;
      for (let i = 0; i < viewers; i++) if (open[i] === 1) minReceived = Math.min(minReceived, perViewer[i]);
      parentPort!.postMessage({ ...r, minReceived, delays: d, sample } satisfies ViewerReport, [d.buffer]);
    } else if (m.cmd === 'stop') {
      for (const s of sockets) s.terminate();
      parentPort!.close();
    }
  });
  /** Counts one batch of viewer i; false when it is not one to time (a snapshot, or outside the measured window). */
  const counted = (i: number, seq: number, snapshot: boolean, bytes: number): boolean => {
    if (snapshot) {
      lastSeq[i] = seq;
      if (measuring) r.snapshots++;
      return false;
    }
    if (lastSeq[i] >= 0 && seq !== lastSeq[i] + 1 && measuring) r.gaps++;
    lastSeq[i] = seq;
    if (!measuring) return false;
    r.received++;
    perViewer[i]++;
    r.bytes += bytes;
    return true;
  };
  const { hostname, port, pathname } = new URL(wsUrl);
  const every = sampleEvery(viewers);
  for (let i = 0; i < viewers; i++) {
    if (i % every !== 0) {
      // Most viewers count frames off the socket (bench/lib/raw-viewer.ts): the viewers' process stays light.
      sockets.push(
        new RawViewer(hostname, Number(port), pathname, subscribe, {
          open: () => {
            r.opened++;
            open[i] = 1;
          },
          failed: () => r.failed++,
          batch: (seq, snapshot, bytes) => void counted(i, seq, snapshot, bytes),
          close: () => {
            open[i] = 0;
            if (measuring) r.closed++;
          },
        }),
      );
    } else {
      // The sampled viewers: the ws client, every frame a message, timed on arrival.
      const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
      sockets.push(ws);
      ws.on('message', (data: Buffer) => {
        const head = batchHead(data);
        if (head === undefined || !counted(i, head.seq, head.snapshot, data.length)) return;
        // The bare server's frame: the batch nearest the sampled viewers' mean size so far.
        sampledBytes += data.length;
        sampledFrames++;
        const mean = sampledBytes / sampledFrames;
        if (sample === undefined || Math.abs(data.length - mean) < Math.abs(sample.length - mean)) sample = new Uint8Array(data);
        if (nDelays < delays.length) delays[nDelays++] = nowMs() - head.serverTimeMs;
      });
      ws.once('open', () => {
        r.opened++;
        open[i] = 1;
        ws.send(subscribe);
      });
      ws.on('error', () => {});
      ws.once('close', () => {
        open[i] = 0;
        if (measuring) r.closed++;
      });
      ws.once('unexpected-response', () => r.failed++);
    }
    // Pace connects so the listen backlog does not overflow.
    if (i % 200 === 199) await sleep(25);
  }
  const deadline = performance.now() + 60_000;
  while (r.opened + r.failed < viewers && performance.now() < deadline) await sleep(50);
  // Every viewer has its snapshot (lastSeq set) before the clock starts.
  while (snapshots && lastSeq.some((s, i) => s < 0 && open[i] === 1) && performance.now() < deadline) await sleep(50);
  parentPort!.postMessage('ready');
}

const VIEWER_THREADS = Number(process.env.FANOUT_THREADS ?? 1);

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
  kind: 'real' | 'bare';
  windowed: boolean;
  viewers: number;
  connected: number;
  connectS: number;
  wallS: number;
  p50: number;
  p99: number;
  max: number;
  receivedPct: number;
  /** Batches received per viewer per second: mean, and the viewer that got fewest. */
  batchesPerViewerS: number;
  minBatchesPerViewerS: number;
  bytesPerViewerS: number;
  /** Frames all viewers received while measuring. */
  delivered: number;
  gaps: number;
  snapshots: number;
  closed: number;
  serverCores: number;
  /** CPU seconds the server used while measuring. */
  serverCpuS: number;
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
  sample: Uint8Array | undefined;
  /**
   * The same server with one viewer, measured in the same process just
   * before the other viewers connected and again after they left
   * (FixedCost); undefined for a 1-viewer run.
   */
  fixed: { before: FixedCost; after: FixedCost } | undefined;
}

/** A server's CPU and the frames delivered while only the base viewer watched. */
interface FixedCost {
  wallS: number;
  cpuS: number;
  delivered: number;
  ackedPerS: number;
}

/** The bare `ws` baseline server as its own process, sending `sample`'s updates every INTERVAL_MS. */
async function spawnBare(sample: Uint8Array): Promise<{ pid: number; wsUrl: string; alive: () => boolean; start: () => void; stop: () => Promise<void> }> {
  const file = join(mkdtempSync(join(tmpdir(), 'ld-fanout-')), 'batch.bin');
  writeFileSync(file, sample);
  const script = fileURLToPath(new URL('./lib/bare-ws-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, file, String(INTERVAL_MS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`the bare ws server exited (code ${code}) before listening`)));
  });
  return {
    pid: child.pid!,
    wsUrl: `ws://127.0.0.1:${port}/`,
    alive: () => child.exitCode === null && child.signalCode === null,
    start: () => child.kill('SIGUSR2'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dirname(file), { recursive: true, force: true });
    },
  };
}

const NO_COUNTERS: Record<string, number> = { batches: 0, frames_sent: 0, bytes_sent: 0, batches_skipped: 0, resyncs: 0, slow_disconnects: 0 };

async function run(kind: 'real' | 'bare', viewers: number, sample?: Uint8Array, serverArgs: string[] = [], windowed = false): Promise<Result> {
  const real =
    kind === 'real'
      ? await spawnServer([
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
          ...serverArgs,
        ])
      : undefined;
  const bare = kind === 'bare' ? await spawnBare(sample!) : undefined;
  const pid = real?.pid ?? bare!.pid;
  const wsUrl = real?.wsUrl ?? bare!.wsUrl;
  const counters = () => (real ? fanoutCounters(real) : Promise.resolve(NO_COUNTERS));
  const workers: Worker[] = [];
  try {
    const producer = real ? startWorker({ role: 'producer', wsUrl, series: SERIES }) : undefined;
    if (producer) {
      workers.push(producer.worker);
      await producer.ready;
    }
    const viewersWorker = (n: number) =>
      startWorker({
        role: 'viewers',
        wsUrl,
        viewers: n,
        capacity: Math.ceil(Math.ceil(n / sampleEvery(n)) * (1000 / INTERVAL_MS) * SECONDS * 1.3) + 100,
        snapshots: kind === 'real',
        windowed: windowed && kind === 'real',
      });
    /**
     * The server's fixed cost (the producer's events, a batch built per tick,
     * or the bare server's timer) is measured in the same process with one
     * viewer, on a thread of its own, before the others connect and after
     * they leave: a separate 1-viewer server, minutes apart, made the
     * 1,000-viewer figure swing 0.64–1.36× from run to run.
     */
    const baseViewer = viewers > 1 ? viewersWorker(1) : undefined;
    if (baseViewer) {
      workers.push(baseViewer.worker);
      await baseViewer.ready;
    }
    producer?.worker.postMessage({ cmd: 'start' } satisfies ToWorker);
    bare?.start();
    const fixedCost = async (): Promise<FixedCost> => {
      await sleep(2000); // settle
      const p0 = producer ? await ask<ProducerReport>(producer.worker, { cmd: 'report' }) : { produced: 0, acked: 0 };
      baseViewer!.worker.postMessage({ cmd: 'measure', on: true } satisfies ToWorker);
      const meter = new CpuMeter(pid);
      await sleep(FIXED_SECONDS * 1000);
      baseViewer!.worker.postMessage({ cmd: 'measure', on: false } satisfies ToWorker);
      const { cpuS, wallS } = meter.read();
      const p1 = producer ? await ask<ProducerReport>(producer.worker, { cmd: 'report' }) : p0;
      const report = await ask<ViewerReport>(baseViewer!.worker, { cmd: 'report' });
      return { wallS, cpuS, delivered: report.received, ackedPerS: (p1.acked - p0.acked) / wallS };
    };
    const fixedBefore = baseViewer ? await fixedCost() : undefined;
    const threads = Math.min(VIEWER_THREADS, viewers);
    const others = viewers - (baseViewer ? 1 : 0);
    const t0 = performance.now();
    const viewerWorkers = Array.from({ length: threads }, (_, k) => viewersWorker(Math.floor(others / threads) + (k < others % threads ? 1 : 0)));
    workers.push(...viewerWorkers.map((w) => w.worker));
    await Promise.all(viewerWorkers.map((w) => w.ready));
    const connectS = (performance.now() - t0) / 1000;
    if (baseViewer) viewerWorkers.push(baseViewer);
    await sleep(2000); // settle
    const before = await counters();
    const p0 = producer ? await ask<ProducerReport>(producer.worker, { cmd: 'report' }) : { produced: 0, acked: 0 };
    for (const w of viewerWorkers) w.worker.postMessage({ cmd: 'measure', on: true } satisfies ToWorker);
    const serverCpu = new CpuMeter(pid);
    const client0 = process.cpuUsage();
    const machine0 = machineCpu();
    const m0 = performance.now();
    await sleep(SECONDS * 1000);
    for (const w of viewerWorkers) w.worker.postMessage({ cmd: 'measure', on: false } satisfies ToWorker);
    const wallS = (performance.now() - m0) / 1000;
    if (real && (real.child.exitCode !== null || real.child.signalCode !== null)) {
      throw new Error(
        `the server exited during the run (code ${real.child.exitCode}, signal ${real.child.signalCode}); its last output:\n${real.output().slice(-3000)}`,
      );
    }
    if (bare && !bare.alive()) throw new Error('the bare ws server exited during the run');
    const cpu = serverCpu.read();
    const c = process.cpuUsage(client0);
    const machine = machineBusy(machine0, machineCpu(), wallS);
    const rss = rssMb(pid);
    const p1 = producer ? await ask<ProducerReport>(producer.worker, { cmd: 'report' }) : p0;
    const after = await counters();
    const reports: ViewerReport[] = [];
    for (const w of viewerWorkers) reports.push(await ask<ViewerReport>(w.worker, { cmd: 'report' }));
    let fixedAfter: FixedCost | undefined;
    if (baseViewer) {
      // The other viewers leave (their threads end), then the base viewer is measured alone again.
      const leaving = viewerWorkers.filter((w) => w !== baseViewer).map((w) => w.worker);
      const exited = leaving.map((w) => new Promise((resolve) => w.once('exit', resolve)));
      for (const w of leaving) {
        w.postMessage({ cmd: 'stop' } satisfies ToWorker);
        setTimeout(() => void w.terminate(), 5000).unref();
      }
      await Promise.all(exited);
      workers.splice(0, workers.length, ...workers.filter((w) => !leaving.includes(w)));
      fixedAfter = await fixedCost();
    }
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
      kind,
      windowed,
      viewers,
      connected: opened,
      connectS,
      wallS,
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      max: sorted[sorted.length - 1] ?? Number.NaN,
      receivedPct: (100 * received) / expected,
      batchesPerViewerS: received / Math.max(1, opened) / wallS,
      minBatchesPerViewerS: Math.min(...reports.map((r) => r.minReceived)) / wallS,
      bytesPerViewerS: sum((r) => r.bytes) / Math.max(1, opened) / wallS,
      delivered: received,
      gaps: sum((r) => r.gaps),
      snapshots: sum((r) => r.snapshots),
      closed: sum((r) => r.closed),
      serverCores: cpu.cores,
      serverCpuS: cpu.cpuS,
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
      sample: reports.find((r) => r.sample !== undefined)?.sample,
      fixed: fixedBefore && fixedAfter ? { before: fixedBefore, after: fixedAfter } : undefined,
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
    await real?.stop();
    await bare?.stop();
  }
}

/**
 * Server CPU per delivered frame (µs), above the same server's fixed cost:
 * what it spent with one viewer, in the same process just before and after
 * (Result.fixed: both windows pooled, or one of them with `only`). The real
 * server's fixed cost is ingesting the producer's events and encoding each
 * batch once: on a busy machine a starved server takes in fewer of them, so
 * that cost is scaled by the events it acknowledged against the fixed
 * windows' (batches built follow the same ratio: every batch holds every
 * series). The bare server's fixed cost is a timer. Without `fixed` (a
 * 1-viewer run has none), `base` (a 1-viewer run) stands in for it.
 */
function usPerFrame(r: Result, base: Result, only?: 'before' | 'after'): number {
  const windows = r.fixed === undefined ? [] : only === undefined ? [r.fixed.before, r.fixed.after] : [r.fixed[only]];
  const f =
    windows.length > 0
      ? windows.reduce(
          (a, w) => ({ wallS: a.wallS + w.wallS, cpuS: a.cpuS + w.cpuS, delivered: a.delivered + w.delivered, acked: a.acked + w.ackedPerS * w.wallS }),
          {
            wallS: 0,
            cpuS: 0,
            delivered: 0,
            acked: 0,
          },
        )
      : { wallS: base.wallS, cpuS: base.serverCpuS, delivered: base.delivered, acked: base.ackedPerS * base.wallS };
  const fixedAckedPerS = f.acked / f.wallS;
  const fixedPerS = (f.cpuS / f.wallS) * (r.kind === 'real' && fixedAckedPerS > 0 ? r.ackedPerS / fixedAckedPerS : 1);
  const framesPerS = r.delivered / r.wallS - f.delivered / f.wallS;
  return framesPerS > 0 ? ((r.serverCpuS / r.wallS - fixedPerS) / framesPerS) * 1e6 : Number.NaN;
}

function fmtFixed(r: Result): string {
  if (r.fixed === undefined) return 'none';
  const pct = (w: FixedCost) => `${fmt((100 * w.cpuS) / w.wallS, 1)}%`;
  return `${r.kind === 'real' ? 'latency-dash' : 'bare ws'} ${pct(r.fixed.before)} / ${pct(r.fixed.after)} of a core`;
}

function printRun(r: Result): void {
  const who = r.kind === 'real' ? (r.windowed ? 'windowed    ' : 'latency-dash') : 'bare ws     ';
  console.log(
    `  ${who} ${fmt(r.viewers).padStart(6)} viewers (${fmt(r.connected)} connected in ${fmt(r.connectS, 1)} s): delay p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, max ${fmt(r.max, 1)} ms; ` +
      `${fmt(r.batchesPerViewerS, 2)} batches/s per viewer (fewest ${fmt(r.minBatchesPerViewerS, 2)}; ${fmt(r.receivedPct, 1)}% of those sent), ${fmt(r.bytesPerViewerS / 1024, 1)} KiB/s per viewer, ${fmt(r.bytesPerBatch)} B per batch; ` +
      `${fmt(r.gaps)} gaps, ${fmt(r.snapshots)} snapshots, ${fmt(r.closed)} closed`,
  );
  console.log(
    `               server ${fmt(r.serverCores * 100)}% of a core, RSS ${fmt(r.rssMb)} MB` +
      (r.kind === 'real'
        ? `, ${fmt(r.batchesBuilt / r.wallS, 1)} batches/s built, ${fmt(r.framesSent / r.wallS)} frames/s sent, skipped ${fmt(r.serverSkipped)}, resyncs ${fmt(r.serverResyncs)}, slow closes ${fmt(r.serverSlowClosed)}; producer ${fmt(r.producedPerS, 1)} batches/s sent, ${fmt(r.ackedPerS, 1)} acked`
        : '') +
      `; viewers' process ${fmt(r.clientCores * 100)}% of a core; machine ${fmt(r.machine.busyCores * 100)}% busy of 200% (softirq ${fmt(r.machine.softirqCores * 100)}%, steal ${fmt(r.machine.stealCores * 100)}%)`,
  );
}

/** Bytes per second one viewer of the demo's prod-us-east (split by metadata) gets in non-snapshot batches. */
async function demoBytesPerS(serverArgs: string[]): Promise<number> {
  const server = await spawnServer(['--history', 'off', ...serverArgs]);
  try {
    const ws = new WebSocket(server.wsUrl, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    let bytes = 0;
    let measuring = false;
    ws.on('message', (data: Buffer) => {
      const head = batchHead(data);
      if (measuring && head !== undefined && !head.snapshot) bytes += data.length;
    });
    ws.send(encodeClientMessage({ subscription: { action: 0, targetId: 'prod-us-east', splitByMetadata: true, intervalMs: INTERVAL_MS } }));
    await sleep(2000); // every series of the demo has had events
    measuring = true;
    const t0 = performance.now();
    await sleep(SECONDS * 1000);
    measuring = false;
    const s = (performance.now() - t0) / 1000;
    ws.terminate();
    return bytes / s;
  } finally {
    await server.stop();
  }
}

/** Field deltas against full rows: bytes per viewer per second, the demo and the 1,000-series target. */
async function deltaSavings(): Promise<void> {
  const demoFull = await demoBytesPerS(['--no-field-deltas']);
  const demoDelta = await demoBytesPerS([]);
  const bigFull = await run('real', 1, undefined, ['--no-field-deltas']);
  const bigDelta = await run('real', 1);
  const line = (what: string, full: number, delta: number) => {
    console.log(
      `  ${what}: ${fmt(full / 1024, 1)} KiB/s per viewer with full rows, ${fmt(delta / 1024, 1)} KiB/s with field deltas (${fmt(delta / full, 2)}×)`,
    );
    summarize({
      bench: 'fanout',
      figure: `${what}: KiB/s per viewer, field deltas`,
      value: `${fmt(delta / 1024, 1)} KiB/s`,
      ratio: `${fmt(delta / full, 2)}× full rows (${fmt(full / 1024, 1)} KiB/s)`,
    });
  };
  console.log(`  field deltas (each a ${SECONDS} s run, 1 viewer, full rows first):`);
  line('demo prod-us-east split view', demoFull, demoDelta);
  line(`${SERIES}-series target, every series changing`, bigFull.bytesPerViewerS, bigDelta.bytesPerViewerS);
}

if (!isMainThread) {
  const d = workerData as {
    role: 'producer' | 'viewers';
    wsUrl: string;
    series: number;
    viewers: number;
    capacity: number;
    snapshots: boolean;
    windowed: boolean;
  };
  if (d.role === 'producer') await producerThread(d.wsUrl, d.series);
  else await viewerThread(d.wsUrl, d.viewers, d.capacity, d.snapshots, d.windowed);
} else {
  const limit = openFileLimit();
  console.log(
    `fan-out bench${quick ? ' (quick)' : ''}: ${SERIES} series changing every ${INTERVAL_MS} ms (producer: ${SERIES} events every ${PRODUCE_EVERY_MS} ms), ` +
      `${SECONDS} s per run; viewers in ${VIEWER_THREADS} worker threads and the producer in another, in this process; each server in a child; all share this machine's 2 cores. ` +
      `Per viewer count: latency-dash, then a bare ws server sending a batch of the same size. ulimit -n ${limit.soft} (hard ${limit.hard}); load average ${loadavg()[0].toFixed(2)}`,
  );
  const counts = wanted.filter((n) => {
    // This process holds n sockets; the server holds n more in its own process (same limit).
    if (n + 200 > limit.soft) {
      console.log(`  skipping ${n} viewers: ulimit -n is ${limit.soft}; raise it (ulimit -n ${n + 1000}) in the shell that runs the bench`);
      return false;
    }
    return true;
  });
  const failures: string[] = [];
  /** Each viewer count against a bare ws server sending frames of the same size; the first count is the CPU baseline. */
  const section = async (windowed: boolean): Promise<{ real: Result; bare: Result }[]> => {
    const pairs: { real: Result; bare: Result }[] = [];
    let sample: Uint8Array | undefined;
    if (windowed) console.log(`  windowed views: every viewer watches the top ${WINDOW_VIEW.limit} by p90 of the ${SERIES} series`);
    for (const n of counts) {
      process.stdout.write(`  … ${n} ${windowed ? 'windowed ' : ''}viewer${n === 1 ? '' : 's'}\n`);
      try {
        const real = await run('real', n, undefined, [], windowed);
        printRun(real);
        // The frame of this run (or, if its viewers got none, the last one seen) sets the bare server's size.
        sample = real.sample ?? sample;
        if (sample === undefined) throw new Error('no batch reached a viewer: nothing to give the bare server');
        const bare = await run('bare', n, sample);
        printRun(bare);
        pairs.push({ real, bare });
      } catch (err) {
        console.log(`  ${fmt(n)} ${windowed ? 'windowed ' : ''}viewers: FAILED: ${(err as Error).message}`);
        failures.push(`${fmt(n)} ${windowed ? 'windowed ' : ''}viewers`);
        continue;
      }
      const [base, last] = [pairs[0], pairs[pairs.length - 1]];
      if (last !== base) {
        const ours = usPerFrame(last.real, base.real);
        const theirs = usPerFrame(last.bare, base.bare);
        const spread = (['before', 'after'] as const).map((w) => `${fmt(usPerFrame(last.real, base.real, w) / usPerFrame(last.bare, base.bare, w), 2)}×`);
        console.log(
          `               server CPU per delivered frame: ${fmt(ours, 2)} µs, bare ws ${fmt(theirs, 2)} µs: ${fmt(ours / theirs, 2)}× (goal ≤ 1.1×; each above its own fixed cost with one viewer, ` +
            `measured in the same process before and after the others: ${fmtFixed(last.real)} and ${fmtFixed(last.bare)}; with only the one before ${spread[0]}, only the one after ${spread[1]})`,
        );
      }
    }
    return pairs;
  };
  const pairs = windowMode === 'only' ? [] : await section(false);
  const windowPairs = windowMode === 'off' ? [] : await section(true);
  if (windowMode !== 'only') {
    try {
      await deltaSavings();
    } catch (err) {
      console.log(`  field deltas: FAILED: ${(err as Error).message}`);
      failures.push('field deltas');
    }
  }
  for (const what of failures) summarize({ bench: 'fanout', figure: what, value: 'FAILED (see output)', met: false });
  if (pairs.length === 0 && windowPairs.length === 0) process.exit(1);
  for (const { real, bare } of windowPairs.slice(1)) {
    const ours = usPerFrame(real, windowPairs[0].real);
    const theirs = usPerFrame(bare, windowPairs[0].bare);
    summarize({
      bench: 'fanout',
      figure: `${fmt(real.viewers)} viewers of a ${WINDOW_VIEW.limit}-row window of ${SERIES} series @10/s: p50/p99, batches/s per viewer, KiB/s per viewer`,
      value: `p50 ${fmt(real.p50, 1)} ms, p99 ${fmt(real.p99, 1)} ms, ${fmt(real.batchesPerViewerS, 2)}/s, ${fmt(real.bytesPerViewerS / 1024, 1)} KiB/s`,
      ratio: `bare ws: p99 ${fmt(bare.p99, 1)} ms, ${fmt(bare.batchesPerViewerS, 2)}/s`,
    });
    summarize({
      bench: 'fanout',
      figure: `${fmt(real.viewers)} windowed viewers: server CPU per delivered frame (${fmt(real.bytesPerBatch)} B)`,
      value: `${fmt(ours, 2)} µs`,
      ratio: `${fmt(ours / theirs, 2)}× bare ws (${fmt(theirs, 2)} µs)`,
    });
  }
  if (pairs.length === 0) process.exit(windowMode === 'only' && windowPairs.length > 0 ? 0 : 1);
  const base = pairs[0];
  const ok = (r: Result) => r.p99 < 100 && r.receivedPct > 99;
  for (const { real, bare } of pairs.slice(1)) {
    const ours = usPerFrame(real, base.real);
    const theirs = usPerFrame(bare, base.bare);
    summarize({
      bench: 'fanout',
      figure: `${fmt(real.viewers)} viewers × ${SERIES} series @10/s: p99, batches/s per viewer, KiB/s per viewer`,
      value: `p99 ${fmt(real.p99, 1)} ms, ${fmt(real.batchesPerViewerS, 2)}/s, ${fmt(real.bytesPerViewerS / 1024, 1)} KiB/s`,
      goal: real.viewers >= 10_000 ? '10,000 viewers, p99 < 100 ms' : undefined,
      met: real.viewers >= 10_000 ? ok(real) : undefined,
      ratio: `bare ws: p99 ${fmt(bare.p99, 1)} ms, ${fmt(bare.batchesPerViewerS, 2)}/s`,
    });
    summarize({
      bench: 'fanout',
      figure: `${fmt(real.viewers)} viewers: server CPU per delivered frame (${fmt(real.bytesPerBatch)} B)`,
      value: `${fmt(ours, 2)} µs`,
      goal: '≤ 1.1× bare ws',
      met: ours / theirs <= 1.1,
      ratio: `${fmt(ours / theirs, 2)}× bare ws (${fmt(theirs, 2)} µs)`,
    });
  }
}
