import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type RefObject } from 'react';

export interface RowWindow {
  /** The scroll box to attach. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows to render: those in (and just beyond) view, and the kept one; their `start` counts the header above the rows. */
  items: VirtualItem[];
  /** The first and last row in (and just beyond) view, without the kept one. */
  first: number;
  last: number;
  totalSize: number;
  /** Scrolls just enough to bring row `index` into view. */
  scrollToIndex: (index: number) => void;
}

/**
 * Which of `count` rows of `rowHeight` px are in view, below a header of
 * `headerHeight` px in the same scroll box. Row `keep()` is rendered too
 * wherever it is: the row holding keyboard focus, so that scrolling (or a
 * resort that sends its series far away) never removes the focused element,
 * which would drop the focus to the page.
 */
export function useRowVirtualizer(count: number, rowHeight: number, headerHeight: number, keep: () => number | undefined): RowWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const shown = useRef({ first: 0, last: -1 });
  const rangeExtractor = (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    shown.current = { first: indexes[0] ?? 0, last: indexes.at(-1) ?? -1 };
    const k = keep();
    if (k === undefined || k >= count || indexes.includes(k)) return indexes;
    return k < indexes[0] ? [k, ...indexes] : [...indexes, k];
  };
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's instance changes its answers (items, size) without changing identity, so the React Compiler cannot memoize on it. The build does not run the compiler; the answers are read fresh each render and returned as plain values.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    scrollMargin: headerHeight,
    // A few rows beyond the edges hide blank flashes on fast scrolls; each costs a render per frame.
    overscan: 4,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  return {
    scrollRef,
    items,
    ...shown.current,
    totalSize: virtualizer.getTotalSize(),
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
