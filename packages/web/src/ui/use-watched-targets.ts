import { useEffect } from 'react';
import type { Connection, Subscription } from '@latency-dash/protocol/live';
import type { ViewState } from '../core/view-state.js';

/**
 * Subscribes to `wanted` (the view's targets, large ones through a window:
 * see planSubscriptions); on a first visit (no targets in the URL), picks
 * the first three the server has.
 */
export function useWatchedTargets(
  connection: Connection,
  available: string[],
  view: ViewState,
  setView: (patch: Partial<ViewState>) => void,
  wanted: Subscription[],
): void {
  const noTargets = view.targets.length === 0;
  useEffect(() => {
    if (noTargets && available.length > 0 && !new URLSearchParams(window.location.search).has('targets')) {
      setView({ targets: available.slice(0, 3) });
    }
  }, [available, noTargets, setView]);

  useEffect(() => {
    // The connection sends only what differs from the subscriptions it has (a new window, a new target).
    connection.setSubscriptions(wanted);
  }, [connection, wanted]);
}
