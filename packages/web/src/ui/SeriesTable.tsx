import { flexRender, type Header } from '@tanstack/react-table';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { type Row, sortRows } from '@latency-dash/protocol/live';
import { holdOrder } from '../core/hold-order.js';
import type { RowRange } from '../core/window-plan.js';
import type { SeenRows } from './cell-flash.js';
import { SeriesRow } from './SeriesRow.js';
import { PHONE, useMediaQuery } from './use-media-query.js';
import { useRowVirtualizer } from './use-row-virtualizer.js';
import { SPECS, useTableColumns } from './use-table-columns.js';

const ROW_HEIGHT = 28;
/**
 * The header sits inside the scroll box (sticky), so it scrolls sideways with the rows; rows start below it.
 * Two lines: a long name wraps (its unit below) rather than end in an ellipsis.
 */
const HEADER_HEIGHT = 40;

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
  /** Keep it stable across renders: memoized rows are not re-rendered for a new callback. */
  onSelect: (rowId: string) => void;
  /** The pointer came over the table (the order holds) or left it (rows resort). */
  onHoldChange?: (held: boolean) => void;
  /** No snapshot yet: placeholder rows instead of "no series". */
  loading?: boolean;
  /**
   * A window of a large target, sorted and filtered by the server: `rows`
   * are its rows in the server's order, from rank `offset` of `total`; the
   * rows outside it show as placeholders until their window arrives.
   */
  serverWindow?: { total: number; offset: number; viewKey: string };
  /** The rows in view changed (a windowed table asks the server for them). */
  onRange?: (range: RowRange) => void;
}

/** The order shown when the pointer came over the table, and the sort (and window) it was made for. */
interface Held {
  order: readonly Row[];
  sortId: string;
  sortDesc: boolean;
  /** The server's view the order was of (windowed tables): another view is another list. */
  viewKey: string;
}

/**
 * The live table: every column sortable (ties keep a fixed order), rows that
 * hold their places while the pointer is over the table and resort when it
 * leaves, threshold colours with a shape cue, a brief highlight on the cells
 * whose values changed, keyboard focus that follows its row when rows
 * resort, and virtualized rows so 10,000 scroll smoothly.
 */
