import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEventBatch, encodeEventBatch, LIMITS, type latency, type WireEvent } from '@latency-dash/protocol';
import { fastJsonEvent, fastProtoEvent } from '../src/ingest/fast-check.js';
import { checkJsonEvent, checkJsonEventBySchema, checkProtoEvent, checkProtoEventBySchema, DEFAULT_EVENT_LIMITS } from '../src/ingest/validate.js';
import { prng } from './prng.js';

const ARRIVAL = 1_700_000_000_123.25;
const limits = DEFAULT_EVENT_LIMITS;

/** Strings at and around every edge the schema draws: lengths, control characters, surrogate pairs, odd names. */
function strings(rand: () => number): string[] {
  const long = (n: number, c = 'a') => c.repeat(n);
  return [
    'api',
    'prod-us-east',
    '',
    ' ',
    'tab\there',
    'nul\u0000',
    'del\u007f',
    'unit\u001f',
    'ok\u0080',
    'é',
    '😀',
    '\ud800',
    long(LIMITS.keyChars),
    long(LIMITS.keyChars + 1),
    // 128 code points in 256 UTF-16 units: valid, but only the schema counts code points.
    long(LIMITS.keyChars, '😀'),
    long(LIMITS.metadataKeyChars),
    long(LIMITS.metadataKeyChars + 1),
    long(LIMITS.metadataValueChars),
    long(LIMITS.metadataValueChars + 1),
    '__proto__',
    'constructor',
    'toString',
    '1',
    `s${Math.floor(rand() * 1000)}`,
  ];
}

function numbers(): unknown[] {
  return [
    0,
    -0,
    1,
    12.5,
    -1,
    3_600_000,
    3_600_000.5,
    1e300,
    Number.MAX_SAFE_INTEGER,
    1.7e18,
    0.1,
    null,
    '12',
    '0',
    '00',
    '',
    ' 1',
    '1\n',
    '1700000000000000000',
    '12345678901234567890',
    '123456789012345678901',
    'x',
    true,
    [],
    {},
    undefined,
  ];
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

function metadata(rand: () => number, strs: string[]): unknown {
  const r = rand();
  if (r < 0.05) return null;
  if (r < 0.08) return pick(rand, ['x', 1, [], ['a']]);
  const m: Record<string, unknown> = {};
  if (r < 0.12) {
    // At the entry limit and one over it, all names distinct.
    const n = LIMITS.metadataEntries + (r < 0.1 ? 1 : 0);
    for (let i = 0; i < n; i++) m[`m${i}`] = 'v';
    return m;
  }
  const n = Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const name = rand() < 0.7 ? pick(rand, ['tier', 'region', 'zone', `n${i}`]) : pick(rand, strs);
    m[name] = rand() < 0.8 ? pick(rand, ['free', 'premium', 'us-east', '']) : rand() < 0.7 ? pick(rand, strs) : pick(rand, numbers());
  }
  return m;
}

/** A JSON event: mostly the common shape, with every field now and then replaced, dropped, doubled in snake_case or joined by an unknown one. */
function jsonEvent(rand: () => number): unknown {
  const strs = strings(rand);
  const e: Record<string, unknown> = {};
  const usual = rand() < 0.5;
  if (rand() < 0.95)
    e[rand() < 0.9 ? 'targetId' : 'target_id'] = usual || rand() < 0.6 ? `target-${Math.floor(rand() * 4)}` : pick(rand, [...strs, ...numbers()]);
  if (rand() < 0.95) e.key = usual || rand() < 0.6 ? `svc-${Math.floor(rand() * 10)}` : pick(rand, [...strs, ...numbers()]);
  if (rand() < 0.8) e.metadata = metadata(rand, strs);
  if (rand() < 0.6) e[rand() < 0.9 ? 'valueMs' : 'value_ms'] = usual || rand() < 0.5 ? Math.round(rand() * 50_000) / 100 : pick(rand, numbers());
  if (rand() < 0.3) {
    const ns = 1.7e18 + Math.floor(rand() * 1e12);
    e[rand() < 0.8 ? 'serverTimestamp' : 'server_timestamp'] = usual ? (rand() < 0.5 ? ns : `${Math.round(ns / 1e6)}000000`) : pick(rand, numbers());
  }
  if (rand() < 0.5)
    e[rand() < 0.9 ? 'payloadSize' : 'payload_size'] = usual
      ? Math.floor(rand() * 5000)
      : pick(rand, [...numbers(), LIMITS.payloadBytes, LIMITS.payloadBytes + 1]);
  if (rand() < 0.05) e.payload = pick(rand, ['aGVsbG8=', '', null, 5]);
  if (rand() < 0.03) e[pick(rand, ['extra', '__proto__', 'constructor', 'value'])] = 1;
  // Through JSON, as a body arrives (drops undefined; "__proto__" becomes an own name as JSON.parse makes it).
  const text = JSON.stringify(e).replace('"extra"', rand() < 0.5 ? '"__proto__"' : '"extra"');
  return rand() < 0.02 ? pick(rand, [null, 5, 'x', [], [e]]) : JSON.parse(text);
}

/** One answer compared: the fast path, when it answers, agrees with the schema; checkJsonEvent is the schema's answer. */
function sameAsSchema(value: unknown): boolean {
  const general = checkJsonEventBySchema(value, ARRIVAL, limits);
  const quick = fastJsonEvent(value, ARRIVAL, limits);
  if (quick !== undefined) {
    assert.ok(general.ok, `fast path took an event the schema refuses (${general.ok ? '' : general.reason}): ${JSON.stringify(value)}`);
    assert.deepEqual(quick, general.event, JSON.stringify(value));
  }
  assert.deepEqual(checkJsonEvent(value, ARRIVAL, limits), general, JSON.stringify(value));
  return quick !== undefined;
}

