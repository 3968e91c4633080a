import type { ColumnDef } from '@tanstack/react-table';
import { ago, bytes, bytesPerSecond, count, ms, rate } from '../core/format.js';
import type { ExportColumn } from '../core/table-data.js';
import type { Row } from '../core/types.js';

export interface ColumnSpec {
  id: keyof Row | 'metadata';
  header: string;
  /** Column name in CSV/JSON exports: snake_case with the unit, so a file read later is unambiguous. */
  exportName: string;
  title: string;
  /** Latency columns get threshold colours. */
  latency?: boolean;
  numeric?: boolean;
  width: number;
  text: (r: Row, nowMs: number) => string;
  value: (r: Row) => string | number;
}

const latency = (id: 'min' | 'max' | 'avg' | 'p50' | 'p90' | 'p95' | 'p99', header: string, title: string): ColumnSpec => ({
  id,
  header,
  exportName: `${id}_ms`,
  title,
  latency: true,
  numeric: true,
  width: 64,
  text: (r) => (r.sampleCount > 0 ? ms(r[id]) : '–'),
  value: (r) => r[id],
});

/** Every column of SPEC F6, in order. */
export const COLUMNS: ColumnSpec[] = [
  { id: 'targetId', header: 'Target', exportName: 'target', title: 'Target (environment)', width: 100, text: (r) => r.targetId, value: (r) => r.targetId },
  { id: 'key', header: 'Key', exportName: 'key', title: 'Service or component', width: 80, text: (r) => r.key, value: (r) => r.key },
  { id: 'metadata', header: 'Metadata', exportName: 'metadata', title: 'Labels of a split series', width: 200, text: (r) => r.metadataLabel || '(all)', value: (r) => r.metadataLabel },
  latency('min', 'Min', 'Minimum latency over the window (ms)'),
  latency('max', 'Max', 'Maximum latency over the window (ms)'),
  latency('avg', 'Avg', 'Mean latency over the window (ms)'),
  latency('p50', 'p50', 'Median latency (ms)'),
  latency('p90', 'p90', '90th percentile latency (ms)'),
  latency('p95', 'p95', '95th percentile latency (ms)'),
  latency('p99', 'p99', '99th percentile latency (ms)'),
  { id: 'avgProcessing', header: 'Proc', exportName: 'avg_processing_ms', title: 'Average server processing time per event (ms)', numeric: true, width: 56, text: (r) => ms(r.avgProcessing), value: (r) => r.avgProcessing },
  { id: 'throughput', header: 'Throughput', exportName: 'throughput_bytes_per_s', title: 'Payload bytes per second over the last 10 s', numeric: true, width: 100, text: (r) => bytesPerSecond(r.throughput), value: (r) => r.throughput },
  { id: 'eventsPerSecond', header: 'Ev/s', exportName: 'events_per_s', title: 'Events per second over the last 10 s', numeric: true, width: 52, text: (r) => rate(r.eventsPerSecond), value: (r) => r.eventsPerSecond },
  { id: 'lastPayload', header: 'Payload', exportName: 'last_payload_bytes', title: 'Size of the last payload', numeric: true, width: 76, text: (r) => bytes(r.lastPayload), value: (r) => r.lastPayload },
  { id: 'count', header: 'Count', exportName: 'count', title: 'Events since the series began', numeric: true, width: 72, text: (r) => count(r.count), value: (r) => r.count },
  { id: 'lastUpdateMs', header: 'Updated', exportName: 'last_update', title: 'Time of the last event', numeric: true, width: 84, text: (r, now) => ago(r.lastUpdateMs, now), value: (r) => (r.lastUpdateMs > 0 ? new Date(r.lastUpdateMs).toISOString() : '') },
];

export const COLUMN_IDS = COLUMNS.map((c) => c.id as string);

export function tableColumns(): ColumnDef<Row>[] {
  return COLUMNS.map((c) => ({
    id: c.id,
    header: c.header,
    size: c.width,
    accessorFn: (r: Row) => (c.id === 'metadata' ? r.metadataLabel : (r[c.id as keyof Row] as string | number)),
    // Text columns sort A→Z first; numbers largest first.
    sortDescFirst: c.numeric === true,
  }));
}

export function exportColumns(visible: ReadonlySet<string>): ExportColumn[] {
  return COLUMNS.filter((c) => visible.has(c.id)).map((c) => ({ id: c.exportName, header: c.exportName, value: c.value }));
}
