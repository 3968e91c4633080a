import { useEffect, useState } from 'react';
import { fetchHistory, type HistoryResult } from '../core/api.js';
import { COMPARE, rangeBounds } from '../core/history-view.js';
import type { ViewState } from '../core/view-state.js';

export interface HistoryState {
  loading: boolean;
  error: string | undefined;
  /** One whole-range point per series, for the table. */
  whole: HistoryResult[];
  /** Points over time, for the chart. */
  overTime: HistoryResult[];
  /** The same range `compare` earlier, over time (chart) and whole (cards). */
  earlier: HistoryResult[];
  earlierWhole: HistoryResult[];
  fromMs: number;
  toMs: number;
}

/** What was loaded, and for which request (range, comparison, targets, split). */
interface Loaded extends Omit<HistoryState, 'loading'> {
  key: string;
  /** A 30 s refresh is on its way. */
  refreshing: boolean;
}

const EMPTY: HistoryState = { loading: false, error: undefined, whole: [], overTime: [], earlier: [], earlierWhole: [], fromMs: 0, toMs: 0 };
const NOTHING: Loaded = { ...EMPTY, key: '', refreshing: false };

/**
 * History for the chosen range and targets, refreshed every 30 s while shown.
 * While a new choice loads, the last figures stay (with `loading`); back in
 * live mode they are dropped.
 */
export function useHistory(view: ViewState, apiKey: string | undefined): HistoryState {
  const { range, fromMs: customFrom, toMs: customTo, compare, targets, split } = view;
  const active = range !== 'live' && targets.length > 0;
  const targetList = targets.join(',');
  const key = `${range}|${customFrom}|${customTo}|${compare}|${targetList}|${split}`;
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
      const { fromMs, toMs } = rangeBounds({ range, fromMs: customFrom, toMs: customTo }, Date.now());
      const shift = COMPARE[compare] ?? 0;
      const each = (from: number, to: number, step: 'all' | undefined) => Promise.all(wanted.map((t) => fetchHistory(t, split, from, to, step, apiKey)));
      try {
        const [whole, overTime, earlier, earlierWhole] = await Promise.all([
          each(fromMs, toMs, 'all'),
          each(fromMs, toMs, undefined),
          shift > 0 ? each(fromMs - shift, toMs - shift, undefined) : Promise.resolve([]),
          shift > 0 ? each(fromMs - shift, toMs - shift, 'all') : Promise.resolve([]),
        ]);
        if (!cancelled) setLoaded({ key, refreshing: false, error: undefined, whole, overTime, earlier, earlierWhole, fromMs, toMs });
      } catch (err) {
        if (!cancelled) setLoaded((s) => ({ ...s, key, refreshing: false, error: (err as Error).message }));
      }
    };
    void load();
    // A custom range is fixed in time: nothing new to fetch.
    if (range === 'custom') {
      return () => {
        cancelled = true;
      };
    }
    const timer = setInterval(() => {
      setLoaded((s) => ({ ...s, refreshing: true }));
      void load();
    }, 30_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [active, key, range, customFrom, customTo, compare, targetList, split, apiKey]);

  if (!active) return EMPTY;
  const { key: loadedKey, refreshing, ...figures } = loaded;
  return { ...figures, loading: loadedKey !== key || refreshing };
}
