import { useSyncExternalStore } from 'react';
import type { Connection, ConnectionState } from '../core/connection.js';

export function useConnectionState(connection: Connection): ConnectionState {
  return useSyncExternalStore(
    (cb) => connection.onChange(cb),
    () => connection.state,
  );
}
