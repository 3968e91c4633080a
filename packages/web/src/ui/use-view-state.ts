import { useCallback, useEffect, useState } from 'react';
import { parseView, viewToSearch, type ViewState } from '../core/view-state.js';

/** View state that lives in the URL, so a link reproduces the view. */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  useEffect(() => {
    const search = viewToSearch(view, window.location.search);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [view]);
  useEffect(() => {
    const onPop = () => setView(parseView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>) => setView((v) => ({ ...v, ...patch })), []);
  return [view, update];
}
