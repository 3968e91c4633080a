import { useSyncExternalStore } from 'react';
import type { Row, SeriesStore } from '@latency-dash/protocol/live';

/** The store's rows; re-renders at most once per animation frame. */
export function useStoreRows(store: SeriesStore): Row[] {
  return useSyncExternalStore(
    (cb) => store.subscribe(cb),
    () => store.rows(),
  );
}
