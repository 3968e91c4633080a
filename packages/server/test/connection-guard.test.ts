import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';
import { test } from 'node:test';
import { MAX_BODY_BYTES } from '@latency-dash/protocol';
import { spawnServer } from '../../../scripts/lib/spawn-server.js';
import { resolveOptions } from '../src/app.js';
import { peerIsProxy, trustProxyOption, trustProxyProblem } from '../src/options/trust-proxy.js';
import { startServer, TestClient, until, tryConnect } from './helpers.js';

interface RawResult {
  /** Everything the server sent. */
  text: string;
  status: number | undefined;
  code: string | undefined;
  /** The socket error, if any (EPIPE, ECONNRESET). */
  error: string | undefined;
}

function parseResponse(text: string): { status: number | undefined; code: string | undefined } {
  const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
  const head = text.indexOf('\r\n\r\n');
  const length = Number(/content-length: (\d+)/i.exec(text.slice(0, head))?.[1] ?? 0);
  let code: string | undefined;
  if (head >= 0 && length > 0) {
    try {
      code = (JSON.parse(text.slice(head + 4, head + 4 + length)) as { error?: { code?: string } }).error?.code;
    } catch {
      code = undefined;
    }
  }
  return { status: status === undefined ? undefined : Number(status), code };
}

/**
 * A raw TCP client: sends `head`, then `body` (all of it, as fast as the
 * socket takes it, without reading first), then half-closes; resolves with
 * what the server sent once the socket is closed.
 */
