import { useEffect } from 'react';
import type { Connection } from '@latency-dash/protocol/live';
import type { ViewState } from '../core/view-state.js';

/** Subscribes to the view's targets; on a first visit (no targets in the URL), to the first three the server has. */
export function useWatchedTargets(connection: Connection, available: string[], view: ViewState, setView: (patch: Partial<ViewState>) => void): void {
  const noTargets = view.targets.length === 0;
  useEffect(() => {
    if (noTargets && available.length > 0 && !new URLSearchParams(window.location.search).has('targets')) {
      setView({ targets: available.slice(0, 3) });
    }
  }, [available, noTargets, setView]);

  useEffect(() => {
    connection.setSubscriptions(view.targets.map((targetId) => ({ targetId, split: view.split })));
  }, [connection, view.targets, view.split]);
}
