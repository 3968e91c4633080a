import { useMemo } from 'react';
import { filterRows } from '../core/table-data.js';
import { COMPARE, historyChart, historyRows, historyTotals, seriesLabel } from '../core/history-view.js';
import type { Row } from '@latency-dash/protocol/live';
import type { Totals } from '../core/timeline.js';
import type { ViewState } from '../core/view-state.js';
import type { HistoryChart } from './chart-options.js';
import { useHistory, type HistoryState } from './use-history.js';

/** The summary cards and the throughput chart over a range. */
export interface HistoryTotals {
  /** The whole range. */
  now: Totals;
  /** Events in the whole range (an average of a few events over days reads 0.0/s). */
  events: number;
  /** The same range `compare` earlier; undefined without a comparison. */
  earlier: Totals | undefined;
  /** Compared, and the earlier period holds no events of the shown series. */
  noEarlier: boolean;
  /** Bucket starts (s) and each bucket's totals. */
  times: number[];
  buckets: Totals[];
}

export interface HistoryView {
  /** A history range is chosen (not live). */
  active: boolean;
  history: HistoryState;
  /** One row per series over the whole range. */
  rows: Row[];
  /** The p90 chart: the selected rows (else the 5 highest) over time, with the earlier period when compared. */
  chart: HistoryChart | undefined;
  totals: HistoryTotals | undefined;
}

/**
 * The view's history range as table rows, chart data and card figures.
 * The rows picked in the table (`selected`, by row id, plus `liveLabels`:
 * live rows picked before the range was chosen) are charted instead of the top 5.
 */
export function useHistoryView(view: ViewState, apiKey: string | undefined, selected: ReadonlySet<string>, liveLabels: ReadonlySet<string>): HistoryView {
  const history = useHistory(view, apiKey);
  const active = view.range !== 'live';
  const rows = useMemo(() => historyRows(history.whole), [history.whole]);
  const shownIds = useMemo(() => (active ? new Set(filterRows(rows, view).map((r) => r.id)) : new Set<string>()), [active, rows, view]);
  const chart = useMemo(() => {
    if (!active) return undefined;
    const picked = rows
      .filter((r) => selected.has(r.id) || liveLabels.has(seriesLabel(r.targetId, r.key, r.metadata)))
      .map((r) => seriesLabel(r.targetId, r.key, r.metadata))
      .slice(0, 8);
    const ids =
      picked.length > 0
        ? picked
        : [...rows]
            .filter((r) => shownIds.has(r.id))
            .sort((a, b) => b.p90 - a.p90)
            .slice(0, 5)
            .map((r) => seriesLabel(r.targetId, r.key, r.metadata));
    return historyChart(history.overTime, history.earlier, ids, COMPARE[view.compare] ?? 0);
  }, [active, rows, shownIds, selected, liveLabels, history.overTime, history.earlier, view.compare]);
  const totals = useMemo(() => {
    if (!active) return undefined;
    const { now, events, times, buckets } = historyTotals(history.whole, history.overTime, shownIds);
    if (!view.compare) return { now, events, earlier: undefined, noEarlier: false, times, buckets };
    // The earlier period counts the series shown now, found by the same ids.
    const earlier = historyTotals(history.earlierWhole, [], shownIds).now;
    return { now, events, earlier, noEarlier: earlier.activeSeries === 0, times, buckets };
  }, [active, history.whole, history.overTime, history.earlierWhole, shownIds, view.compare]);
  return { active, history, rows, chart, totals };
}
