import { csvCell } from '@latency-dash/protocol';
import type { Row } from '@latency-dash/protocol/live';
import type { ViewState } from './view-state.js';

/** A row counts as active when it had events in the last 10 s. */
export const isActive = (r: Row) => r.eventsPerSecond > 0;

/** The rows the table shows: key, metadata, threshold and activity filters. */
export function filterRows(rows: readonly Row[], view: ViewState): readonly Row[] {
  const key = view.keyFilter.trim().toLowerCase();
  const meta = view.metaFilter.trim().toLowerCase();
  const warnAt = (view.thresholdMs * view.warnPct) / 100;
  // No filter: the same array, so nothing downstream recomputes for nothing.
  if (key === '' && meta === '' && !view.overOnly && !view.activeOnly) return rows as Row[];
  return rows.filter(
    (r) =>
      (key === '' || r.key.toLowerCase().includes(key) || r.targetId.toLowerCase().includes(key)) &&
      (meta === '' || metaMatches(r, meta)) &&
      (!view.overOnly || r.p90 >= warnAt) &&
      (!view.activeOnly || isActive(r)),
  );
}

/** `tier=premium region=eu` (all must match) or free text against the label. */
function metaMatches(r: Row, filter: string): boolean {
  return filter.split(/[\s,]+/).every((term) => {
    if (term === '') return true;
    const eq = term.indexOf('=');
    if (eq < 0) return r.metadataLabel.toLowerCase().includes(term);
    const name = term.slice(0, eq);
    const value = term.slice(eq + 1);
    return Object.entries(r.metadata).some(([k, v]) => k.toLowerCase() === name && v.toLowerCase().includes(value));
  });
}

export interface ExportColumn {
  id: string;
  header: string;
  value: (r: Row) => string | number;
}

export function toCsv(rows: readonly Row[], columns: readonly ExportColumn[]): string {
  return [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))).join(','))].join('\n') + '\n';
}

export function toJson(rows: readonly Row[], columns: readonly ExportColumn[]): string {
  return JSON.stringify(
    rows.map((r) => Object.fromEntries(columns.map((c) => [c.id, c.value(r)]))),
    null,
    2,
  );
}
