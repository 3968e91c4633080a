/**
 * Ingest write-ahead log: what durability costs and how fast a restart is.
 *
 * 1. HTTP ingest (protobuf, 1000-event batches, 4 keep-alive clients) into
 *    the real server with history on, with the log off (baseline),
 *    --wal-fsync everysec (the default) and always; ratio against off. For
 *    `always`, batches per fdatasync shows the group commit at work.
 * 2. Replay speed, in this process: 1 M events logged through a real
 *    engine, then a fresh engine restored from the folder (no snapshot, so
 *    every event is replayed); events/s. Also a snapshot of that state:
 *    size, encode time, load time.
 * 3. Restart time of the real server with 1 M logged events after kill -9,
 *    from spawn to "listening", against the same server restarting on an
 *    empty log (node + tsx start-up and everything else).
 * Run: node --conditions=source --import tsx bench/wal.ts [--quick]
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeEventBatch, type WireEvent } from '@latency-dash/protocol';
import { createLogger } from '../packages/server/src/log.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import type { IngestEvent } from '../packages/server/src/metrics/series.js';
import { recover } from '../packages/server/src/wal/wal-recovery.js';
import { WriteAheadLog } from '../packages/server/src/wal/write-ahead-log.js';
import { CpuMeter, serverNodeFlags } from './lib/proc.js';
import { fmt, sleep, summarize } from './lib/report.js';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 6;
const CLIENTS = 4;
const BATCH = 1000;
const REPLAY_EVENTS = 1_000_000;
const TIERS = ['free', 'premium', 'enterprise'];
const REGIONS = ['us-east', 'us-west', 'eu-west'];
const silent = createLogger('silent', false);

function wireBatch(seed: number): WireEvent[] {
  const out: WireEvent[] = [];
  for (let i = 0; i < BATCH; i++) {
    const n = i + seed;
    const e: WireEvent = {
      targetId: `target-${n % 4}`,
      key: `svc-${Math.floor(n / 4) % 10}`,
      metadata: { tier: TIERS[Math.floor(n / 40) % 3], region: REGIONS[Math.floor(n / 120) % 3] },
      payloadSize: 100 + ((n * 37) % 4900),
    };
    if (i % 2 === 0) e.valueMs = 1 + ((n * 7919) % 50_000) / 100;
    out.push(e);
  }
  return out;
}

const BODIES = [0, 1, 2, 3].map((s) => Buffer.from(encodeEventBatch({ batchId: s, events: wireBatch(s * 7) })));

/** CLIENTS loops posting protobuf batches for `seconds` (after a warm-up); events/s and server CPU. */
async function ingest(
  server: ServerProcess,
  seconds: number,
  stopAfterEvents = Infinity,
): Promise<{ eventsPerS: number; serverCores: number; events: number }> {
  const url = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  let measuring = stopAfterEvents !== Infinity;
  let running = true;
  let events = 0;
  let errors = 0;
  const one = (body: Buffer) =>
    new Promise<void>((resolve) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/api/v1/events',
          headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode === 200) {
              if (measuring) events += BATCH;
            } else errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const loops = Array.from({ length: CLIENTS }, async (_, c) => {
    while (running && events < stopAfterEvents) await one(BODIES[c]);
  });
  let meter: CpuMeter | undefined;
  let t0 = performance.now();
  if (stopAfterEvents === Infinity) {
    await sleep(quick ? 500 : 1000);
    measuring = true;
    meter = new CpuMeter(server.pid);
    t0 = performance.now();
    await sleep(seconds * 1000);
    measuring = false;
  } else {
    meter = new CpuMeter(server.pid);
    await Promise.all(loops);
  }
  const wallS = (performance.now() - t0) / 1000;
  const serverCores = meter.read().cores;
  running = false;
  await Promise.all(loops);
  agent.destroy();
  if (errors > 0) console.log(`    (${errors} requests failed)`);
  return { eventsPerS: events / wallS, serverCores, events };
}

async function metric(server: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
}

const serverArgs = (dir: string, wal: string[]) => ['--no-demo', '--history', join(dir, 'h.sqlite'), '--rate-limit-per-minute', '100000000', ...wal];

