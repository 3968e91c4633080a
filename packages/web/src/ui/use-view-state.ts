import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, viewToSearch, type ViewState } from '../core/view-state.js';

/** A change of range (a zoom, a new choice) makes a new browser history entry, so Back returns to the range before. */
const rangeOf = (v: ViewState) => `${v.range}|${v.fromMs}|${v.toMs}`;

/** View state that lives in the URL, so a link reproduces the view. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  // The range the current history entry holds.
  const entryRange = useRef(rangeOf(view));
  useEffect(() => {
    const search = viewToSearch(view, window.location.search);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (rangeOf(view) !== entryRange.current) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    entryRange.current = rangeOf(view);
  }, [view]);
  useEffect(() => {
    const onPop = () => {
      const next = parseView(window.location.search);
      entryRange.current = rangeOf(next);
      setView(next);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })), []);
  return [view, update];
}
