/**
 * The thread that copies the SQLite file's write-ahead log back into the
 * file (storage/wal-checkpointer.ts starts it). Its own connection only
 * checkpoints, PASSIVE: it never takes the write lock, so the server's
 * writes go on meanwhile, and the copying and its fsync wait here instead
 * of inside one of the event loop's commits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CheckpointReport, CheckpointWorkerData } from './wal-checkpointer.js';

const { path, everyMs } = workerData as CheckpointWorkerData;
const port = parentPort!;
// No waiting on locks: a checkpoint that meets one is simply tried again at the next round.
const db = new Database(path, { fileMustExist: true, timeout: 0 });

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

const timer = setInterval(checkpoint, everyMs);
port.on('message', (message: 'stop' | { now: number }) => {
  if (message !== 'stop') return checkpoint(message.now);
  clearInterval(timer);
  db.close();
  port.close();
});
