import type { Rollup, RollupRow } from './rollup.js';

export type Resolution = '1s' | '1m';
/** A value now (SQLite, synchronous: its fast path keeps no promise) or later (PostgreSQL). */
export type MaybePromise<T> = T | Promise<T>;

export interface StoredSeries {
  id: number;
  target: string;
  key: string;
  /** Canonical JSON of the metadata (names sorted); '{}' for combined series. */
  metadata: string;
  split: boolean;
}

/** What names a stored series. */
export interface SeriesIdentity {
  target: string;
  key: string;
  /** Canonical JSON (metadataJson). */
  metadata: string;
  split: boolean;
}

/** Seconds [from, to) of lost history (Unix s). */
export type SecondRange = [fromS: number, toS: number];

export function isPromise<T>(v: MaybePromise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}

/** Every row of `second` logged up to `lsn` is in this write: the write-ahead log's checkpoint moves with it. */
export interface WalMark {
  readonly lsn: number;
  readonly second: number;
}

/**
 * Where history is kept: the SQLite file (history-store.ts, synchronous)
 * or PostgreSQL (pg-history-store.ts, shared by a cluster). The recorder
 * and the query take either; each call's meaning is the same in both, so
 * both give the same /api/v1/history answers for the same events.
 */
export interface HistoryBackend {
  /** The file or the URL (password hidden), as logs and /health name it. */
  readonly name: string;
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Writes a second of rows (merging with rows already there), adding the
   * series not stored yet, and lost ranges, in one transaction. Returns the
   * series ids, in the order of `rows`. With `walMark` the same transaction
   * moves the write-ahead log's checkpoint (wal/history-checkpoint.ts).
   */
  writeSecond(rows: readonly { series: number | SeriesIdentity; row: RollupRow }[], gaps?: readonly SecondRange[], walMark?: WalMark): MaybePromise<number[]>;
  /** Writes encoded rollup rows and lost ranges in one transaction, merging with any row already there. */
  writeRows(resolution: Resolution, rows: readonly RollupRow[], gaps?: readonly SecondRange[]): MaybePromise<void>;
  /** Writes rollups, replacing any row already there (minutes folded from seconds). */
  replaceRows(resolution: Resolution, rows: readonly { seriesId: number; ts: number; rollup: Rollup }[]): MaybePromise<void>;
  gaps(fromS: number, toS: number): MaybePromise<SecondRange[]>;
  findSeries(target: string, split: boolean, key?: string, metadata?: string): MaybePromise<StoredSeries[]>;
  rowsPage(resolution: Resolution, seriesId: number, fromS: number, toS: number): MaybePromise<{ rows: RollupRow[]; next: number }>;
  span(resolution: Resolution): MaybePromise<{ from: number; to: number } | undefined>;
  /** The first second at or after `fromS` with per-second rows, if any: the fold skips minutes without. */
  firstSecondFrom(fromS: number): MaybePromise<number | undefined>;
  secondRowsPage(second: number, afterSeriesId: number, limit: number): MaybePromise<RollupRow[]>;
  pruneSome(resolution: Resolution, beforeS: number, limit: number): MaybePromise<number>;
  pruneGaps(beforeS: number): MaybePromise<void>;
  getMeta(name: string): MaybePromise<number | undefined>;
  setMeta(name: string, value: number): MaybePromise<void>;
  /** Gives back space a failing store used meanwhile (SQLite's WAL); nothing for PostgreSQL. */
  reclaim(): void;
  /**
   * Runs the fold and prune unless another server sharing the store runs
   * it now (then undefined): once per cluster, not once per node.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T | undefined>;
}
