import { CloseCode } from '@latency-dash/protocol';
import type { ConnectionState } from '@latency-dash/protocol/live';
import { KeyPrompt } from './KeyPrompt.js';

/**
 * Why the dashboard stopped trying (a final close, such as a refused API
 * key), what to do about it, and what the server said.
 */
export function StoppedBanner({ state }: { state: ConnectionState }) {
  if (state.status !== 'stopped') return null;
  const at = state.lastDataAtMs === undefined ? '' : ` The figures below are from ${new Date(state.lastDataAtMs).toLocaleTimeString()}.`;
  return (
    <div className="stale-note" role="alert" data-testid="stopped-banner" data-code={state.cause.code}>
      <strong>Stopped:</strong> {state.advice}
      {at}
      <span className="muted" data-testid="stopped-reason">
        The server said: {state.cause.reason}
      </span>
      {state.cause.code === CloseCode.unauthorized || state.cause.code === CloseCode.forbidden ? <KeyPrompt /> : null}
    </div>
  );
}
