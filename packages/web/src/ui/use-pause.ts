import { useCallback, useState, useSyncExternalStore } from 'react';
import type { Row, SeriesStore, StreamWindow } from '@latency-dash/protocol/live';

export interface Pause {
  paused: boolean;
  /** What the view holds while paused: copies, since the store updates rows in place. */
  frozen: readonly Row[] | undefined;
  /** The window of a large target as it was at the pause (its rows among `frozen`). */
  frozenWindow: StreamWindow | undefined;
  /** Store changes since the pause: shown so the user knows the data is still flowing. */
  changes: number;
  toggle: () => void;
}

/** Pause and resume of the live view; `liveWindow`: the window a large target's table shows, frozen with the rows. */
export function usePause(store: SeriesStore, liveWindow?: StreamWindow): Pause {
  const [held, setHeld] = useState<{ rows: Row[]; window: StreamWindow | undefined; version: number }>();
  const subscribe = useCallback((cb: () => void) => store.subscribe(cb), [store]);
  const version = useSyncExternalStore(subscribe, () => store.version);
  const toggle = useCallback(() => {
    if (held) setHeld(undefined);
    else {
      const rows = store.rows().map((r) => ({ ...r }));
      const byId = new Map(rows.map((r) => [r.id, r]));
      const window = liveWindow && { ...liveWindow, rows: liveWindow.rows.map((r) => byId.get(r.id) ?? { ...r }) };
      setHeld({ rows, window, version: store.version });
    }
  }, [held, store, liveWindow]);
  return { paused: held !== undefined, frozen: held?.rows, frozenWindow: held?.window, changes: held ? version - held.version : 0, toggle };
}
