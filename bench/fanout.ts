/**
 * Fan-out: N real WebSocket viewers of one target whose series all change
 * every 100 ms. The server runs in its own process; this process is the
 * producer and the viewers. Prints delivery delay (receive time minus the
 * batch's server_time), batches received, server CPU and RSS, against a
 * 1-viewer baseline. Run: node --conditions=source --import tsx bench/fanout.ts [--quick]
 */
import { readFileSync } from 'node:fs';
import { encodeClientMessage } from '@latency-dash/protocol';
import WebSocket from 'ws';
import { spawnServer } from '../packages/server/test/spawn-server.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 5 : 15;
const SERIES = Number(process.env.FANOUT_SERIES ?? 100);
const VIEWERS = quick ? [1, 1000] : [1, 1000, 5000];
const TICKS_PER_S = Number(process.env.NODE_CLOCK_TICKS ?? 100);

/** server_time (field 7 of the batch) without decoding the updates: skip fields by wire type. */
function serverTimeMs(buf: Buffer): number | undefined {
  const r = { b: buf, p: 0 };
  const varint = () => {
    let v = 0;
    let s = 1;
    for (;;) {
      const x = r.b[r.p++];
      v += (x & 0x7f) * s;
      if (x < 0x80) return v;
      s *= 128;
    }
  };
  // ServerMessage: field 2 (batch), length-delimited.
  if (varint() !== ((2 << 3) | 2)) return undefined;
  const end = varint() + r.p;
  while (r.p < end) {
    const tag = varint();
    const field = tag >>> 3;
    const type = tag & 7;
    if (field === 7 && type === 0) return varint() / 1e6;
    if (type === 0) varint();
    else if (type === 1) r.p += 8;
    else if (type === 2) {
      const len = varint(); // read first: `r.p += varint()` would add to the old position
      r.p += len;
    }
    else if (type === 5) r.p += 4;
    else return undefined;
  }
  return undefined;
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

interface Result {
  viewers: number;
  p50: number;
  p99: number;
  max: number;
  batchesPerViewerPerS: number;
  cpuPct: number;
  rssMb: number;
  bytesPerBatch: number;
}

async function run(viewers: number): Promise<Result> {
  const server = await spawnServer(['--no-demo', '--history', 'off', '--max-connections-per-address', '20000', '--ws-messages-per-second', '1000']);
  const pid = server.child.pid!;
  const wsUrl = `${server.url.replace('http', 'ws')}/ws`;
  const producer = new WebSocket(wsUrl);
  await new Promise((r) => producer.once('open', r));
  const keys = Array.from({ length: SERIES }, (_, i) => `svc-${i}`);
  let tick = 0;
  const produce = () => {
    tick++;
    producer.send(encodeClientMessage({ events: { batchId: tick, events: keys.map((key, i) => ({ targetId: 'fan', key, valueMs: 1 + ((i + tick) % 50), payloadSize: 100 })) } }));
  };
  produce();

  const delays: number[] = [];
  let received = 0;
  let bytes = 0;
  let measuring = false;
  const sockets: WebSocket[] = [];
  for (let i = 0; i < viewers; i++) {
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    sockets.push(ws);
    ws.on('message', (data: Buffer) => {
      const t = serverTimeMs(data);
      if (t === undefined || !measuring) return;
      received++;
      bytes += data.length;
      delays.push(Date.now() - t);
    });
    ws.once('open', () => ws.send(encodeClientMessage({ subscription: { action: 0, targetId: 'fan', intervalMs: 100 } })));
    if (i % 250 === 249) await new Promise((r) => setTimeout(r, 20)); // don't SYN-flood the accept queue
  }
  await Promise.all(sockets.map((s) => (s.readyState === WebSocket.OPEN ? undefined : new Promise((r) => s.once('open', r)))));
  const pump = setInterval(produce, 100);
  await new Promise((r) => setTimeout(r, 1000)); // settle
  measuring = true;
  const cpu0 = cpuSeconds(pid);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = (cpuSeconds(pid) - cpu0) / elapsed;
  const rss = rssMb(pid);
  clearInterval(pump);
  for (const s of sockets) s.terminate();
  producer.terminate();
  await server.stop();
  delays.sort((a, b) => a - b);
  const q = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? Number.NaN;
  return {
    viewers,
    p50: q(50),
    p99: q(99),
    max: delays[delays.length - 1] ?? Number.NaN,
    batchesPerViewerPerS: received / viewers / elapsed,
    cpuPct: cpu * 100,
    rssMb: rss,
    bytesPerBatch: received ? bytes / received : 0,
  };
}

console.log(`fan-out bench: ${SERIES} series changing every 100 ms, ${SECONDS} s per run (viewers and producer share this machine's 2 cores)`);
const results: Result[] = [];
for (const n of VIEWERS) {
  process.stdout.write(`  … ${n} viewer${n === 1 ? '' : 's'}\n`);
  results.push(await run(n));
}
const base = results[0];
for (const r of results) {
  console.log(
    `  ${String(r.viewers).padStart(5)} viewers: delay p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ${r.batchesPerViewerPerS.toFixed(1)} batches/s per viewer; ` +
      `${Math.round(r.bytesPerBatch)} B per batch; server CPU ${r.cpuPct.toFixed(0)}% of a core (${(r.cpuPct / Math.max(1, base.cpuPct)).toFixed(1)}× the 1-viewer run), RSS ${r.rssMb.toFixed(0)} MB`,
  );
}
