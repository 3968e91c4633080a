import { Connection, SeriesStore } from '@latency-dash/protocol/live';
import WebSocket from 'ws';
import type { Endpoints } from './endpoints.js';

export interface LiveFeed {
  readonly store: SeriesStore;
  readonly connection: Connection;
}

/**
 * The dashboard's own connection and series store (from the protocol
 * package), over Node's `ws`: the same subscriptions, snapshots and deltas,
 * resyncs, keep-alive, reconnects with backoff as the error registry's
 * shouldReconnect allows, and HTTP polling while the WebSocket cannot connect.
 */
export function createLiveFeed(where: Endpoints, apiKey: string | undefined, intervalMs: number | undefined): LiveFeed {
  const store = new SeriesStore();
  const connection = new Connection(store, {
    ...where,
    transport: 'auto',
    apiKey,
    intervalMs,
    createSocket: (url) => new WebSocket(url),
  });
  return { store, connection };
}
