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

const EMPTY: HistoryState = { loading: false, error: undefined, whole: [], overTime: [], earlier: [], toMs: 0 };

/** History for the chosen range and targets, refreshed every 30 s while shown. */
export function useHistory(range: string, compare: string, targets: string[], split: boolean, apiKey: string | undefined): HistoryState {
  const [state, setState] = useState<HistoryState>(EMPTY);
  const key = `${range}|${compare}|${targets.join(',')}|${split}`;
  useEffect(() => {
    if (range === 'live' || targets.length === 0) {
      setState(EMPTY);
      return;
    }
    let cancelled = false;
    const load = async () => {
      setState((s) => ({ ...s, loading: true }));
      const toMs = Date.now();
      const fromMs = toMs - RANGES[range];
      const shift = COMPARE[compare] ?? 0;
      try {
        const [whole, overTime, earlier] = await Promise.all([
          Promise.all(targets.map((t) => fetchHistory(t, split, fromMs, toMs, 'all', apiKey))),
          Promise.all(targets.map((t) => fetchHistory(t, split, fromMs, toMs, undefined, apiKey))),
          shift > 0 ? Promise.all(targets.map((t) => fetchHistory(t, split, fromMs - shift, toMs - shift, undefined, apiKey))) : Promise.resolve([]),
        ]);
        if (!cancelled) setState({ loading: false, error: undefined, whole, overTime, earlier, toMs });
      } catch (err) {
        if (!cancelled) setState((s) => ({ ...s, loading: false, error: (err as Error).message }));
      }
    };
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, apiKey]);
  return state;
}
