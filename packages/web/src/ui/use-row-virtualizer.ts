import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type RefObject } from 'react';

export interface RowWindow {
  /** The scroll box to attach. */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows in (and just beyond) view; their `start` counts the header above the rows. */
  items: VirtualItem[];
  totalSize: number;
  /** Scrolls just enough to bring row `index` into view. */
  scrollToIndex: (index: number) => void;
}

/** Which of `count` rows of `rowHeight` px are in view, below a header of `headerHeight` px in the same scroll box. */
export function useRowVirtualizer(count: number, rowHeight: number, headerHeight: number): RowWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's instance changes its answers (items, size) without changing identity, so the React Compiler cannot memoize on it. The build does not run the compiler; the answers are read fresh each render and returned as plain values.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    scrollMargin: headerHeight,
    // A few rows beyond the edges hide blank flashes on fast scrolls; each costs a render per frame.
    overscan: 4,
  });
  return {
    scrollRef,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
