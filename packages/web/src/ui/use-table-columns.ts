import { getCoreRowModel, useReactTable, type Header, type SortingState } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Row } from '@latency-dash/protocol/live';
import { COLUMNS, tableColumns, type ColumnSpec } from './columns.js';

const EMPTY: Row[] = [];
const SPECS = new Map(COLUMNS.map((c) => [c.id as string, c]));

export interface TableColumns {
  /** The visible columns' headers, in order, with their sort state and handlers. */
  headers: Header<Row, unknown>[];
  /** The visible columns' specs, in the same order: what each cell shows. */
  cells: ColumnSpec[];
}

/**
 * TanStack Table owning the columns, their visibility and the sort state.
 * It gets no rows: SeriesTable sorts and renders them itself, since building
 * TanStack's row model for 10,000 rows on every update cost more than the
 * rest of a frame together.
 */
export function useTableColumns(
  visible: ReadonlySet<string>,
  sortId: string,
  sortDesc: boolean,
  onSort: (id: string, desc: boolean) => void,
  compact = false,
): TableColumns {
  const columns = useMemo(() => tableColumns(), []);
  const columnOrder = useMemo(() => (compact ? compactOrder(sortId) : COLUMNS.map((c) => c.id as string)), [compact, sortId]);
  const sorting: SortingState = useMemo(() => [{ id: sortId, desc: sortDesc }], [sortId, sortDesc]);
  const columnVisibility = useMemo(() => Object.fromEntries(COLUMNS.map((c) => [c.id, visible.has(c.id)])), [visible]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table v8 returns methods the React Compiler cannot memoize. The build does not run the compiler, and nothing here memoizes on the table object: its headers and leaf columns are read fresh each render (TanStack memoizes them itself, keyed on columns, visibility and sorting).
  const table = useReactTable({
    data: EMPTY,
    columns,
    state: { sorting, columnVisibility, columnOrder },
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      if (next[0]) onSort(next[0].id, next[0].desc);
    },
  });
  const leaves = table.getVisibleLeafColumns();
  const cells = useMemo(() => leaves.map((c) => SPECS.get(c.id)!), [leaves]);
  return { headers: table.getHeaderGroups()[0].headers, cells };
}

/**
 * A phone's order: the key, then the chosen metric (the one sorted by, else
 * p90), then the other metrics, target and metadata; what does not fit
 * scrolls sideways.
 */
export function compactOrder(sortId: string): string[] {
  const metric = SPECS.get(sortId)?.numeric ? sortId : 'p90';
  const rest = COLUMNS.filter((c) => c.id !== 'key' && c.id !== metric);
  // The other metrics before target and metadata: a phone scrolls sideways through numbers first.
  return ['key', metric, ...rest.filter((c) => c.numeric).map((c) => c.id as string), ...rest.filter((c) => !c.numeric).map((c) => c.id as string)];
}

export { SPECS };
