import { useMemo } from 'react';
import { COMPARE, historyChart, historyRows, seriesLabel } from '../core/history-view.js';
import type { Row } from '@latency-dash/protocol/live';
import type { ViewState } from '../core/view-state.js';
import type { HistoryChart } from './chart-options.js';
import { useHistory, type HistoryState } from './use-history.js';

export interface HistoryView {
  /** A history range is chosen (not live). */
  active: boolean;
  history: HistoryState;
  /** One row per series over the whole range. */
  rows: Row[];
  /** The p90 chart: the 5 highest series over time, with the earlier period when compared. */
  chart: HistoryChart | undefined;
}

/** The view's history range as table rows and chart data. */
export function useHistoryView(view: ViewState, apiKey: string | undefined): HistoryView {
  const history = useHistory(view.range, view.compare, view.targets, view.split, apiKey);
  const active = view.range !== 'live';
  const rows = useMemo(() => historyRows(history.whole, history.toMs), [history.whole, history.toMs]);
  const chart = useMemo(() => {
    if (!active) return undefined;
    const ids = [...rows]
      .sort((a, b) => b.p90 - a.p90)
      .slice(0, 5)
      .map((r) => seriesLabel(r.targetId, r.key, r.metadata));
    return historyChart(history.overTime, history.earlier, ids, COMPARE[view.compare] ?? 0);
  }, [active, rows, history.overTime, history.earlier, view.compare]);
  return { active, history, rows, chart };
}