function rawRequest(url: string, head: string, body: Iterable<Buffer> = []): Promise<RawResult> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    let error: string | undefined;
    s.on('data', (d: Buffer) => chunks.push(d));
    s.on('error', (e: Error & { code?: string }) => {
      error = e.code ?? e.message;
    });
    s.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ text, ...parseResponse(text), error });
    });
    s.write(head);
    const it = body[Symbol.iterator]();
    const pump = () => {
      for (;;) {
        if (s.destroyed) return;
        const next = it.next();
        if (next.done) {
          s.end();
          return;
        }
        if (!s.write(next.value)) {
          s.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

function* pieces(total: number, size = 64 * 1024, chunked = false): Generator<Buffer> {
  const piece = Buffer.alloc(size, 0x20);
  for (let sent = 0; sent < total; sent += size) {
    yield chunked ? Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece;
  }
  if (chunked) yield Buffer.from('0\r\n\r\n');
}

async function metric(url: string, line: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? NaN : Number(found.slice(line.length + 1));
}

test('--trust-proxy: values are checked; hop counts and lists map to Fastify trust', () => {
  for (const ok of ['off', 'false', 'true', '1', '127.0.0.1', '10.0.0.0/8, ::1', 'loopback,192.168.0.0/16']) assert.equal(trustProxyProblem(ok), undefined, ok);
  for (const bad of ['yes please', '10.0.0.0/33', '1.2.3', '127.0.0.1,,::1', '::1/129']) assert.ok(trustProxyProblem(bad), bad);
  assert.throws(() => resolveOptions({ trustProxy: 'everyone' }), /--trust-proxy/);
  assert.equal(resolveOptions().trustProxy, 'off');
  assert.equal(trustProxyOption('off'), false);
  assert.deepEqual(trustProxyOption('127.0.0.1, 10.0.0.0/8'), ['127.0.0.1', '10.0.0.0/8']);
  const twoHops = trustProxyOption('2') as (a: string, hop: number) => boolean;
  assert.deepEqual(
    [0, 1, 2].map((hop) => twoHops('x', hop)),
    [true, true, false],
  );
  // Whether the socket's peer is a proxy (and so not capped as a client): only when told.
  const peers = ['127.0.0.1', '10.1.2.3', '192.0.2.7'];
  assert.deepEqual(
    ['off', '0', '1', 'true', '10.0.0.0/8', 'loopback'].map((t) => peers.map(peerIsProxy(t))),
    [
      [false, false, false],
      [false, false, false],
      [true, true, true],
      [true, true, true],
      [false, true, false],
      [true, false, false],
    ],
  );
});

test('by default X-Forwarded-For does not change the address: the WebSocket cap and the rate limit still apply', async () => {
  const run = await startServer({ maxConnectionsPerAddress: 2, rateLimitPerMinute: 2 });
  try {
    const open = await Promise.all([1, 2].map(() => TestClient.connect(run.wsUrl)));
    assert.equal((await tryConnect(run.wsUrl, { 'x-forwarded-for': '10.9.9.9' })).status, 429);
    for (const c of open) c.close();

    for (const ip of ['10.0.0.1', '10.0.0.2']) assert.equal((await fetch(`${run.url}/api/v1/targets`, { headers: { 'x-forwarded-for': ip } })).status, 200);
    assert.equal((await fetch(`${run.url}/api/v1/targets`, { headers: { 'x-forwarded-for': '10.0.0.3' } })).status, 429);
  } finally {
    await run.close();
  }
});

test('--trust-proxy 127.0.0.1: the forwarded address counts for the WebSocket cap and the rate limit', async () => {
  const run = await startServer({ maxConnectionsPerAddress: 2, rateLimitPerMinute: 2, trustProxy: '127.0.0.1' });
  try {
    const open = await Promise.all([1, 2].map(() => TestClient.connect(run.wsUrl)));
    assert.equal((await tryConnect(run.wsUrl)).status, 429, 'the proxy itself is still capped');
    const other = await tryConnect(run.wsUrl, { 'x-forwarded-for': '10.9.9.9' });
    assert.equal(other.status, 101);
    other.ws!.close();
    for (const c of open) c.close();

    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) {
      assert.equal((await fetch(`${run.url}/api/v1/targets`, { headers: { 'x-forwarded-for': ip } })).status, 200, ip);
    }
  } finally {
    await run.close();
  }
});

test('a request that trickles its body is answered 408 LD_ERR_REQUEST_TIMEOUT and closed; so is one that trickles its headers', async () => {
  const run = await startServer({ requestTimeoutMs: 300, headersTimeoutMs: 300 });
  try {
    // Headers, then one byte every 20 ms, forever: only the server can end this.
    const slowBody = (head: string) => {
      const { port } = new URL(run.url);
      return new Promise<RawResult>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1');
        const chunks: Buffer[] = [];
        let error: string | undefined;
        const timer = setInterval(() => s.write('a'), 20);
        s.on('data', (d: Buffer) => chunks.push(d));
        s.on('error', (e: Error & { code?: string }) => (error = e.code));
        s.on('close', () => {
          clearInterval(timer);
          const text = Buffer.concat(chunks).toString('latin1');
          resolve({ text, ...parseResponse(text), error });
        });
        s.write(head);
      });
    };
    const body = await slowBody('POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n');
    assert.equal(body.status, 408, body.text);
    assert.equal(body.code, 'LD_ERR_REQUEST_TIMEOUT');
    const headers = await slowBody('GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    assert.equal(headers.status, 408, headers.text);
    assert.equal(headers.code, 'LD_ERR_REQUEST_TIMEOUT');
    assert.equal(await metric(run.url, 'latency_dash_http_client_errors_total{reason="request_timeout"}'), 2);
    const big = await rawRequest(run.url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`);
    assert.equal(big.status, 431, big.text);
    assert.equal(big.code, 'LD_ERR_HEADERS_TOO_LARGE');
    // Garbage gets a coded 400.
    const garbage = await rawRequest(run.url, 'HELLO THERE\r\n\r\n');
    assert.equal(garbage.status, 400, garbage.text);
    assert.equal(garbage.code, 'LD_ERR_BAD_REQUEST');
  } finally {
    await run.close();
  }
});

test('the N+1th concurrent connection from one address is answered 429 LD_ERR_TOO_MANY_CONNECTIONS and closed; the N others keep working', async () => {
  const run = await startServer({ maxHttpConnectionsPerAddress: 3 });
  const { port } = new URL(run.url);
  const sockets: net.Socket[] = [];
  const get = (s: net.Socket) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      const onData = (d: Buffer) => {
        text += d.toString('latin1');
        if (/\r\n\r\n[\s\S]*\}$/.test(text)) {
          s.off('data', onData);
          resolve(text);
        }
      };
      s.on('data', onData);
      s.once('error', reject);
      s.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    });
  try {
    for (let i = 0; i < 3; i++) {
      const s = net.connect(Number(port), '127.0.0.1');
      sockets.push(s);
      // An answer proves the server has counted this one before the next connects.
      assert.match(await get(s), /^HTTP\/1\.1 200/);
    }
    const refused = await rawRequest(run.url, 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.deepEqual([refused.status, refused.code], [429, 'LD_ERR_TOO_MANY_CONNECTIONS']);
    // A client that sends a body while refused still reads the answer (fetch here).
    const viaFetch = await fetch(`${run.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [] }),
    });
    assert.equal(viaFetch.status, 429);
    assert.equal(((await viaFetch.json()) as { error: { code: string } }).error.code, 'LD_ERR_TOO_MANY_CONNECTIONS');
    for (const s of sockets) assert.match(await get(s), /^HTTP\/1\.1 200/);
    assert.equal(run.server.app.connectionGuard.stats.refused, 2);
    // A freed slot can be used again.
    sockets.pop()!.destroy();
    await until('the server to count the closed socket out', () => run.server.app.connectionGuard.stats.open === 2);
    const again = net.connect(Number(port), '127.0.0.1');
    sockets.push(again);
    assert.match(await get(again), /^HTTP\/1\.1 200/);
    for (const s of sockets) s.destroy();
    await until('the sockets to close', () => run.server.app.connectionGuard.stats.open === 0);
    assert.equal(await metric(run.url, 'latency_dash_http_connections_refused_total'), 2);
  } finally {
    for (const s of sockets) s.destroy();
    await run.close();
  }
});

