import { count } from '@latency-dash/protocol/live';
import { toLocalInput } from '../core/local-time.js';
import type { ViewState } from '../core/view-state.js';
import type { HistoryView } from './use-history-view.js';
import { INTERVAL_NOTE } from './columns.js';
import type { Pause } from './use-pause.js';

/** Under the controls: what a history view covers (loading, failed), that the live view is paused, or how split latency reads. */
export function ViewNotes({ view, history, pause }: { view: ViewState; history: HistoryView; pause: Pause }) {
  if (history.active) {
    return (
      <div className="history-note" data-testid="history-note">
        History:{' '}
        {view.range === 'custom' ? (
          <span data-testid="history-range">
            {toLocalInput(view.fromMs).replace('T', ' ')} to {toLocalInput(view.toMs).replace('T', ' ')}
          </span>
        ) : (
          `the last ${view.range}`
        )}
        {view.compare ? `, compared with ${view.compare === '1d' ? 'a day' : 'a week'} earlier` : ''}. Cards, charts and table cover the whole range
        (percentiles from merged sketches, ±1%); the last payload and last update are live only.
        {view.targets.length === 0 ? ' Choose a target to see its history.' : ''}
        {history.history.loading ? ' Loading…' : ''}
        {history.history.error ? ` Could not load: ${history.history.error}` : ''}
      </div>
    );
  }
  if (!pause.paused) return view.split ? <IntervalNote /> : null;
  return (
    <div className="paused-note" data-testid="paused-note">
      Paused: the view is frozen; data keeps arriving and shows on resume (<span data-testid="paused-changes">{count(pause.changes)}</span> update
      {pause.changes === 1 ? '' : 's'} since the pause). Press <kbd>p</kbd> to resume.
    </div>
  );
}

/** Split view is where interval-based latency surprises: each split series sees fewer events, so longer gaps. */
function IntervalNote() {
  return (
    <div className="muted interval-note" data-testid="interval-note">
      {/* A drawn mark, not the ⓘ character: fonts without it show an empty box. */}
      <span className="info-mark" aria-hidden>
        i
      </span>
      {INTERVAL_NOTE}
    </div>
  );
}
