import { METRICS, type Metric, type MetricId } from '@latency-dash/protocol';
import type { ColumnDef } from '@tanstack/react-table';
import { ago, bytes, bytesPerSecond, count, sig3, type Row } from '@latency-dash/protocol/live';
import type { ExportColumn } from '../core/table-data.js';

export interface ColumnSpec {
  id: MetricId | 'targetId' | 'key' | 'metadata';
  /** The name with its unit, e.g. "p90 (ms)" (menus, exports' readers). */
  header: string;
  /** The unit the header names, drawn smaller beside the name; absent when cells carry their own. */
  unit?: { name: string; label: string };
  /** Column name in CSV/JSON exports: snake_case with the unit, so a file read later is unambiguous. Absent: not exported. */
  exportName?: string;
  title: string;
  /** Latency columns get threshold colours. */
  latency?: boolean;
  numeric?: boolean;
  /** A change of its value flashes the cell. Counters and times change with every event, so theirs would tell nothing. */
  flash?: boolean;
  width: number;
  text: (r: Row, nowMs: number) => string;
  value: (r: Row) => string | number;
}

type Unit = Metric['unit'];

/**
 * How a metric's unit reads in a cell, the narrowest its column gets, and
 * the unit its header names when the cells are bare numbers. Each column
 * keeps one unit and one precision rule (sig3) for all its rows.
 */
const UNIT: Record<Unit, { format: (v: number, nowMs: number) => string; width: number; header?: string }> = {
  ms: { format: sig3, width: 66, header: 'ms' },
  'B/s': { format: bytesPerSecond, width: 100 },
  'events/s': { format: sig3, width: 66 },
  B: { format: bytes, width: 72 },
  events: { format: count, width: 66 },
  samples: { format: count, width: 66 },
  time: { format: ago, width: 76 },
};

/** A history row's cell for what only the live view knows (the last payload, the time of the last event). */
export const LIVE_ONLY_TEXT = 'live only';

/** Said wherever latency is read: without `valueMs` an event's latency is the time since its series' previous one. */
export const INTERVAL_NOTE =
  'Events sent without valueMs count the time since the previous event of the same series: then this is the gap between events, and a split series, with fewer events, shows longer gaps.';

/** A table column for a metric of the table: its label (with the unit when cells are bare numbers), description, unit and export name. */
function metricColumn(m: Metric): ColumnSpec {
  const id = m.id;
  const format = UNIT[m.unit].format;
  const latency = m.kind === 'latency';
  return {
    id,
    header: UNIT[m.unit].header ? `${m.label} (${UNIT[m.unit].header})` : m.label,
    unit: UNIT[m.unit].header ? { name: m.label, label: UNIT[m.unit].header! } : undefined,
    exportName: 'exportName' in m ? m.exportName : undefined,
    title: latency ? `${m.description}. ${INTERVAL_NOTE}` : m.description,
    latency,
    numeric: true,
    flash: m.unit !== 'events' && m.unit !== 'samples' && m.unit !== 'time',
    width: UNIT[m.unit].width,
    // A latency statistic over an empty window has no value yet; NaN is a figure history does not keep (history rows).
    text: latency ? (r, now) => (r.sampleCount > 0 ? format(r[id], now) : '–') : (r, now) => (Number.isNaN(r[id]) ? LIVE_ONLY_TEXT : format(r[id], now)),
    // Times export as ISO 8601, '' when there is none.
    value: m.unit === 'time' ? (r) => (r[id] > 0 ? new Date(r[id]).toISOString() : '') : (r) => (Number.isNaN(r[id]) ? '' : r[id]),
  };
}

/** The text columns, then one per metric the table shows as a column (SPEC F6), in the table's order. */
export const COLUMNS: ColumnSpec[] = [
  { id: 'targetId', header: 'Target', exportName: 'target', title: 'Target (environment)', width: 90, text: (r) => r.targetId, value: (r) => r.targetId },
  { id: 'key', header: 'Key', exportName: 'key', title: 'Service or component', width: 80, text: (r) => r.key, value: (r) => r.key },
  {
    id: 'metadata',
    header: 'Metadata',
    exportName: 'metadata',
    title: 'Labels of a split series',
    width: 120,
    text: (r) => r.metadataLabel || '(all)',
    value: (r) => r.metadataLabel,
  },
  ...METRICS.filter((m) => m.column).map(metricColumn),
];

/** Metrics that are no column (`column: false`) but still go into exports when they have an export name. */
const EXPORT_ONLY: ColumnSpec[] = METRICS.filter((m) => !m.column && 'exportName' in m).map(metricColumn);

export const COLUMN_IDS = COLUMNS.map((c) => c.id as string);

export function tableColumns(): ColumnDef<Row>[] {
  return COLUMNS.map((c) => ({
    id: c.id,
    header: c.header,
    size: c.width,
    accessorFn: (r: Row) => (c.id === 'metadata' ? r.metadataLabel : r[c.id]),
    // Text columns sort A→Z first; numbers largest first.
    sortDescFirst: c.numeric === true,
  }));
}

/** The export's columns: the visible ones, in screen order, then the exported metrics that have no column. */
export function exportColumns(visible: ReadonlySet<string>): ExportColumn[] {
  return [...COLUMNS.filter((c) => visible.has(c.id)), ...EXPORT_ONLY].flatMap((c) =>
    c.exportName === undefined ? [] : [{ id: c.exportName, header: c.exportName, value: c.value }],
  );
}
