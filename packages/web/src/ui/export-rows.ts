import { type Row, sortRows } from '@latency-dash/protocol/live';
import { toCsv, toJson } from '../core/table-data.js';
import type { ViewState } from '../core/view-state.js';
import { exportColumns } from './columns.js';
import { download } from './download.js';

/** Downloads the shown rows, in the order on screen, with the visible columns (and exported metrics without one). */
export function exportRows(format: 'csv' | 'json', shown: readonly Row[], view: ViewState, visible: ReadonlySet<string>): void {
  const cols = exportColumns(visible);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const ordered = sortRows(shown, view.sortId, view.sortDesc);
  if (format === 'csv') download(`latency-${stamp}.csv`, 'text/csv', toCsv(ordered, cols));
  else download(`latency-${stamp}.json`, 'application/json', toJson(ordered, cols));
}