test('behind a trusted proxy the TCP cap does not apply to the proxy: its connections carry many clients', async () => {
  const run = await startServer({ maxHttpConnectionsPerAddress: 2, trustProxy: '127.0.0.1' });
  const { port } = new URL(run.url);
  const sockets: net.Socket[] = [];
  try {
    for (let i = 0; i < 4; i++) {
      const s = net.connect(Number(port), '127.0.0.1');
      sockets.push(s);
      await once(s, 'connect');
    }
    await until('the server to count 4 connections', () => run.server.app.connectionGuard.stats.open >= 4);
    const res = await fetch(`${run.url}/health`, { headers: { 'x-forwarded-for': '10.0.0.9' } });
    assert.equal(res.status, 200);
    assert.equal(run.server.app.connectionGuard.stats.refused, 0);
  } finally {
    for (const s of sockets) s.destroy();
    await run.close();
  }
});

test('file descriptors are watched: state and limit events on /metrics', async () => {
  const run = await startServer();
  try {
    const stats = run.server.app.connectionGuard.stats;
    await until('the first descriptor count', () => stats.fdState !== 'unknown' || process.platform !== 'linux');
    if (process.platform === 'linux') {
      assert.ok(stats.fdOpen > 0 && stats.fdLimit > stats.fdOpen, `${stats.fdOpen} of ${stats.fdLimit}`);
      assert.equal(await metric(run.url, 'latency_dash_fd_state'), stats.fdState === 'ok' ? 0 : stats.fdState === 'near' ? 1 : 2);
    }
    assert.equal(await metric(run.url, 'latency_dash_fd_limit_events_total{state="at"}'), stats.fdTransitions.at);
  } finally {
    await run.close();
  }
});

