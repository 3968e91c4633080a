import { formatServerStatsLine } from '@latency-dash/protocol';
import type { ConnectionState, Row } from '@latency-dash/protocol/live';
import { useSyncExternalStore } from 'react';
import type { LiveFeed } from './live-feed.js';

/** The connection's state; a new object on every change. */
export function useConnectionState(feed: LiveFeed): ConnectionState {
  return useSyncExternalStore(
    (listener) => feed.connection.onChange(listener),
    () => feed.connection.state,
  );
}

/** The rows of one stream, re-read whenever the store changes (at most 10 times a second). */
export function useStreamRows(feed: LiveFeed, targetId: string | undefined, split: boolean): Row[] {
  useSyncExternalStore(
    (listener) => feed.store.subscribe(listener),
    () => feed.store.version,
  );
  if (targetId === undefined) return [];
  return feed.store.rows().filter((r) => r.targetId === targetId && r.split === split);
}

/** The server's own health in one line (ServerStats, once a second), or undefined before the first sample; one line per node in a cluster. */
export function useServerStatsLine(feed: LiveFeed, nowMs: number): string | undefined {
  useSyncExternalStore(
    (listener) => feed.connection.serverStats.onChange(listener),
    () => feed.connection.serverStats.version,
  );
  const nodes = feed.connection.serverStats.live(nowMs);
  if (nodes.length === 0) return undefined;
  return nodes.map((n) => formatServerStatsLine(n.latest)).join(' │ ');
}
