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
