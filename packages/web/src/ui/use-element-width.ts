import { useEffect, useState, type RefObject } from 'react';

/** The width of an element, following resizes. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 400): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth || fallback);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth || fallback));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fallback]);
  return width;
}
