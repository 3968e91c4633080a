/// <reference lib="webworker" />
import { decodeServerMessage, serverStatsFigures } from '@latency-dash/protocol';
import { type BufferPool, packBatch, type WorkerReply, type WorkerRequest } from '@latency-dash/protocol/live';

/**
 * Decodes server frames off the page's main thread. Batches, the bulk of
 * the traffic, come back as typed arrays (transferred, not copied); the
 * server's stats, decoded here anyway, as a plain object; the rare small
 * messages go back as their bytes, for the page to decode.
 * The page hands the typed arrays' buffers back once applied, so a steady
 * stream of batches allocates nothing new on either side.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const pool: BufferPool = { ids: [], values: [] };
/** Enough for a few batches in flight; more would only hold memory. */
const POOL_MAX = 4;

scope.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const data = ev.data;
  if (!(data instanceof ArrayBuffer)) {
    if (pool.ids.length < POOL_MAX) pool.ids.push(data.recycle[0]);
    if (pool.values.length < POOL_MAX) pool.values.push(data.recycle[1]);
    return;
  }
  let reply: WorkerReply;
  try {
    const msg = decodeServerMessage(new Uint8Array(data));
    if (msg.msg === 'batch') {
      const batch = packBatch(msg.batch!, pool);
      reply = { kind: 'batch', batch };
      scope.postMessage(reply, [batch.ids.buffer, batch.values.buffer]);
      return;
    }
    if (msg.msg === 'stats') {
      // Plain, with every field: a decoded message keeps its defaults on a prototype that posting would lose.
      reply = { kind: 'stats', stats: serverStatsFigures(msg.stats!) };
      scope.postMessage(reply);
      return;
    }
    reply = { kind: 'raw', bytes: data };
    scope.postMessage(reply, [data]);
  } catch (err) {
    reply = { kind: 'error', error: (err as Error).message };
    scope.postMessage(reply);
  }
};
