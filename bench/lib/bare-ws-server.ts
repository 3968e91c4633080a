/**
 * The fan-out bench's baseline: a bare `ws` server (no Fastify, no engine,
 * no stream groups) that every interval sends one pre-encoded
 * ServerMessage{batch} to every open client with `ws.send`. Its updates are
 * the bytes of a batch the real server sent in the same bench run, so the
 * frames are the same size; only seq and server_time are written per tick
 * (a few bytes, once per tick, not per client). What it spends per frame is
 * what `ws` itself costs to deliver those bytes: the floor for the real server.
 *
 * Like the real server, it skips a client holding over 1 MiB unsent.
 *
 * Run as its own process: bare-ws-server.ts <file with a ServerMessage{batch}> <interval ms>
 * Prints {"port": N} on stdout once listening; starts sending on SIGUSR2 (once
 * the viewers are connected, as the real server's batches start with the
 * producer); exits on SIGTERM.
 */
import { readFileSync } from 'node:fs';
import { decodeServerMessage, encodeMetricsBatch } from '@latency-dash/protocol';
import { WebSocket, WebSocketServer } from 'ws';

const [file, intervalArg] = process.argv.slice(2);
if (file === undefined || intervalArg === undefined) throw new Error('usage: bare-ws-server.ts <batch file> <interval ms>');
const intervalMs = Number(intervalArg);
const MAX_BUFFERED = 1024 * 1024;
const sample = decodeServerMessage(readFileSync(file)).batch;
if (!sample) throw new Error(`${file} holds no ServerMessage{batch}`);
// Repeated fields may be split over several records: envelope bytes + update records decode as one batch.
const updateRecords = encodeMetricsBatch({ updates: sample.updates });

const varint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};

let seq = sample.seq;
function frame(): Buffer {
  seq++;
  const envelope = encodeMetricsBatch({
    targetId: sample!.targetId,
    seq,
    serverTime: Math.round((performance.timeOrigin + performance.now()) * 1e6),
    intervalMs,
  });
  const len = envelope.length + updateRecords.length;
  return Buffer.concat([Buffer.from([(2 << 3) | 2, ...varint(len)]), envelope, updateRecords]); // ServerMessage.batch = 2
}

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false, backlog: 4096 });
wss.on('listening', () => {
  const address = wss.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  process.stdout.write(JSON.stringify({ port: address.port }) + '\n');
});
wss.on('connection', (ws) => ws.on('error', () => {}));
let sending = false;
process.on('SIGUSR2', () => (sending = true));
const timer = setInterval(() => {
  if (!sending || wss.clients.size === 0) return;
  const bytes = frame();
  // The real server's rule for slow viewers (--max-buffered-bytes), or both would queue without bound.
  for (const ws of wss.clients) if (ws.readyState === WebSocket.OPEN && ws.bufferedAmount <= MAX_BUFFERED) ws.send(bytes, { binary: true });
}, intervalMs);
process.on('SIGTERM', () => {
  clearInterval(timer);
  for (const ws of wss.clients) ws.terminate();
  wss.close(() => process.exit(0));
});