test('JSON: every edge value in every field of a good event gets the schema’s answer', () => {
  const base = { targetId: 't', key: 'k', metadata: { tier: 'free' }, valueMs: 1, serverTimestamp: '1700000000000000000', payloadSize: 10 };
  const edges = [...strings(prng(1)), ...numbers(), LIMITS.payloadBytes, LIMITS.payloadBytes + 1];
  let fast = 0;
  for (const field of Object.keys(base)) {
    for (const v of edges) {
      if (sameAsSchema(JSON.parse(JSON.stringify({ ...base, [field]: v })) as unknown)) fast++;
    }
  }
  for (const s of strings(prng(2))) {
    if (sameAsSchema(JSON.parse(JSON.stringify({ ...base, metadata: { [s]: 'v' } })) as unknown)) fast++;
    if (sameAsSchema(JSON.parse(JSON.stringify({ ...base, metadata: { tier: s } })) as unknown)) fast++;
  }
  for (const name of ['target_id', 'value_ms', 'server_timestamp', 'payload_size', 'payload', 'extra']) {
    sameAsSchema({ ...base, [name]: 1 });
    sameAsSchema(JSON.parse(`{"__proto__": {"x": 1}, "targetId": "t", "key": "k"}`) as unknown);
  }
  assert.ok(fast > 20, `fast path took ${fast}`);
});

test('JSON: the fast path accepts only what the schema accepts, and builds the same event; every other answer and reason is the schema’s', () => {
  const rand = prng(2024);
  let fast = 0;
  let refused = 0;
  for (let i = 0; i < 30_000; i++) {
    const value = jsonEvent(rand);
    const general = checkJsonEventBySchema(value, ARRIVAL, limits);
    const quick = fastJsonEvent(value, ARRIVAL, limits);
    if (quick !== undefined) {
      fast++;
      assert.ok(general.ok, `fast path took an event the schema refuses (${general.ok ? '' : general.reason}): ${JSON.stringify(value)}`);
      assert.deepEqual(quick, general.event, JSON.stringify(value));
    }
    if (!general.ok) refused++;
    assert.deepEqual(checkJsonEvent(value, ARRIVAL, limits), general, JSON.stringify(value));
  }
  // Both paths were exercised in earnest.
  assert.ok(fast > 5_000, `fast path took ${fast}`);
  assert.ok(refused > 5_000, `schema refused ${refused}`);
});

/** A decoded protobuf Event: encoded and decoded for real, then sometimes given values a decoder could produce (NaN, ∞, long strings). */
function protoEvents(rand: () => number, n: number): latency.Event.$Properties[] {
  const wire: WireEvent[] = [];
  for (let i = 0; i < n; i++) {
    // A lone surrogate is not UTF-8: the decoder refuses the whole batch before any check.
    const strs = strings(rand).filter((x) => x !== '\ud800');
    const usual = rand() < 0.5;
    const m = metadata(rand, strs);
    const meta: Record<string, string> = {};
    if (m !== null && typeof m === 'object' && !Array.isArray(m)) for (const [k, v] of Object.entries(m)) if (typeof v === 'string') meta[k] = v;
    const e: WireEvent = {
      targetId: usual || rand() < 0.7 ? `target-${Math.floor(rand() * 4)}` : pick(rand, strs),
      key: usual || rand() < 0.7 ? `svc-${Math.floor(rand() * 10)}` : pick(rand, strs),
      metadata: meta,
    };
    if (rand() < 0.6) e.valueMs = usual ? Math.round(rand() * 50_000) / 100 : pick(rand, [0, -1, 12.5, 3_600_000, 3_600_001, NaN, Infinity, -Infinity, 1e300]);
    if (rand() < 0.3) e.serverTimestamp = usual ? 1.7e18 + Math.floor(rand() * 1e12) : pick(rand, [0, 1, 1e15]);
    if (rand() < 0.5) e.payloadSize = usual ? Math.floor(rand() * 5000) : pick(rand, [0, 1, LIMITS.payloadBytes, LIMITS.payloadBytes + 1]);
    if (rand() < 0.1) e.payload = new Uint8Array(Math.floor(rand() * 3) * 10);
    wire.push(e);
  }
  return decodeEventBatch(encodeEventBatch({ batchId: 1, events: wire })).events;
}

test('protobuf: the fast path accepts only what the schema accepts, and builds the same event; every other answer and reason is the schema’s', () => {
  const rand = prng(77);
  let fast = 0;
  let refused = 0;
  for (let round = 0; round < 20; round++) {
    for (const e of protoEvents(rand, 1000)) {
      const general = checkProtoEventBySchema(e, ARRIVAL, limits);
      const quick = fastProtoEvent(e, ARRIVAL, limits);
      if (quick !== undefined) {
        fast++;
        assert.ok(general.ok, `fast path took an event the schema refuses (${general.ok ? '' : general.reason}): ${JSON.stringify(e)}`);
        assert.deepEqual(quick, general.event, JSON.stringify(e));
      }
      if (!general.ok) refused++;
      assert.deepEqual(checkProtoEvent(e, ARRIVAL, limits), general, JSON.stringify(e));
    }
  }
  assert.ok(fast > 5_000, `fast path took ${fast}`);
  assert.ok(refused > 2_000, `schema refused ${refused}`);
});
