import type { Decoded, latency, MetricId } from '../index.js';

/** One number per metric of the table (packages/protocol/src/metric-table.ts), in its unit (ms, B/s, Unix ms, …). */
export type MetricValues = { [K in MetricId]: number };

/**
 * One table row: a series of one stream (target + view), as the UI shows it.
 * The store updates a row's fields in place as batches arrive; a view that
 * must hold values still (pause) copies the rows. Its numbers are the metric
 * table's (MetricValues); the fields below are the series' identity and the
 * UI's bookkeeping.
 */
export interface Row extends MetricValues {
  /** Unique across streams: target, view and series id. */
  id: string;
  targetId: string;
  split: boolean;
  seriesId: number;
  key: string;
  metadata: Record<string, string>;
  /** `k=v, k=v` with names sorted; '' for combined series. */
  metadataLabel: string;
  /** Client time when this row last changed, for the update highlight. */
  changedAtMs: number;
  /** How many updates this row has had in this session (drives the highlight). */
  updates: number;
  /** Bumped on every change to the row, which the store updates in place: what memoized views compare. */
  version: number;
  /**
   * Where the table last placed this series (-1: not yet), carried over to
   * the row's next version. Only a hint that makes re-sorting cheap; the
   * order itself never depends on it.
   */
  sortRank: number;
}

/** 'stopped': a final close (or an HTTP 401/403 while polling); nothing more is tried until the page is reloaded. */
export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected' | 'polling' | 'stopped';

/**
 * Why the connection is in its state (centrifuge-js's habit): a WebSocket
 * close code (1000–4999; an HTTP 401/403 while polling counts as the close
 * code the error registry gives it, 4501/4503), or a StateCode below 1000
 * for a change that is no close.
 */
export interface StateCause {
  code: number;
  reason: string;
}

export interface Subscription {
  targetId: string;
  split: boolean;
  /**
   * A window onto the target, sorted and filtered by the server (issue 12):
   * only its rows (and pinned series) stream, and the store keeps where they
   * sit (SeriesStore.windowOf). Absent: every series streams. Fields left
   * out take the protocol's defaults (the dashboard sets them all: WindowView).
   */
  view?: latency.View.$Properties;
}

/** Where a windowed stream's rows sit in the whole filtered, sorted list (latency.proto, WindowState). */
export interface WindowInfo {
  /** Rows that match the view's filters. */
  total: number;
  /** Rank of seriesIds[0]. */
  offset: number;
  /** The window's rows, in order (pinned series outside it are not listed). */
  seriesIds: number[];
}

/** latency.View as the dashboard asks for it (every field set, so two views compare field by field). */
export interface WindowView {
  /** A column id as the server names them (metric table ids in snake_case, or key, metadata, target). */
  sort: string;
  descending: boolean;
  offset: number;
  limit: number;
  keyFilter: string;
  metadataFilter: string;
  /** Only rows whose p90 is at least this; undefined: no such filter. */
  p90AtLeastMs: number | undefined;
  activeOnly: boolean;
  /** Series sent whatever their rank (the charted rows). */
  pinned: number[];
}

/** Whether two subscriptions' views ask for the same rows (undefined: the whole target); a field left out is its default. */
export function sameView(a: latency.View.$Properties | undefined, b: latency.View.$Properties | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const pa = a.pinned ?? [];
  const pb = b.pinned ?? [];
  return (
    (a.sort ?? '') === (b.sort ?? '') &&
    (a.descending ?? false) === (b.descending ?? false) &&
    (a.offset ?? 0) === (b.offset ?? 0) &&
    (a.limit ?? 0) === (b.limit ?? 0) &&
    (a.keyFilter ?? '') === (b.keyFilter ?? '') &&
    (a.metadataFilter ?? '') === (b.metadataFilter ?? '') &&
    (a.p90AtLeastMs ?? undefined) === (b.p90AtLeastMs ?? undefined) &&
    (a.activeOnly ?? false) === (b.activeOnly ?? false) &&
    pa.length === pb.length &&
    pa.every((id, i) => id === pb[i])
  );
}

/** An alert change or firing alert as the UI keeps it: the wire AlertEvent with its time in ms. */
export type AlertInfo = Omit<Decoded<latency.AlertEvent.$Properties>, 'time' | 'forS'> & { timeMs: number };
