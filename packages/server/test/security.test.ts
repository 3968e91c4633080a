import assert from 'node:assert/strict';
import { ManualClock } from '../src/clock.js';
import { test } from 'node:test';
import { once } from 'node:events';
import { CloseCode, decodeServerMessage, shouldReconnect } from '@latency-dash/protocol';
import WebSocket from 'ws';
import { TestClient, postJson, startServer, until, tryConnect } from './helpers.js';
import { spawnServer } from '../../../scripts/lib/spawn-server.js';

/**
 * A refused WebSocket: the upgrade completes (browsers cannot read a refused
 * upgrade's status), then the server sends error{code} and closes with the
 * registry's final close code.
 */
async function refusal(url: string, headers: Record<string, string> = {}): Promise<{ code: string; close: number }> {
  const ws = new WebSocket(url, { headers });
  const error = new Promise<string>((resolve) => ws.once('message', (data) => resolve(decodeServerMessage(data as Buffer).error?.code ?? '')));
  const [close] = (await once(ws, 'close')) as [number];
  return { code: await error, close };
}

async function errorCode(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { error?: { code: string } }).error?.code;
}

test('API keys: reads need a read or write key, writes a write key; health stays open', async () => {
  const run = await startServer({ readKeys: ['r-key'], writeKeys: ['w-key'] });
  try {
    assert.equal((await fetch(`${run.url}/health`)).status, 200);
    const targets = `${run.url}/api/v1/targets`;
    const none = await fetch(targets);
    assert.equal(none.status, 401);
    assert.equal(await errorCode(none), 'LD_ERR_UNAUTHORIZED');
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer /);
    const unknown = await fetch(targets, { headers: { authorization: 'Bearer nope' } });
    assert.equal(unknown.status, 401, 'a key the server does not know is unauthorized, not forbidden');
    assert.equal(await errorCode(unknown), 'LD_ERR_UNAUTHORIZED');
    assert.equal((await fetch(`${targets}?key=r-key`)).status, 401, 'HTTP routes never take a key from the query string');
    assert.equal((await fetch(`${targets}?apiKey=r-key`)).status, 401, 'not even under the WebSocket name');
    const history = await fetch(`${run.url}/api/v1/history?target=sec&key=api`, { headers: { 'x-api-key': 'r-key' } });
    assert.equal(history.status, 200, 'key= names a series in the history API, not an API key');
    assert.equal((await fetch(targets, { headers: { authorization: 'Bearer r-key' } })).status, 200);
    assert.equal((await fetch(targets, { headers: { 'x-api-key': 'w-key' } })).status, 200);
    assert.equal((await fetch(`${run.url}/metrics`)).status, 401);

    const events = { events: [{ targetId: 'sec', key: 'k', valueMs: 1 }] };
    const asReader = await postJson(`${run.url}/api/v1/events`, events, { authorization: 'Bearer r-key' });
    assert.equal(asReader.status, 403);
    assert.equal((asReader.body as { error: { code: string } }).error.code, 'LD_ERR_FORBIDDEN');
    assert.equal((await postJson(`${run.url}/api/v1/events`, events, { authorization: 'Bearer w-key' })).status, 200);

    assert.deepEqual(await refusal(run.wsUrl), { code: 'LD_ERR_UNAUTHORIZED', close: CloseCode.unauthorized });
    assert.deepEqual(await refusal(`${run.wsUrl}?apiKey=nope`), { code: 'LD_ERR_UNAUTHORIZED', close: CloseCode.unauthorized });
    assert.deepEqual(await refusal(`${run.wsUrl}?key=r-key`), { code: 'LD_ERR_UNAUTHORIZED', close: CloseCode.unauthorized });
    assert.equal(shouldReconnect(CloseCode.unauthorized), false, 'a client must not retry an auth failure');
    const reader = await TestClient.connect(`${run.wsUrl}?apiKey=r-key`);
    await reader.next((m) => m.msg === 'init');
    reader.send({ events: { batchId: 1, events: [{ targetId: 'sec', key: 'k', valueMs: 2 }] } });
    assert.equal((await reader.next((m) => m.msg === 'error')).error!.code, 'LD_ERR_FORBIDDEN');
    const writer = await TestClient.connect(`${run.wsUrl}?apiKey=w-key`);
    writer.send({ events: { batchId: 2, events: [{ targetId: 'sec', key: 'k', valueMs: 3 }] } });
    assert.equal((await writer.next((m) => m.msg === 'ack')).ack!.accepted, 1);
    assert.equal(run.server.app.engine.targets.get('sec')!.eventCount, 2, 'only the write-key events were applied');
    reader.close();
    writer.close();
  } finally {
    await run.close();
  }
});

