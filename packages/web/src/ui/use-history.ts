import { useEffect, useState } from 'react';
import { fetchHistory, type HistoryResult } from '../core/api.js';
import { COMPARE, RANGES } from '../core/history-view.js';

export interface HistoryState {
  loading: boolean;
  error: string | undefined;
  /** One whole-range point per series, for the table. */
  whole: HistoryResult[];
  /** Points over time, for the chart. */
  overTime: HistoryResult[];
  /** The same range `compare` earlier. */
  earlier: HistoryResult[];
  toMs: number;
}

/** What was loaded, and for which request (range, comparison, targets, split). */
interface Loaded extends Omit<HistoryState, 'loading'> {
  key: string;
  /** A 30 s refresh is on its way. */
  refreshing: boolean;
}

const EMPTY: HistoryState = { loading: false, error: undefined, whole: [], overTime: [], earlier: [], toMs: 0 };
const NOTHING: Loaded = { ...EMPTY, key: '', refreshing: false };

/**
 * History for the chosen range and targets, refreshed every 30 s while shown.
 * While a new choice loads, the last figures stay (with `loading`); back in
 * live mode they are dropped.
 */
export function useHistory(range: string, compare: string, targets: string[], split: boolean, apiKey: string | undefined): HistoryState {
  const active = range !== 'live' && targets.length > 0;
  const targetList = targets.join(',');
  const key = `${range}|${compare}|${targetList}|${split}`;
  const [loaded, setLoaded] = useState<Loaded>(NOTHING);
  // Leaving history mode forgets what was loaded (React's "adjust state when a prop changes").
  const [wasActive, setWasActive] = useState(active);
  if (wasActive !== active) {
    setWasActive(active);
    if (!active) setLoaded(NOTHING);
  }

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    const load = async () => {
      const wanted = targetList.split(',');
      const toMs = Date.now();
      const fromMs = toMs - RANGES[range];
      const shift = COMPARE[compare] ?? 0;
      try {
        const [whole, overTime, earlier] = await Promise.all([
          Promise.all(wanted.map((t) => fetchHistory(t, split, fromMs, toMs, 'all', apiKey))),
          Promise.all(wanted.map((t) => fetchHistory(t, split, fromMs, toMs, undefined, apiKey))),
          shift > 0 ? Promise.all(wanted.map((t) => fetchHistory(t, split, fromMs - shift, toMs - shift, undefined, apiKey))) : Promise.resolve([]),
        ]);
        if (!cancelled) setLoaded({ key, refreshing: false, error: undefined, whole, overTime, earlier, toMs });
      } catch (err) {
        if (!cancelled) setLoaded((s) => ({ ...s, key, refreshing: false, error: (err as Error).message }));
      }
    };
    void load();
    const timer = setInterval(() => {
      setLoaded((s) => ({ ...s, refreshing: true }));
      void load();
    }, 30_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [active, key, range, compare, targetList, split, apiKey]);

  if (!active) return EMPTY;
  const { key: loadedKey, refreshing, ...figures } = loaded;
  return { ...figures, loading: loadedKey !== key || refreshing };
}
