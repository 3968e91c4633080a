import { count, type SeriesCount, type StreamWindow } from '@latency-dash/protocol/live';
import { TOP_ROWS_OF_MANY } from '../core/window-plan.js';

export interface WindowNoteProps {
  /** Watched targets that stream through a server-side window. */
  large: readonly string[];
  watched: readonly string[];
  /** The window the table shows (one large target alone). */
  window: StreamWindow | undefined;
  counts: Readonly<Record<string, SeriesCount>>;
  split: boolean;
  /** Rows the page holds (the window's and the charted ones): what the cards and charts add up. */
  loaded: number;
}

/**
 * What a large target's table, cards and charts show: the server sorts and
 * filters it and sends only the rows in view, so the page's figures cover
 * the rows it has, and with several targets a large one is cut to its first rows.
 */
export function WindowNote({ large, watched, window, counts, split, loaded }: WindowNoteProps) {
  if (large.length === 0) return null;
  if (window !== undefined) {
    const last = window.offset + window.rows.length;
    return (
      <div className="muted window-note" data-testid="window-note">
        Large target: the server sorts and filters its {count(window.total)} series and sends the rows in view (
        <span data-testid="window-span">
          {count(window.rows.length === 0 ? 0 : window.offset + 1)}–{count(last)}
        </span>
        ). Cards, charts and export cover the {count(loaded)} rows loaded (in view and charted).
      </div>
    );
  }
  if (watched.length < 2) return null;
  return (
    <div className="muted window-note" data-testid="window-note">
      {large.map((t) => {
        const c = counts[t];
        const n = c === undefined ? undefined : split ? c.split : c.combined;
        return (
          <span key={t}>
            {t}
            {n === undefined ? '' : ` has ${count(n)} series`}: the table shows its first {count(TOP_ROWS_OF_MANY)} in this sort and filters.{' '}
          </span>
        );
      })}
      Watch a large target alone to browse all of its series.
    </div>
  );
}
