import { ago, type ConnectionState } from '@latency-dash/protocol/live';

/** True when the figures on screen have stopped updating because the link is down. */
export function isStale(state: ConnectionState): boolean {
  return (state.status === 'disconnected' || state.status === 'connecting' || state.status === 'stopped') && state.lastDataAtMs !== undefined;
}

/**
 * Says plainly that the figures are old. On a wall screen a table that
 * stopped updating looks exactly like a healthy quiet system otherwise.
 */
export function StaleBanner({ state, nowMs }: { state: ConnectionState; nowMs: number }) {
  // A stopped connection has its own banner, which says why.
  if (!isStale(state) || state.status === 'stopped' || state.lastDataAtMs === undefined) return null;
  const at = new Date(state.lastDataAtMs).toLocaleTimeString();
  return (
    <div className="stale-note" role="status" data-testid="stale-banner">
      <strong>Not live:</strong> the connection is down; the figures below are from {at} ({ago(state.lastDataAtMs, nowMs)}).
      {state.retryInS !== undefined ? ` Retrying in ${state.retryInS} s.` : ' Reconnecting…'}
      {state.lastError ? <span className="muted"> {state.lastError}</span> : null}
    </div>
  );
}
