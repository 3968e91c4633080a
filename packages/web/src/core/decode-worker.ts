/// <reference lib="webworker" />
import { decodeServerMessage } from '@latency-dash/protocol';
import { packBatch } from './packed-batch.js';
import type { WorkerReply } from './worker-protocol.js';

/**
 * Decodes server frames off the page's main thread. Batches, the bulk of
 * the traffic, come back as typed arrays (transferred, not copied); the
 * rare small messages go back as their bytes, for the page to decode.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (ev: MessageEvent<ArrayBuffer>) => {
  let reply: WorkerReply;
  try {
    const msg = decodeServerMessage(new Uint8Array(ev.data));
    if (msg.msg === 'batch') {
      const batch = packBatch(msg.batch!);
      reply = { kind: 'batch', batch };
      scope.postMessage(reply, [batch.ids.buffer, batch.values.buffer]);
      return;
    }
    reply = { kind: 'raw', bytes: ev.data };
    scope.postMessage(reply, [ev.data]);
  } catch (err) {
    reply = { kind: 'error', error: (err as Error).message };
    scope.postMessage(reply);
  }
};