test(
  'at the file-descriptor limit the server logs once and says so on /metrics, and keeps serving its clients',
  { skip: process.platform !== 'linux' },
  async () => {
    const proc = await spawnServer(['--no-demo', '--history', ':memory:']);
    const { port } = new URL(proc.url);
    const kept = net.connect(Number(port), '127.0.0.1');
    const metricsText = () =>
      new Promise<string>((resolve) => {
        let text = '';
        const onData = (d: Buffer) => {
          text += d.toString('latin1');
          if (text.includes('latency_dash_fd_limit_events_total{state="at"}') && text.endsWith('\n')) {
            kept.off('data', onData);
            resolve(text);
          }
        };
        kept.on('data', onData);
        kept.write('GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n');
      });
    try {
      await new Promise((resolve) => kept.once('connect', resolve));
      const open = readdirSync(`/proc/${proc.pid}/fd`).length;
      // Room for a few more descriptors only: the next count (every 5 s) finds the process at its limit.
      execFileSync('prlimit', ['--pid', String(proc.pid), `--nofile=${open + 4}:`]);
      await until('the at-limit log line', () => proc.output().includes('at the file-descriptor limit'));
      const text = await metricsText();
      assert.match(text, /^HTTP\/1\.1 200/, 'the open connection is still served');
      assert.match(text, /\nlatency_dash_fd_state 2\n/);
      assert.match(text, /\nlatency_dash_fd_limit_events_total\{state="at"\} 1\n/);
      execFileSync('prlimit', ['--pid', String(proc.pid), '--nofile=20000:']);
      await until('the back-under log line', () => proc.output().includes('file descriptors back under the limit'));
      assert.equal(proc.output().split('at the file-descriptor limit').length - 1, 1, 'logged once');
    } finally {
      kept.destroy();
      await proc.stop();
    }
  },
);

const OVER = MAX_BODY_BYTES + 4 * 1024 * 1024;

test('a streamed body over the limit gets a readable 413 LD_ERR_BODY_TOO_LARGE (fetch with a ReadableStream)', async () => {
  const run = await startServer();
  try {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent >= OVER) return c.close();
        sent += 64 * 1024;
        c.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const res = await fetch(`${run.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'LD_ERR_BODY_TOO_LARGE');
    // The server still answers.
    assert.equal((await fetch(`${run.url}/health`)).status, 200);
  } finally {
    await run.close();
  }
});

test('a raw client that sends its whole oversized body before reading gets the 413 (chunked and Content-Length)', async () => {
  const run = await startServer();
  try {
    const head = 'POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n';
    const chunked = await rawRequest(run.url, `${head}Transfer-Encoding: chunked\r\n\r\n`, pieces(OVER, 64 * 1024, true));
    assert.equal(chunked.error, undefined, 'no reset while sending');
    assert.equal(chunked.status, 413, chunked.text.slice(0, 200));
    assert.equal(chunked.code, 'LD_ERR_BODY_TOO_LARGE');

    // Refused on its Content-Length before a byte of the body is read.
    const declared = await rawRequest(run.url, `${head}Content-Length: ${OVER}\r\n\r\n`, pieces(OVER));
    assert.equal(declared.error, undefined, 'no reset while sending');
    assert.equal(declared.status, 413, declared.text.slice(0, 200));
    assert.equal(declared.code, 'LD_ERR_BODY_TOO_LARGE');
    assert.equal(await metric(run.url, 'latency_dash_http_oversize_bodies_total{outcome="drained"}'), 2);
  } finally {
    await run.close();
  }
});

test('past the drain bound the server closes, after the 413 was sent', async () => {
  const run = await startServer();
  try {
    const total = 4 * MAX_BODY_BYTES;
    const res = await new Promise<RawResult>((resolve) => {
      const { port } = new URL(run.url);
      const s = net.connect(Number(port), '127.0.0.1');
      let text = '';
      let error: string | undefined;
      s.on('data', (d: Buffer) => (text += d.toString('latin1')));
      s.on('error', (e: Error & { code?: string }) => (error = e.code));
      s.on('close', () => resolve({ text, ...parseResponse(text), error }));
      s.write(`POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${total}\r\n\r\n`);
      const it = pieces(total);
      const pump = () => {
        for (let next = it.next(); !next.done && !s.destroyed; next = it.next()) if (!s.write(next.value)) return void s.once('drain', pump);
      };
      pump();
    });
    assert.equal(res.status, 413, res.text.slice(0, 200));
    assert.equal(res.code, 'LD_ERR_BODY_TOO_LARGE');
    assert.equal(await metric(run.url, 'latency_dash_http_oversize_bodies_total{outcome="cut"}'), 1);
  } finally {
    await run.close();
  }
});
