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

/** Whether the file has ever had a second written with the log on (an older file's rows are not the log's to redo). */
export function hasCheckpoint(store: HistoryStore): boolean {
  return store.getMeta(SECOND) !== undefined;
}

/**
 * Drops the checkpoint when the server runs without the log: seconds it
 * writes then are past the checkpoint, and a later start with the log must
 * not take them for a crash's partial second (hasCheckpoint).
 */
export function forgetCheckpoint(store: HistoryStore): void {
  if (hasCheckpoint(store)) store.deleteMeta([LSN, SECOND]);
}

/** Whether a logged event is missing from history, so a replay must hand it to history too. */
export function historyLacks(cp: HistoryCheckpoint, lsn: number, arrivalMs: number): boolean {
  return lsn > cp.lsn || Math.floor(arrivalMs / 1000) > cp.second;
}

/**
 * Moves the checkpoint once every row of `second` logged up to `lsn` is
 * written (and every earlier second, which history writes first). Runs
 * inside the transaction that writes the second's last rows.
 */
export function markSecondWritten(store: HistoryStore, lsn: number, second: number): void {
  const prev = readCheckpoint(store);
  const next = { lsn: Math.max(prev.lsn, lsn), second: Math.max(prev.second, second) };
  if (next.lsn === prev.lsn && next.second === prev.second) return;
  store.setMeta(LSN, next.lsn);
  store.setMeta(SECOND, next.second);
}