export function SeriesTable({
  rows,
  visible,
  sortId,
  sortDesc,
  onSort,
  thresholdMs,
  warnPct,
  nowMs,
  selected,
  onSelect,
  onHoldChange,
  loading = false,
  serverWindow,
  onRange,
}: SeriesTableProps) {
  const compact = useMediaQuery(PHONE);
  const { headers, cells } = useTableColumns(visible, sortId, sortDesc, onSort, compact);
  const [held, setHeld] = useState<Held | null>(null);
  const offset = serverWindow?.offset ?? 0;
  const viewKey = serverWindow?.viewKey ?? '';
  const windowed = serverWindow !== undefined;
  // The server sorts a window; the table sorts whole streams itself.
  const order = (r: readonly Row[]) => (windowed ? (r as Row[]) : sortRows(r, sortId, sortDesc));
  // A header clicked while the order is held: sort by it, and hold that order.
  // A window of another view arrived while held (scrolled, sorted, filtered): hold the new list as the server sent it.
  if (held !== null && (held.sortId !== sortId || held.sortDesc !== sortDesc || held.viewKey !== viewKey))
    setHeld({ order: order(rows), sortId, sortDesc, viewKey });
  const sorted = useMemo(
    () =>
      held !== null && held.sortId === sortId && held.sortDesc === sortDesc && held.viewKey === viewKey
        ? holdOrder(held.order, rows)
        : windowed
          ? (rows as Row[])
          : sortRows(rows, sortId, sortDesc),
    [held, rows, sortId, sortDesc, viewKey, windowed],
  );
  const rowCount = serverWindow === undefined ? sorted.length : Math.max(serverWindow.total, offset + sorted.length);
  // The row element holding focus, kept rendered wherever it scrolls (use-row-virtualizer.ts).
  const focusedIndexRef = useRef<number | undefined>(undefined);
  const {
    scrollRef,
    items,
    first: firstShown,
    last: lastShown,
    totalSize,
    scrollToIndex,
  } = useRowVirtualizer(rowCount, ROW_HEIGHT, HEADER_HEIGHT, () => focusedIndexRef.current);
  useEffect(() => {
    if (lastShown >= 0) onRange?.({ first: firstShown, last: lastShown });
  }, [firstShown, lastShown, onRange]);
  const [seen] = useState<SeenRows>(() => new Map());
  const { gridRef, onFocus, onBlur } = useFollowFocus(sorted, offset, scrollToIndex, focusedIndexRef);
  // On a phone the metric sorted by moves to the second column: show it there, back at the table's left edge.
  useEffect(() => {
    if (compact && scrollRef.current) scrollRef.current.scrollLeft = 0;
  }, [compact, sortId, scrollRef]);
  const template = useMemo(
    () => headers.map((h) => (h.column.id === 'metadata' ? `minmax(${h.getSize()}px, 2fr)` : `minmax(${h.getSize()}px, 1fr)`)).join(' '),
    [headers],
  );
  // Narrow windows scroll sideways instead of squeezing columns below their minimum.
  const minWidth = useMemo(() => headers.reduce((sum, h) => sum + h.getSize(), 0), [headers]);

  return (
    <div
      className="table"
      // A grid: rows are focusable and selectable (Enter or Space charts one), arrows move between them.
      role="grid"
      aria-label="Series"
      aria-multiselectable
      aria-rowcount={rowCount + 1}
      data-testid="series-table"
      data-compact={compact || undefined}
      data-held={held !== null || undefined}
      ref={gridRef}
      onKeyDown={moveRowFocus}
      onFocus={onFocus}
      onBlur={onBlur}
      onPointerEnter={() => {
        setHeld({ order: sorted, sortId, sortDesc, viewKey });
        onHoldChange?.(true);
      }}
      onPointerLeave={() => {
        setHeld(null);
        onHoldChange?.(false);
      }}
    >
      <div className="tbody" ref={scrollRef}>
        <div className="table-inner" style={{ minWidth }}>
          <div className="thead" role="row" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
            {headers.map((h) => (
              <HeaderCell key={h.id} header={h} />
            ))}
          </div>
          {rowCount === 0 && loading ? <SkeletonRows template={template} columns={headers.length} /> : null}
          {rowCount === 0 && !loading ? <div className="empty">No series match. Pick a target above, or loosen the filters.</div> : null}
          <div style={{ height: totalSize, position: 'relative' }}>
            {items.map((v) => {
              const r = sorted[v.index - offset] as Row | undefined;
              // Outside the window the server sent: a placeholder until that window arrives.
              if (r === undefined)
                return <PendingRow key={v.index} index={v.index} topPx={v.start - HEADER_HEIGHT} template={template} columns={headers.length} />;
              return (
                <SeriesRow
                  // Keyed by place in the order, not by series: when the order
                  // changes, the row elements stay and only their contents
                  // change, instead of tearing down and building ~40 rows of
                  // cells a frame. Not by place on screen: a row keeps its
                  // element (and its focus) while the table scrolls.
                  key={v.index}
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
                  seen={seen}
                  selected={selected.has(r.id)}
                  tabbable={v.index === firstShown}
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

/**
 * Keyboard focus stays with its series when rows resort: row elements are
 * keyed by position, so after a resort the focused element shows another
 * series; focus moves to the element now showing the focused one, scrolled
 * into view. Only focus from the keyboard is followed: a clicked row must
 * not drag the view after it.
 */
function useFollowFocus(sorted: readonly Row[], offset: number, scrollToIndex: (index: number) => void, focusedIndexRef: RefObject<number | undefined>) {
  const gridRef = useRef<HTMLDivElement>(null);
  const focusedId = useRef<string | null>(null);
  const moving = useRef(false);
  useLayoutEffect(() => {
    const id = focusedId.current;
    const grid = gridRef.current;
    const active = document.activeElement;
    if (id === null || grid === null || !(active instanceof HTMLElement) || !grid.contains(active) || active.dataset.rowId === id) return;
    const at = sorted.findIndex((r) => r.id === id);
    if (at < 0) {
      focusedId.current = null;
      return;
    }
    const index = at + offset;
    // Matched by attribute value, not a selector: row ids hold NUL separators, which CSS.escape cannot express.
    const el = [...grid.querySelectorAll<HTMLElement>('[role=row][data-row-id]')].find((r) => r.dataset.rowId === id) ?? null;
    scrollToIndex(index);
    if (el === null) return; // Rendered once the scroll lands: this runs again then.
    moving.current = true;
    el.focus({ preventScroll: true });
    moving.current = false;
    focusedIndexRef.current = index;
    // The virtualizer scrolls by sizes it measured a frame or more ago (stale on a busy machine, and it never looked
    // again: the row stayed out of view); the row's own box is laid out now.
    el.scrollIntoView({ block: 'nearest' });
  });
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    if (moving.current) return;
    const row = e.target.closest<HTMLElement>('[role=row][data-row-id]');
    focusedId.current = row !== null && row.matches(':focus-visible') ? (row.dataset.rowId ?? null) : null;
    focusedIndexRef.current = row === null ? undefined : Number(row.getAttribute('aria-rowindex')) - 2;
  };
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    if (moving.current || e.currentTarget.contains(e.relatedTarget)) return;
    focusedId.current = null;
    focusedIndexRef.current = undefined;
  };
  return { gridRef, onFocus, onBlur };
}

/** ↑/↓ (and Home/End) move focus between the rendered rows; the virtualizer scrolls the focused one into view. */
function moveRowFocus(e: KeyboardEvent<HTMLElement>) {
  const row = (e.target as HTMLElement).closest<HTMLElement>('[role=row][data-row-id]');
  if (row === null || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return;
  const rows = [...e.currentTarget.querySelectorAll<HTMLElement>('[role=row][data-row-id]')].sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
  const at = rows.indexOf(row);
  const next = e.key === 'ArrowDown' ? rows[at + 1] : e.key === 'ArrowUp' ? rows[at - 1] : e.key === 'Home' ? rows[0] : rows.at(-1);
  if (next === undefined) return;
  e.preventDefault();
  next.focus();
}

/** A row of a large target not in the window the server sent yet: grey bars at its place, not a zero. */
function PendingRow({ index, topPx, template, columns }: { index: number; topPx: number; template: string; columns: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy="true"
      data-testid="pending-row"
      className="tr skeleton-row"
      style={{ transform: `translateY(${topPx}px)`, gridTemplateColumns: template }}
    >
      {Array.from({ length: columns }, (_, j) => (
        <span key={j} role="gridcell" className="skeleton" />
      ))}
    </div>
  );
}

/** Grey bars where rows will be: the table is loading, and a zero would read as a real figure. */
function SkeletonRows({ template, columns }: { template: string; columns: number }) {
  return (
    <div className="skeleton-rows" data-testid="table-loading" aria-busy="true" aria-label="Loading series">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="skeleton-row" style={{ gridTemplateColumns: template }} aria-hidden>
          {Array.from({ length: columns }, (_, j) => (
            <span key={j} className="skeleton" />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A column header holding a button: click to sort, with the direction as a mark and, through aria-sort, for screen readers. */
function HeaderCell({ header: h }: { header: Header<Row, unknown> }) {
  const spec = SPECS.get(h.column.id)!;
  const dir = h.column.getIsSorted();
  return (
    <div
      role="columnheader"
      aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
      className={`th-cell ${spec.numeric ? 'num' : ''}`}
      data-col={h.column.id}
    >
      <button
        type="button"
        className={`th ${spec.numeric ? 'num' : ''} ${dir ? 'sorted' : ''}`}
        title={`${spec.title} — click to sort`}
        onClick={h.column.getToggleSortingHandler()}
      >
        {spec.unit ? (
          <>
            {spec.unit.name}
            <span className="unit"> ({spec.unit.label})</span>
          </>
        ) : (
          flexRender(h.column.columnDef.header, h.getContext())
        )}
        <span className="sort-mark" aria-hidden>
          {dir === 'asc' ? '↑' : dir === 'desc' ? '↓' : ''}
        </span>
      </button>
    </div>
  );
}
