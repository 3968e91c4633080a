import { type ConnectionState, count, rate } from '@latency-dash/protocol/live';

const LABEL: Record<ConnectionState['status'], string> = {
  connected: 'Connected',
  connecting: 'Connecting…',
  disconnected: 'Disconnected',
  polling: 'Polling (HTTP fallback)',
  stopped: 'Stopped',
};

/** Connection status, message count and rate, reconnects; the last error and the node in use on hover. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  const title = [state.lastError, `via ${state.endpoint}`].filter(Boolean).join(' · ');
  const retry = state.retryInS !== undefined && state.status !== 'connected' ? ` · retry in ${state.retryInS} s` : '';
  return (
    <div className="conn" data-testid="connection" data-status={state.status} data-endpoint={state.endpoint} title={title}>
      <span className={`dot ${state.status}`} aria-hidden />
      <strong>{LABEL[state.status]}</strong>
      <span className="muted">
        {count(state.messages)} msgs · {rate(state.messagesPerSecond)}/s · {state.reconnects} reconnect{state.reconnects === 1 ? '' : 's'}
        {retry}
      </span>
    </div>
  );
}