test("allowed origins: others are refused for the API and WebSockets; the server's own origin always works", async () => {
  const run = await startServer({ allowedOrigins: ['https://ok.example'] });
  try {
    const targets = `${run.url}/api/v1/targets`;
    const evil = await fetch(targets, { headers: { origin: 'https://evil.example' } });
    assert.equal(evil.status, 403);
    assert.equal(await errorCode(evil), 'LD_ERR_ORIGIN_NOT_ALLOWED');
    const ok = await fetch(targets, { headers: { origin: 'https://ok.example' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://ok.example');
    assert.equal((await fetch(targets, { headers: { origin: run.url } })).status, 200);
    assert.deepEqual(await refusal(run.wsUrl, { origin: 'https://evil.example' }), { code: 'LD_ERR_ORIGIN_NOT_ALLOWED', close: CloseCode.forbidden });
    const own = await tryConnect(run.wsUrl, { origin: run.url });
    assert.equal(own.status, 101);
    own.ws!.close();
  } finally {
    await run.close();
  }
});

test('connections per address are capped with 429; existing connections are untouched', async () => {
  const run = await startServer({ maxConnectionsPerAddress: 3 });
  try {
    const open = await Promise.all([1, 2, 3].map(() => TestClient.connect(run.wsUrl)));
    assert.equal((await tryConnect(run.wsUrl)).status, 429);
    for (const c of open) {
      c.send({ ping: { clientTime: 5 } });
      await c.next((m) => m.msg === 'pong');
    }
    open[0].close();
    // The slot is free once the server has handled the close (the client may see its close first).
    await until('the server to count the closed connection out', () => run.server.app.wsServer!.connections.size === 2);
    const again = await tryConnect(run.wsUrl);
    assert.equal(again.status, 101);
    again.ws!.close();
    for (const c of open.slice(1)) c.close();
  } finally {
    await run.close();
  }
});

test('HTTP rate limit per address answers 429 with Retry-After; health is not limited', async () => {
  const run = await startServer({ rateLimitPerMinute: 5 });
  try {
    for (let i = 0; i < 5; i++) assert.equal((await fetch(`${run.url}/api/v1/targets`)).status, 200);
    const limited = await fetch(`${run.url}/api/v1/targets`);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(await errorCode(limited), 'LD_ERR_RATE_LIMITED');
    assert.equal((await fetch(`${run.url}/health`)).status, 200);
  } finally {
    await run.close();
  }
});

test('WebSocket message rate: a token bucket on the server clock; excess messages are refused with an error, then the connection recovers', async () => {
  const clock = new ManualClock(Date.now());
  const run = await startServer({ wsMessagesPerSecond: 5, clock });
  try {
    const c = await TestClient.connect(run.wsUrl);
    await c.next((m) => m.msg === 'init');
    for (let i = 0; i < 18; i++) c.send({ ping: { clientTime: i } });
    // Every ping gets exactly one answer: a pong, or a rate-limit error.
    const pongs = () => c.messages.filter((m) => m.msg === 'pong').length;
    const limited = () => c.messages.filter((m) => m.msg === 'error' && m.error!.code === 'LD_ERR_RATE_LIMITED').length;
    await until('an answer to each of the 18 pings', () => pongs() + limited() >= 18);
    // The clock stood still: exactly the burst (twice the rate) went through.
    assert.deepEqual([pongs(), limited()], [10, 8]);
    // One second on the server's clock refills 5 tokens, no more.
    clock.advance(1000);
    for (let i = 100; i < 107; i++) c.send({ ping: { clientTime: i } });
    await until('an answer to each of the 7 pings', () => pongs() + limited() >= 25);
    assert.deepEqual([pongs(), limited()], [15, 10]);
    c.close();
  } finally {
    await run.close();
  }
});

test('metadata size limits reject the event with a reason', async () => {
  const run = await startServer();
  try {
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`m${i}`, 'v']));
    const res = await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 't', key: 'k', metadata: many },
        { targetId: 't', key: 'k', metadata: { tier: 'x'.repeat(300) } },
        { targetId: 't', key: 'k', metadata: { ['n'.repeat(70)]: 'v' } },
      ],
    });
    assert.equal(res.status, 400);
    const reasons = (res.body as { rejected: { reason: string }[] }).rejected.map((r) => r.reason);
    assert.match(reasons[0], /more than 16 entries/);
    assert.match(reasons[1], /longer than 256/);
    assert.match(reasons[2], /longer than 64/);
  } finally {
    await run.close();
  }
});

test('no API key reaches the logs, even at trace level', async () => {
  const server = await spawnServer([
    '--no-demo',
    '--history',
    ':memory:',
    '--log-level',
    'trace',
    '--read-keys',
    'sekrit-read',
    '--write-keys',
    'sekrit-write',
  ]);
  try {
    await fetch(`${server.url}/api/v1/targets`, { headers: { 'x-api-key': 'sekrit-read' } });
    await fetch(`${server.url}/api/v1/targets`, { headers: { authorization: 'Bearer sekrit-write' } });
    await fetch(`${server.url}/api/v1/targets`, { headers: { authorization: 'Bearer wrong-sekrit' } });
    const c = await TestClient.connect(`${server.wsUrl}?apiKey=sekrit-read`);
    c.close();
    await c.waitClose();
  } finally {
    await server.stop();
  }
  assert.ok(server.output().length > 0);
  assert.equal(server.droppedOutputChars(), 0, 'all of the output was kept, so all of it was checked');
  assert.doesNotMatch(server.output(), /sekrit/);
});
