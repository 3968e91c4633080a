import { flexRender, type Header } from '@tanstack/react-table';
import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { type Row, sortRows } from '@latency-dash/protocol/live';
import { SeriesRow } from './SeriesRow.js';
import { PHONE, useMediaQuery } from './use-media-query.js';
import { useRowVirtualizer } from './use-row-virtualizer.js';
import { SPECS, useTableColumns } from './use-table-columns.js';

const ROW_HEIGHT = 28;
/** The header sits inside the scroll box (sticky), so it scrolls sideways with the rows; rows start below it. */
const HEADER_HEIGHT = 30;
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
  /** Keep it stable across renders: memoized rows are not re-rendered for a new callback. */
  onSelect: (rowId: string) => void;
}

/**
 * The live table: every column sortable (the order holds as values change,
 * ties keep their previous order), threshold colours with a shape cue, a
 * brief highlight on update, and virtualized rows so 10,000 scroll smoothly.
 */
export function SeriesTable({ rows, visible, sortId, sortDesc, onSort, thresholdMs, warnPct, nowMs, selected, onSelect }: SeriesTableProps) {
  const compact = useMediaQuery(PHONE);
  const { headers, cells } = useTableColumns(visible, sortId, sortDesc, onSort, compact);
  const sorted = useMemo(() => sortRows(rows, sortId, sortDesc), [rows, sortId, sortDesc]);
  const { scrollRef, items, totalSize } = useRowVirtualizer(sorted.length, ROW_HEIGHT, HEADER_HEIGHT);
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

  const firstIndex = items[0]?.index ?? 0;

  return (
    <div
      className="table"
      // A grid: rows are focusable and selectable (Enter or Space charts one), arrows move between them.
      role="grid"
      aria-label="Series"
      aria-multiselectable
      aria-rowcount={sorted.length + 1}
      data-testid="series-table"
      data-compact={compact || undefined}
      onKeyDown={moveRowFocus}
    >
      <div className="tbody" ref={scrollRef}>
        <div className="table-inner" style={{ minWidth }}>
          <div className="thead" role="row" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
            {headers.map((h) => (
              <HeaderCell key={h.id} header={h} />
            ))}
          </div>
          {sorted.length === 0 ? <div className="empty">No series match. Pick a target above, or loosen the filters.</div> : null}
          <div style={{ height: totalSize, position: 'relative' }}>
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
                  selected={selected.has(r.id)}
                  tabbable={v.index === firstIndex}
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
