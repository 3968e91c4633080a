import type { SeriesCount, Subscription, WindowView } from '@latency-dash/protocol/live';
import type { ViewState } from './view-state.js';

/**
 * Windows are asked for in whole pages, with a page to spare on each side:
 * small scrolls stay inside the window asked for, so they cost no new
 * subscription, and a fast fling asks for a new window every 50 rows at most
 * (further throttled by the table, see use-window-request.ts).
 */
export const WINDOW_PAGE_ROWS = 50;
/** With several targets watched, a large one streams its first rows only (in the table's sort), merged into the table. */
export const TOP_ROWS_OF_MANY = 200;
/** View.pinned holds at most this many series (latency.proto). */
export const MAX_PINNED = 32;

/** The rows in view: the first and last index the table shows (overscan included). */
export interface RowRange {
  first: number;
  last: number;
}

/** A window of the whole sorted list: its first row's rank and how many rows. */
export interface WindowSpan {
  offset: number;
  limit: number;
}

/** The span to ask for so `range` and a page either side are in it, in whole pages, at most `maxRows`. */
export function spanFor(range: RowRange, maxRows: number): WindowSpan {
  const first = Math.max(0, range.first);
  const last = Math.max(first, range.last);
  let offset = Math.max(0, (Math.floor(first / WINDOW_PAGE_ROWS) - 1) * WINDOW_PAGE_ROWS);
  const end = (Math.floor(last / WINDOW_PAGE_ROWS) + 2) * WINDOW_PAGE_ROWS;
  const cap = Math.max(1, maxRows);
  // A very tall screen may need more than the server allows: the rows in view from the top win.
  if (end - offset > cap) offset = first;
  return { offset, limit: Math.min(cap, end - offset) };
}

/** Whether every row of `range` is inside `span`. */
export function spanCovers(span: WindowSpan, range: RowRange): boolean {
  return range.first >= span.offset && range.last < span.offset + span.limit;
}

/** The dashboard's column ids as View.sort names them (latency.proto). */
const SORT_NAMES: Record<string, string> = {
  eventsPerSecond: 'events_per_second',
  avgProcessing: 'avg_processing',
  lastPayload: 'last_payload',
  lastUpdateMs: 'last_update',
  sampleCount: 'samples',
  targetId: 'target',
};

export function viewSortName(sortId: string): string {
  return SORT_NAMES[sortId] ?? sortId;
}

/**
 * The view's sort and filters as a View, with the same meaning as the
 * client-side filters (table-data.ts): "over threshold" is a p90 at or above
 * the warning level, "active only" a series with events in the last 10 s.
 */
export function windowView(view: ViewState, span: WindowSpan, pinned: readonly number[]): WindowView {
  return {
    sort: viewSortName(view.sortId),
    descending: view.sortDesc,
    offset: span.offset,
    limit: span.limit,
    keyFilter: view.keyFilter.trim(),
    metadataFilter: view.metaFilter.trim(),
    p90AtLeastMs: view.overOnly ? (view.thresholdMs * view.warnPct) / 100 : undefined,
    activeOnly: view.activeOnly,
    pinned: pinned.slice(0, MAX_PINNED),
  };
}

/** What the server said of the page's room for windows (the hello) and of the targets' sizes. */
export interface WindowLimits {
  /** 0: the server serves no views. */
  maxViewRows: number;
  viewThresholdSeries: number;
  seriesCounts: Readonly<Record<string, SeriesCount>>;
}

/** Whether a target is too large to stream whole: its size as the targets list says, or as its stream showed. */
export function isLargeTarget(limits: WindowLimits, targetId: string, split: boolean, seenRows = 0): boolean {
  if (limits.maxViewRows <= 0) return false;
  const c = limits.seriesCounts[targetId];
  const listed = c === undefined ? 0 : split ? c.split : c.combined;
  return Math.max(listed, seenRows) > limits.viewThresholdSeries;
}

/** The series ids of the charted rows of one stream (row ids are target, NUL, s|c, NUL, series id). */
export function pinnedOf(selected: ReadonlySet<string>, targetId: string, split: boolean): number[] {
  const prefix = `${targetId}\u0000${split ? 's' : 'c'}\u0000`;
  const out: number[] = [];
  for (const id of selected) if (id.startsWith(prefix)) out.push(Number(id.slice(prefix.length)));
  return out.sort((a, b) => a - b);
}

/**
 * The subscriptions for the watched targets. Small targets stream whole
 * (the table sorts them instantly itself). A large target alone is browsed
 * through a window that follows the table's scroll (`span`). Among several
 * targets, a large one streams only its first TOP_ROWS_OF_MANY rows in the
 * table's sort and filters, merged with the others: the table cannot page
 * one sorted list across several servers' windows, so the page says which
 * targets it cut short (see ViewNotes).
 */
export function planSubscriptions(
  view: ViewState,
  maxViewRows: number,
  large: ReadonlySet<string>,
  span: WindowSpan,
  selected: ReadonlySet<string>,
): Subscription[] {
  const alone = view.targets.length === 1;
  return view.targets.map((targetId) => {
    if (maxViewRows <= 0 || !large.has(targetId)) return { targetId, split: view.split };
    const s = alone ? span : { offset: 0, limit: Math.min(TOP_ROWS_OF_MANY, maxViewRows) };
    return { targetId, split: view.split, view: windowView(view, s, pinnedOf(selected, targetId, view.split)) };
  });
}
