import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { sortRows } from '../core/sort-rows.js';
import { severity } from '../core/table-data.js';
import type { Row } from '../core/types.js';
import { COLUMNS, tableColumns } from './columns.js';

const ROW_HEIGHT = 28;
const EMPTY: Row[] = [];
const SPECS = new Map(COLUMNS.map((c) => [c.id as string, c]));
const CUE: Record<string, string> = { warn: '▲', bad: '■' };
const CUE_LABEL: Record<string, string> = { warn: 'at or above the warning level', bad: 'above the threshold' };

export interface SeriesTableProps {
  rows: Row[];
  visible: ReadonlySet<string>;
  sortId: string;
  sortDesc: boolean;
  onSort: (id: string, desc: boolean) => void;
  thresholdMs: number;
  warnPct: number;
  nowMs: number;
  selected: ReadonlySet<string>;
  onSelect: (rowId: string) => void;
}

/**
 * The live table: every column sortable (the order holds as values change,
 * ties keep their previous order), threshold colours with a shape cue, a
 * brief highlight on update, and virtualized rows so 10,000 scroll smoothly.
 */
export function SeriesTable(props: SeriesTableProps) {
  const { rows, visible, sortId, sortDesc, thresholdMs, warnPct, nowMs } = props;
  const columns = useMemo(() => tableColumns(), []);
  const sorting: SortingState = useMemo(() => [{ id: sortId, desc: sortDesc }], [sortId, sortDesc]);
  const columnVisibility = useMemo(() => Object.fromEntries(COLUMNS.map((c) => [c.id, visible.has(c.id)])), [visible]);
  // TanStack Table owns the columns, their visibility and the sort state; the
  // rows themselves are sorted here and rendered directly: building its row
  // model for 10,000 rows on every update cost more than the rest together.
  const table = useReactTable({
    data: EMPTY,
    columns,
    state: { sorting, columnVisibility },
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (next[0]) props.onSort(next[0].id, next[0].desc);
    },
  });
  const sorted = useMemo(() => sortRows(rows, sortId, sortDesc), [rows, sortId, sortDesc]);
  const cells = table.getVisibleLeafColumns().map((c) => SPECS.get(c.id)!);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const headers = table.getHeaderGroups()[0].headers;
  const template = headers.map((h) => (h.column.id === 'metadata' ? `minmax(${h.getSize()}px, 2fr)` : `minmax(${h.getSize()}px, 1fr)`)).join(' ');

  return (
    <div className="table" role="table" aria-rowcount={sorted.length + 1} data-testid="series-table">
      <div className="thead" role="row" style={{ gridTemplateColumns: template }}>
        {headers.map((h) => {
          const spec = SPECS.get(h.column.id)!;
          const dir = h.column.getIsSorted();
          return (
            <button
              key={h.id}
              type="button"
              role="columnheader"
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
              className={`th ${spec.numeric ? 'num' : ''} ${dir ? 'sorted' : ''}`}
              title={`${spec.title} — click to sort`}
              data-col={h.column.id}
              onClick={h.column.getToggleSortingHandler()}
            >
              {flexRender(h.column.columnDef.header, h.getContext())}
              <span className="sort-mark" aria-hidden>
                {dir === 'asc' ? '↑' : dir === 'desc' ? '↓' : ''}
              </span>
            </button>
          );
        })}
      </div>
      <div className="tbody" ref={scrollRef}>
        {sorted.length === 0 ? <div className="empty">No series match. Pick a target above, or loosen the filters.</div> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const r = sorted[v.index];
            const fresh = nowMs - r.changedAtMs < 1200;
            const selected = props.selected.has(r.id);
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={v.index + 2}
                data-row-id={r.id}
                data-key={r.key}
                className={`tr ${fresh ? (r.updates % 2 ? 'flash-a' : 'flash-b') : ''} ${selected ? 'selected' : ''}`}
                style={{ transform: `translateY(${v.start}px)`, gridTemplateColumns: template }}
                onClick={() => props.onSelect(r.id)}
              >
                {cells.map((spec) => {
                  const level = spec.latency && r.sampleCount > 0 ? severity(spec.value(r) as number, thresholdMs, warnPct) : 'ok';
                  return (
                    <div key={spec.id} role="cell" data-col={spec.id} className={`td ${spec.numeric ? 'num' : ''} ${level}`} title={level !== 'ok' ? CUE_LABEL[level] : undefined}>
                      {level !== 'ok' ? (
                        <span className="cue" aria-label={CUE_LABEL[level]}>
                          {CUE[level]}
                        </span>
                      ) : null}
                      {spec.text(r, nowMs)}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
