/**
 * The SQLite file's own thread (storage/sqlite-thread.ts starts it), with a
 * connection of its own that never writes:
 *
 * - it checkpoints the WAL, PASSIVE (no write lock: the server's writes go
 *   on meanwhile), so the copying and its fsync wait here instead of
 *   inside one of the event loop's commits;
 * - it reads and merges a finished minute's per-second rows into per-minute
 *   rollups (WAL readers do not block the writer), and hands the encoded
 *   rows back for the event loop to write.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Rollup, mergeRow, rollupToRow, type RollupRow } from '../history/rollup.js';
import type { CheckpointReport, FoldReport, SqliteThreadData, ToSqliteThread } from './sqlite-thread.js';

const { path, everyMs } = workerData as SqliteThreadData;
const port = parentPort!;
// A PASSIVE checkpoint never waits on locks; a read may meet a brief one (the writer restarting the WAL) and waits here, off the event loop.
const db = new Database(path, { fileMustExist: true, timeout: 5000 });
let secondRows: Database.Statement<[number], RollupRow> | undefined;

function checkpoint(request?: number): void {
  const started = performance.now();
  let report: CheckpointReport;
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    report = { ok: true, ms: performance.now() - started, walFrames: r.log, copiedFrames: r.checkpointed, request };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    report = { ok: false, ms: performance.now() - started, code: e.code ?? 'ERROR', message: e.message ?? String(err), request };
  }
  port.postMessage(report);
}

/** The same merge, in the same order (second by second, series by series), as the event loop's own fold. */
function fold(id: number, minute: number): void {
  const started = performance.now();
  let report: FoldReport;
  try {
    // Prepared at the first fold: the table may not exist yet when the thread starts (a new file on a full disk).
    secondRows ??= db.prepare<[number], RollupRow>('SELECT * FROM rollup_1s WHERE ts = ? ORDER BY series_id');
    const bySeries = new Map<number, Rollup>();
    for (let second = minute; second < minute + 60; second++) {
      for (const row of secondRows.iterate(second)) {
        let r = bySeries.get(row.series_id);
        if (r === undefined) bySeries.set(row.series_id, (r = new Rollup()));
        mergeRow(r, row);
      }
    }
    const rows = [...bySeries].map(([seriesId, rollup]) => rollupToRow(seriesId, minute, rollup));
    report = { fold: id, ok: true, rows, ms: performance.now() - started };
  } catch (err) {
    report = { fold: id, ok: false, message: (err as Error).message ?? String(err), ms: performance.now() - started };
  }
  port.postMessage(report);
}

const timer = setInterval(checkpoint, everyMs);
port.on('message', (message: ToSqliteThread) => {
  if (message === 'stop') {
    clearInterval(timer);
    db.close();
    port.close();
  } else if ('now' in message) {
    checkpoint(message.now);
  } else {
    fold(message.fold, message.minute);
  }
});
