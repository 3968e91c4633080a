import type { HistoryStore } from '../history/history-store.js';

/**
 * How far history is durable, in the log's terms, kept in the history file's
 * meta table by the same transaction as the rows: every logged event with
 * sequence number <= lsn whose arrival second is <= second is in the file.
 *
 * A pair, because a flush writes whole finished seconds (everything before
 * the current one), not a prefix of the log: the events of the second in
 * progress are logged before the flush and written by a later one.
 */
export interface HistoryCheckpoint {
  lsn: number;
  second: number;
}

const LSN = 'wal_lsn';
const SECOND = 'wal_second';

export const NO_CHECKPOINT: HistoryCheckpoint = { lsn: 0, second: -1 };

export function readCheckpoint(store: HistoryStore): HistoryCheckpoint {
  return { lsn: store.getMeta(LSN) ?? NO_CHECKPOINT.lsn, second: store.getMeta(SECOND) ?? NO_CHECKPOINT.second };
}

/** Whether a logged event is missing from history, so a replay must hand it to history too. */
export function historyLacks(cp: HistoryCheckpoint, lsn: number, arrivalMs: number): boolean {
  return lsn > cp.lsn || Math.floor(arrivalMs / 1000) > cp.second;
}

/**
 * Moves the checkpoint after a flush that wrote the seconds before
 * `currentSecond` (or every second, `everything`) with the log at `lsn`.
 * Runs inside the flush's transaction.
 */
export function markFlushed(store: HistoryStore, lsn: number, everything: boolean, currentSecond: number): void {
  const prev = readCheckpoint(store);
  let next: HistoryCheckpoint;
  if (everything) {
    // Every event so far is written, and none arrived after the current second.
    next = { lsn: Math.max(prev.lsn, lsn), second: Math.max(prev.second, currentSecond) };
  } else if (prev.second < currentSecond) {
    next = { lsn: Math.max(prev.lsn, lsn), second: currentSecond - 1 };
  } else {
    // An earlier full flush in this same second already covers all this one
    // can claim; the events logged since then in this second are not written.
    return;
  }
  if (next.lsn === prev.lsn && next.second === prev.second) return;
  store.setMeta(LSN, next.lsn);
  store.setMeta(SECOND, next.second);
}
