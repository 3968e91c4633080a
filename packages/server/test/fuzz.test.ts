import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import { decodeServerMessage, encodeClientMessage, encodeEventBatch, ERRORS } from '@latency-dash/protocol';
import fc from 'fast-check';
import WebSocket from 'ws';
import { postJson, startServer, type Running } from './helpers.js';

/**
 * Property-based attacks on a running server: random and mutated JSON
 * bodies, protobuf bytes, query strings and WebSocket frames. For each the
 * server must stay up and answer with a coded error or a valid result; a
 * well-behaved producer in between must see exactly what its own events
 * produce. fast-check prints the seed of any failure, to replay it.
 */

const GOOD = { targetId: 'well-behaved-producer', key: 'checkout' };
const RUNS = 300;

function isCoded(body: unknown): boolean {
  const code = (body as { error?: { code?: string } } | undefined)?.error?.code;
  return code !== undefined && code in ERRORS;
}

function isAck(body: unknown): boolean {
  const b = body as { accepted?: unknown; rejected?: unknown } | undefined;
  return typeof b?.accepted === 'number' && Array.isArray(b.rejected) && b.rejected.every((r: { code?: string }) => (r.code ?? '') in ERRORS);
}

/** An object that looks like an event, with any field possibly replaced by anything. */
const eventLike = fc.record(
  {
    targetId: fc.oneof(fc.string({ maxLength: 140 }), fc.anything()),
    target_id: fc.string(),
    key: fc.oneof(fc.string({ maxLength: 140 }), fc.anything()),
    valueMs: fc.oneof(fc.double(), fc.integer(), fc.anything()),
    serverTimestamp: fc.oneof(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String), fc.integer(), fc.anything()),
    payloadSize: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    payload: fc.oneof(fc.base64String(), fc.anything()),
    metadata: fc.oneof(fc.dictionary(fc.string({ maxLength: 80 }), fc.oneof(fc.string({ maxLength: 300 }), fc.anything()), { maxKeys: 20 }), fc.anything()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

async function sendGood(run: Running, valueMs: number): Promise<void> {
  const res = await postJson(`${run.url}/api/v1/events`, { events: [{ ...GOOD, valueMs }] });
  assert.equal(res.status, 200);
}

test('random and mutated input never takes the server down or disturbs a well-behaved producer', async () => {
  const run = await startServer({ maxErrorsPer10s: 1_000_000 });
  const good: number[] = [];
  const next = () => {
    const v = (good.length * 37) % 500;
    good.push(v);
    return v;
  };
  try {
    // JSON bodies: anything at all, and batches of event-like objects.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ events: fc.array(eventLike, { maxLength: 20 }) }), fc.array(eventLike, { maxLength: 20 })),
        async (body) => {
          const text = JSON.stringify(body, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? 'null';
          const res = await fetch(`${run.url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
          assert.ok(res.status < 500, `status ${res.status} for ${text.slice(0, 200)}`);
          const answer = (await res.json()) as unknown;
          assert.ok(isAck(answer) || isCoded(answer), `uncoded answer ${JSON.stringify(answer).slice(0, 200)}`);
          await sendGood(run, next());
        },
      ),
      { numRuns: RUNS },
    );

    // Protobuf bodies: random bytes, and valid batches with bytes flipped.
    const valid = encodeEventBatch({ batchId: 1, events: [{ targetId: 'pb', key: 'k', valueMs: 5, metadata: { a: 'b' } }] });
    const mutated = fc
      .tuple(fc.array(fc.nat({ max: valid.length - 1 }), { minLength: 1, maxLength: 4 }), fc.array(fc.nat({ max: 255 }), { minLength: 4, maxLength: 4 }))
      .map(([at, to]) => {
        const b = Uint8Array.from(valid);
        at.forEach((i, j) => (b[i] = to[j]));
        return b;
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), mutated), async (bytes) => {
        const res = await fetch(`${run.url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: bytes });
        assert.ok(res.status < 500, `status ${res.status}`);
        const answer = (await res.json()) as unknown;
        assert.ok(isAck(answer) || isCoded(answer), `uncoded answer ${JSON.stringify(answer).slice(0, 200)}`);
        await sendGood(run, next());
      }),
      { numRuns: RUNS },
    );

    // Query strings on the read API.
    const paths = fc.constantFrom('/api/v1/history', '/api/v1/export', `/api/v1/targets/${GOOD.targetId}/series`, '/api/v1/targets/x%00y/series');
    const param = fc.tuple(fc.constantFrom('target', 'key', 'metadata', 'split', 'from', 'to', 'step', 'format', 'apiKey', 'x'), fc.string({ maxLength: 30 }));
    await fc.assert(
      fc.asyncProperty(paths, fc.array(param, { maxLength: 6 }), async (path, params) => {
        const qs = new URLSearchParams(params).toString();
        const res = await fetch(`${run.url}${path}?${qs}`);
        assert.ok(res.status < 500, `status ${res.status} for ${path}?${qs}`);
        if (res.status >= 400) assert.ok(isCoded(await res.json()), `uncoded ${res.status} for ${path}?${qs}`);
        else await res.arrayBuffer();
      }),
      { numRuns: RUNS },
    );

    // WebSocket frames: random bytes, and client messages built from random fields.
    const ws = new WebSocket(run.wsUrl);
    await once(ws, 'open');
    const codes: string[] = [];
    let frames = 0;
    ws.on('message', (data) => {
      const m = decodeServerMessage(data as Buffer);
      if (m.msg === 'error') codes.push(m.error!.code);
    });
    const clientMessage = fc.oneof(
      fc.record({
        subscription: fc.record({
          action: fc.integer({ min: -1, max: 3 }),
          targetId: fc.string({ maxLength: 200 }),
          splitByMetadata: fc.boolean(),
          intervalMs: fc.integer({ min: -10, max: 100_000 }),
        }),
      }),
      fc.record({ resync: fc.record({ targetId: fc.string(), splitByMetadata: fc.boolean() }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          clientMessage.map((m) => encodeClientMessage(m)),
        ),
        async (bytes) => {
          ws.send(bytes);
          frames++;
          // A ping after each frame: its pong proves the frame was handled and the socket is alive.
          ws.send(encodeClientMessage({ ping: { clientTime: frames } }));
          await new Promise<void>((resolve, reject) => {
            const onMessage = (data: Buffer) => {
              const m = decodeServerMessage(data);
              if (m.msg === 'pong' && m.pong!.clientTime === frames) {
                ws.off('message', onMessage);
                resolve();
              }
            };
            ws.on('message', onMessage);
            ws.once('close', (code) => reject(new Error(`the server closed the socket (${code})`)));
          });
        },
      ),
      { numRuns: RUNS },
    );
    assert.ok(codes.length > 0, 'random frames drew protocol errors');
    for (const c of codes) assert.ok(c in ERRORS, `unknown error code ${c}`);
    ws.close();

    // The server is up, and the well-behaved series holds exactly its own events.
    assert.equal((await fetch(`${run.url}/health`)).status, 200);
    const snap = (await (await fetch(`${run.url}/api/v1/targets/${GOOD.targetId}/series`)).json()) as {
      updates: { key: string; count: string; minLatency: number; maxLatency: number; sampleCount: number }[];
    };
    const u = snap.updates.find((x) => x.key === GOOD.key)!;
    assert.equal(Number(u.count), good.length);
    assert.equal(u.sampleCount, Math.min(good.length, 1000));
    const window = good.slice(-1000);
    assert.equal(u.minLatency ?? 0, Math.min(...window), 'the JSON mapping leaves out zeros');
    assert.equal(u.maxLatency, Math.max(...window));
  } finally {
    await run.close();
  }
});
