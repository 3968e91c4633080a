import { useSyncExternalStore } from 'react';
import type { Connection } from '../core/connection.js';
import type { ServerStatsLog } from '../core/server-stats-log.js';

/** The server's health log; the caller re-renders with each sample. */
export function useServerStats(connection: Connection): ServerStatsLog {
  const log = connection.serverStats;
  useSyncExternalStore(
    (cb) => log.onChange(cb),
    () => log.version,
  );
  return log;
}
