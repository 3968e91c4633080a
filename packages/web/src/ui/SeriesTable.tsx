import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef } from 'react';
import { sortRows } from '../core/sort-rows.js';
import type { Row } from '../core/types.js';
import { COLUMNS, tableColumns } from './columns.js';
import { SeriesRow } from './SeriesRow.js';

const ROW_HEIGHT = 28;
/** The header sits inside the scroll box (sticky), so it scrolls sideways with the rows; rows start below it. */
const HEADER_HEIGHT = 30;
const EMPTY: Row[] = [];
const SPECS = new Map(COLUMNS.map((c) => [c.id as string, c]));
/** How long after an update a row counts as fresh (its highlight runs 1.2 s). */
const FLASH_MS = 1200;

export interface SeriesTableProps {
  rows: readonly Row[];
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
  const leaves = table.getVisibleLeafColumns();
  const cells = useMemo(() => leaves.map((c) => SPECS.get(c.id)!), [leaves]);
  // Stable across renders, so memoized rows are not re-rendered for a new callback.
  const onSelectRef = useRef(props.onSelect);
  onSelectRef.current = props.onSelect;
  const onSelect = useCallback((id: string) => onSelectRef.current(id), []);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    scrollMargin: HEADER_HEIGHT,
    // A few rows beyond the edges hide blank flashes on fast scrolls; each costs a render per frame.
    overscan: 4,
  });
  const headers = table.getHeaderGroups()[0].headers;
  const template = useMemo(
    () => headers.map((h) => (h.column.id === 'metadata' ? `minmax(${h.getSize()}px, 2fr)` : `minmax(${h.getSize()}px, 1fr)`)).join(' '),
    [headers],
  );
  // Narrow windows scroll sideways instead of squeezing columns below their minimum.
  const minWidth = useMemo(() => headers.reduce((sum, h) => sum + h.getSize(), 0), [headers]);

  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;

  return (
    <div className="table" role="table" aria-rowcount={sorted.length + 1} data-testid="series-table">
      <div className="tbody" ref={scrollRef}>
        <div className="table-inner" style={{ minWidth }}>
          <div className="thead" role="row" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
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
          {sorted.length === 0 ? <div className="empty">No series match. Pick a target above, or loosen the filters.</div> : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((v) => {
              const r = sorted[v.index];
              return (
                <SeriesRow
                  // Keyed by position, not series: when the order changes, the
                  // row elements stay and only their contents change, instead
                  // of tearing down and building ~40 rows of cells a frame.
                  key={v.index - firstIndex}
                  row={r}
                  version={r.version}
                  index={v.index}
                  // Item offsets count the header above the rows; the rows' box starts below it.
                  topPx={v.start - HEADER_HEIGHT}
                  cells={cells}
                  template={template}
                  thresholdMs={thresholdMs}
                  warnPct={warnPct}
                  nowMs={nowMs}
                  fresh={nowMs - r.changedAtMs < FLASH_MS}
                  selected={props.selected.has(r.id)}
                  onSelect={onSelect}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
