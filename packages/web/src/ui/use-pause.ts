import { useCallback, useState, useSyncExternalStore } from 'react';
import type { Row, SeriesStore } from '@latency-dash/protocol/live';

export interface Pause {
  paused: boolean;
  /** What the view holds while paused: copies, since the store updates rows in place. */
  frozen: readonly Row[] | undefined;
  /** Store changes since the pause: shown so the user knows the data is still flowing. */
  changes: number;
  toggle: () => void;
}

/** Pause and resume of the live view. */
export function usePause(store: SeriesStore): Pause {
  const [held, setHeld] = useState<{ rows: Row[]; version: number }>();
  const subscribe = useCallback((cb: () => void) => store.subscribe(cb), [store]);
  const version = useSyncExternalStore(subscribe, () => store.version);
  const toggle = useCallback(() => {
    if (held) setHeld(undefined);
    else setHeld({ rows: store.rows().map((r) => ({ ...r })), version: store.version });
  }, [held, store]);
  return { paused: held !== undefined, frozen: held?.rows, changes: held ? version - held.version : 0, toggle };
}
