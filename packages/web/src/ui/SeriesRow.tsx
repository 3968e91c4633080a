import { memo, useLayoutEffect, useRef } from 'react';
import { type Row, severity } from '@latency-dash/protocol/live';
import { changedCells, flashCell, type SeenRows } from './cell-flash.js';
import type { ColumnSpec } from './columns.js';

const CUE: Record<string, string> = { warn: '▲', bad: '■' };
const CUE_LABEL: Record<string, string> = { warn: 'at or above the warning level', bad: 'above the threshold' };

export interface SeriesRowProps {
  row: Row;
  /** The row's version: rows change in place, so this is what tells memo a row changed. */
  version: number;
  /** Position in the sorted rows (0-based). */
  index: number;
  topPx: number;
  cells: readonly ColumnSpec[];
  template: string;
  thresholdMs: number;
  warnPct: number;
  nowMs: number;
  /** The table's memory of what rows showed: which cells changed, hence flash. */
  seen: SeenRows;
  selected: boolean;
  /** The row Tab reaches (the first one shown). */
  tabbable: boolean;
  onSelect: (rowId: string) => void;
}

/**
 * One table row. Memoized: a frame re-renders only the rows whose series
 * changed (their version) or moved, not every visible row.
 */
export const SeriesRow = memo(function SeriesRow({
  row: r,
  index,
  topPx,
  cells,
  template,
  thresholdMs,
  warnPct,
  nowMs,
  seen,
  selected,
  tabbable,
  onSelect,
}: SeriesRowProps) {
  const ref = useRef<HTMLDivElement>(null);
  // What the flashing cells show, as text (a change below the shown precision is no change to a reader).
  const texts = cells.map((spec) => (spec.flash ? spec.text(r, nowMs) : ''));
  const columns = cells.map((c) => c.id).join(' ');
  // After the row's cells are in the DOM: light up the ones whose text changed since this series was last drawn.
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    for (const i of changedCells(seen, r.id, columns, texts, performance.now())) {
      const cell = el.children[i];
      if (cell !== undefined) flashCell(cell);
    }
  });
  return (
    <div
      ref={ref}
      role="row"
      aria-rowindex={index + 2}
      data-row-id={r.id}
      data-key={r.key}
      aria-selected={selected}
      // One row in the page's Tab order; arrows move between rows from there.
      tabIndex={tabbable ? 0 : -1}
      className={`tr ${selected ? 'selected' : ''}`}
      style={{ transform: `translateY(${topPx}px)`, gridTemplateColumns: template }}
      onClick={() => onSelect(r.id)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
        // The row's key, not the page's (Space would pause).
        e.preventDefault();
        e.stopPropagation();
        onSelect(r.id);
      }}
    >
      {cells.map((spec, i) => {
        const level = spec.latency && r.sampleCount > 0 ? severity(spec.value(r) as number, thresholdMs, warnPct) : 'ok';
        const text = spec.flash ? texts[i] : spec.text(r, nowMs);
        // Text cells may be cut short: the full text on hover.
        const title = level !== 'ok' ? CUE_LABEL[level] : spec.numeric ? undefined : text;
        return (
          <div key={spec.id} role="gridcell" data-col={spec.id} className={`td ${spec.numeric ? 'num' : ''} ${level}`} title={title}>
            {level !== 'ok' ? (
              <span className="cue" aria-label={CUE_LABEL[level]}>
                {CUE[level]}
              </span>
            ) : null}
            {text}
          </div>
        );
      })}
    </div>
  );
});
