import { useSyncExternalStore } from 'react';
import type { SeriesStore } from '../core/series-store.js';
import type { Row } from '../core/types.js';

/** The store's rows; re-renders at most once per animation frame. */
export function useStoreRows(store: SeriesStore): Row[] {
  return useSyncExternalStore(
    (cb) => store.subscribe(cb),
    () => store.rows(),
  );
}