interface Measured {
  eventsPerS: number;
  /** Server CPU seconds per million events: steadier than events/s on a shared machine. */
  cpuSPerM: number;
  line: string;
}

async function measure(wal: string[]): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-wal-'));
  const server = await spawnServer(serverArgs(dir, wal), {
    nodeFlags: serverNodeFlags(),
  });
  try {
    const r = await ingest(server, SECONDS);
    const records = await metric(server, 'latency_dash_wal_records_written_total');
    const fsyncs = await metric(server, 'latency_dash_wal_fsyncs_total');
    const bytes = await metric(server, 'latency_dash_wal_bytes_written_total');
    const line = Number.isNaN(records)
      ? ''
      : `; ${fmt(bytes / Math.max(1, records * BATCH), 1)} log bytes/event, ${fmt(fsyncs)} fdatasyncs for ${fmt(records)} records (${fmt(records / Math.max(1, fsyncs), 1)} batches per fsync)`;
    return { eventsPerS: r.eventsPerS, cpuSPerM: (r.serverCores / r.eventsPerS) * 1e6, line };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function throughput(): Promise<void> {
  const rounds = quick ? 1 : 2;
  console.log(
    `  HTTP ingest, protobuf, ${BATCH}-event batches, ${CLIENTS} clients, ${SECONDS} s per configuration, history on; ${rounds} round(s) in turn, best of each:`,
  );
  const configs: { label: string; wal: string[]; best?: Measured }[] = [
    { label: 'log off (baseline)', wal: ['--wal', 'off'] },
    { label: '--wal-fsync everysec', wal: ['--wal-fsync', 'everysec'] },
    { label: '--wal-fsync always', wal: ['--wal-fsync', 'always'] },
  ];
  // In turn rather than one after the other, so a change in the machine's load hits them alike.
  for (let round = 0; round < rounds; round++) {
    for (const config of configs) {
      const m = await measure(config.wal);
      if (config.best === undefined || m.eventsPerS > config.best.eventsPerS) config.best = m;
    }
  }
  const base = configs[0].best!;
  for (const config of configs) {
    const m = config.best!;
    const ratio = m.eventsPerS / base.eventsPerS;
    console.log(
      `    ${config.label.padEnd(24)} ${fmt(m.eventsPerS).padStart(9)} events/s  ${fmt(ratio, 2)}× baseline  server ${fmt(m.cpuSPerM, 2)} CPU s per M events (${fmt(m.cpuSPerM / base.cpuSPerM, 2)}×)${m.line}`,
    );
    summarize({
      bench: 'wal',
      figure: `HTTP ingest events/s, ${config.label}`,
      value: fmt(m.eventsPerS),
      ratio: `${fmt(ratio, 2)}× log off; server CPU per event ${fmt(m.cpuSPerM / base.cpuSPerM, 2)}×`,
    });
  }
}

function replaySpeed(): void {
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-wal-'));
  try {
    const engine = new MetricsEngine({ windowSamples: 1000 });
    const wal = new WriteAheadLog(engine, { dir, fsync: 'off', maxBytes: 4 * 1024 * 1024 * 1024, snapshotIntervalMs: 3_600_000, log: silent });
    engine.addSink(wal);
    recover(wal, engine, undefined, silent);
    wal.start();
    const batch = wireBatch(0);
    const t0 = performance.now();
    for (let i = 0; i < REPLAY_EVENTS; i++) {
      const w = batch[i % BATCH];
      const e: IngestEvent = { targetId: w.targetId!, key: w.key!, metadata: w.metadata!, timestampMs: engine.clock.nowMs(), payloadBytes: w.payloadSize! };
      if (w.valueMs != null) e.valueMs = w.valueMs;
      engine.ingest(e);
      if (i % BATCH === BATCH - 1) wal.commit();
    }
    wal.writePending();
    const logS = (performance.now() - t0) / 1000;
    const bytes = wal.totalBytes;

    const fresh = new MetricsEngine({ windowSamples: 1000 });
    const other = new WriteAheadLog(fresh, { dir, fsync: 'off', maxBytes: 4 * 1024 * 1024 * 1024, snapshotIntervalMs: 3_600_000, log: silent });
    const r0 = performance.now();
    const report = recover(other, fresh, undefined, silent);
    const replayS = (performance.now() - r0) / 1000;
    const perS = report.replayed / replayS;
    console.log(
      `  replay, in this process: ${fmt(report.replayed)} events (${fmt(bytes / 1e6, 1)} MB of log, ${fmt(bytes / report.replayed, 1)} bytes/event) in ${fmt(replayS, 2)} s = ${fmt(perS)} events/s` +
        ` (logging them through the engine took ${fmt(logS, 2)} s = ${fmt(REPLAY_EVENTS / logS)} events/s)`,
    );
    summarize({
      bench: 'wal',
      figure: 'replay speed, events/s',
      value: fmt(perS),
      ratio: `${fmt(perS / (REPLAY_EVENTS / logS), 2)}× first ingest through the engine`,
    });

    // The same state as a snapshot: what a restart loads instead of the log.
    const s0 = performance.now();
    other.start();
    other.snapshot(true, false);
    const snapS = (performance.now() - s0) / 1000;
    const third = new MetricsEngine({ windowSamples: 1000 });
    const l0 = performance.now();
    const loaded = recover(
      new WriteAheadLog(third, { dir, fsync: 'off', maxBytes: 1 << 30, snapshotIntervalMs: 3_600_000, log: silent }),
      third,
      undefined,
      silent,
    );
    const loadS = (performance.now() - l0) / 1000;
    console.log(
      `  snapshot of that state (${fmt(loaded.restoredSeries)} series, full windows): ${fmt(other.stats.lastSnapshotBytes / 1e6, 1)} MB, encoded in ${fmt(other.stats.lastSnapshotEncodeMs, 0)} ms, ` +
        `written (fsync) in ${fmt(snapS * 1000, 0)} ms, loaded in ${fmt(loadS * 1000, 0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spawn to "listening", with the server's own recovery figures. */
async function restart(args: string[]): Promise<{ s: number; server: ServerProcess; replayed: number; recoveryMs: number }> {
  const t0 = performance.now();
  const server = await spawnServer(args);
  const s = (performance.now() - t0) / 1000;
  const line = server
    .output()
    .split('\n')
    .find((l) => l.includes('write-ahead log recovered'));
  const rec = line ? (JSON.parse(line) as { replayed: number; ms: number }) : { replayed: 0, ms: 0 };
  return { s, server, replayed: rec.replayed, recoveryMs: rec.ms };
}

async function restartTime(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ld-bench-wal-'));
  try {
    const args = serverArgs(dir, ['--wal-snapshot-interval-s', '86400', '--wal-max-mb', '1024']);
    // Baseline: the same server on an empty log.
    const empty = await restart(args);
    await empty.server.stop();
    const baseline = await restart(args);
    const logged = await ingest(baseline.server, 0, REPLAY_EVENTS);
    baseline.server.child.kill('SIGKILL');
    await baseline.server.exited;
    const after = await restart(args);
    const health = (await (await fetch(`${after.server.url}/health`)).json()) as { targets: number };
    await after.server.stop();
    console.log(
      `  restart of the server after kill -9 with ${fmt(logged.events)} events logged: ${fmt(after.s, 2)} s to listening (${fmt(after.replayed)} replayed in ${fmt(after.recoveryMs)} ms, ` +
        `${health.targets} targets back), against ${fmt(baseline.s, 2)} s on an empty log: +${fmt(after.s - baseline.s, 2)} s`,
    );
    summarize({
      bench: 'wal',
      figure: `restart after kill -9, ${fmt(logged.events / 1e6, 1)} M events logged`,
      value: `${fmt(after.s, 2)} s`,
      ratio: `${fmt(after.s / baseline.s, 2)}× an empty log (${fmt(baseline.s, 2)} s)`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`write-ahead log bench${quick ? ' (quick)' : ''}`);
await throughput();
replaySpeed();
await restartTime();
