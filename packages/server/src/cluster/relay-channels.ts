/**
 * Names shared by the owners that publish batches (owner-publisher.ts) and
 * the nodes that relay them to viewers (relay-hub.ts).
 *
 * A stream (target, view, interval) is one pub/sub channel. A message on it
 * is a header naming its source (the owning node and which of its publishing
 * streams: seq counts per source) and then the WebSocket frame exactly as
 * the owner's viewers get it.
 */
export function groupKey(targetId: string, split: boolean, intervalMs: number): string {
  return `${split ? 1 : 0}:${intervalMs}:${targetId}`;
}

export function parseGroupKey(key: string): { targetId: string; split: boolean; intervalMs: number } | undefined {
  const a = key.indexOf(':');
  const b = key.indexOf(':', a + 1);
  if (a < 0 || b < 0) return undefined;
  const intervalMs = Number(key.slice(a + 1, b));
  if (!Number.isInteger(intervalMs) || intervalMs <= 0) return undefined;
  return { split: key.slice(0, a) === '1', intervalMs, targetId: key.slice(b + 1) };
}

export const fanChannel = (prefix: string, key: string) => `${prefix}:fan:${key}`;
/** Nodes ask an owner for a snapshot of a stream here: `snap <group key>`. */
export const controlChannel = (prefix: string) => `${prefix}:ctl`;
/** The streams some node has viewers of: a sorted set scored by when the wish lapses (Redis' clock). */
export const wantsKey = (prefix: string) => `${prefix}:wants`;

/** Source header, then the frame. */
export function relayMessage(header: Buffer, framed: Buffer): Buffer {
  return Buffer.concat([header, framed]);
}

export function sourceHeader(source: string): Buffer {
  const s = Buffer.from(source, 'utf8');
  return Buffer.concat([Buffer.from([s.length]), s]);
}

/** The source, the whole WebSocket frame, and the message inside it. */
export function splitRelayMessage(message: Buffer): { source: string; framed: Buffer; payload: Buffer } {
  const n = message[0];
  const source = message.toString('utf8', 1, 1 + n);
  const framed = message.subarray(1 + n);
  // An unmasked server frame: 2 header bytes, then a 16- or 64-bit length when the 7-bit one says 126 or 127.
  const len7 = framed[1] & 0x7f;
  const headerBytes = len7 === 126 ? 4 : len7 === 127 ? 10 : 2;
  return { source, framed, payload: framed.subarray(headerBytes) };
}

/**
 * Refreshes this node's wishes (each lapses after `ttlMs` unless renewed)
 * and answers every node's: one round trip on Redis' own clock.
 */
export const WANTS_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
return redis.call('ZRANGE', KEYS[1], 0, -1)
`;
