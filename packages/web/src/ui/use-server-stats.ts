import { useSyncExternalStore } from 'react';
import type { Connection } from '@latency-dash/protocol/live';
import type { ServerStatsLog } from '@latency-dash/protocol/live';

/** The server's health log; the caller re-renders with each sample. */
export function useServerStats(connection: Connection): ServerStatsLog {
  const log = connection.serverStats;
  useSyncExternalStore(
    (cb) => log.onChange(cb),
    () => log.version,
  );
  return log;
}
