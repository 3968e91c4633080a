import { useCallback, useEffect, useRef, useState } from 'react';
import { spanCovers, spanFor, WINDOW_PAGE_ROWS, type RowRange, type WindowSpan } from '../core/window-plan.js';

/** At most one new window this often while scrolling: a fling through 10,000 rows asks for a handful, not one per frame. */
const THROTTLE_MS = 150;

/**
 * The window of a large target the table asks the server for, following its
 * scroll: the rows in view change every frame, the window only when they
 * leave it, and then at most once per THROTTLE_MS (the last range wins).
 */
export function useWindowRequest(maxViewRows: number): [WindowSpan, (range: RowRange) => void] {
  const maxRows = maxViewRows > 0 ? maxViewRows : WINDOW_PAGE_ROWS * 3;
  const [span, setSpan] = useState<WindowSpan>(() => spanFor({ first: 0, last: WINDOW_PAGE_ROWS - 1 }, maxRows));
  const current = useRef(span);
  const latest = useRef<RowRange | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastAt = useRef(-Infinity);
  const maxRef = useRef(maxRows);
  useEffect(() => {
    maxRef.current = maxRows;
  }, [maxRows]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onRange = useCallback((range: RowRange) => {
    latest.current = range;
    if (timer.current !== undefined || spanCovers(current.current, range)) return;
    const wait = Math.max(0, lastAt.current + THROTTLE_MS - performance.now());
    timer.current = setTimeout(() => {
      timer.current = undefined;
      lastAt.current = performance.now();
      const next = spanFor(latest.current!, maxRef.current);
      if (next.offset === current.current.offset && next.limit === current.current.limit) return;
      current.current = next;
      setSpan(next);
    }, wait);
  }, []);
  return [span, onRange];
}
