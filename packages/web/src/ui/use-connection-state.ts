import { useSyncExternalStore } from 'react';
import type { Connection, ConnectionState } from '@latency-dash/protocol/live';

export function useConnectionState(connection: Connection): ConnectionState {
  return useSyncExternalStore(
    (cb) => connection.onChange(cb),
    () => connection.state,
  );
}
