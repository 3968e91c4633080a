import { basename, dirname, extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HistoryRecorder } from '../history/history-recorder.js';
import type { HistoryStore } from '../history/history-store.js';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import type { ServerOptions } from '../options/index.js';
import { hasCheckpoint, markSecondWritten, readCheckpoint, type HistoryCheckpoint } from './history-checkpoint.js';
import { isPostgresUrl } from '../storage/postgres-url.js';
import { registerWalMetrics } from './wal-metrics.js';
import { recover, type RecoveryReport } from './wal-recovery.js';
import { WriteAheadLog } from './write-ahead-log.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Undefined with --wal off (or auto without a history file). */
    wal: WriteAheadLog | undefined;
  }
}

/** The log's folder: --wal, or beside the history file (data/latency-dash.sqlite → data/latency-dash-wal). */
export function walDir(settings: Pick<ServerOptions, 'walPath' | 'historyPath'> & { redis?: string }): string | undefined {
  const { walPath, historyPath } = settings;
  if (walPath === 'off') return undefined;
  // In a cluster the Redis streams are the log (cluster/event-stream.ts): a node's own would replay targets it may no longer own.
  if (walPath === 'auto' && settings.redis) return undefined;
  if (walPath !== 'auto') return walPath;
  if (historyPath === 'off' || historyPath === ':memory:' || historyPath.startsWith('file:') || isPostgresUrl(historyPath)) return undefined;
  return join(dirname(historyPath), `${basename(historyPath, extname(historyPath))}-wal`);
}

/**
 * The ingest write-ahead log and live-state restore (write-ahead-log.ts,
 * wal-recovery.ts). Registered after storage and before ingest: it is the
 * engine's first sink, so an event is logged before history sees it. Its
 * onReady, which runs before any other plugin starts taking events,
 * restores the engine and history from the folder; its onClose, after
 * history's final flush, leaves a snapshot.
 */
async function walPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const dir = walDir(s);
  const wal =
    dir === undefined
      ? undefined
      : new WriteAheadLog(app.engine, {
          dir,
          fsync: s.walFsync,
          maxBytes: s.walMaxMb * 1024 * 1024,
          snapshotIntervalMs: s.walSnapshotIntervalS * 1000,
          log: app.log,
        });
  app.decorate('wal', wal);
  if (wal === undefined) return;
  app.engine.addSink(wal);
  app.engine.onTargets(wal);

  app.addHook('onReady', async () => {
    registerWalMetrics(app.promRegistry, wal);
    openWal(wal, app.engine, app.history, app.log);
  });
  app.addHook('onClose', async () => wal.close());
}

/**
 * With synchronous=NORMAL a commit survives a killed process but not a power
 * loss until SQLite checkpoints its own WAL (which fsyncs): done before the
 * log deletes what history would need.
 */
function makeDurable(store: HistoryStore): void {
  store.db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Ties the log to history (checkpoint in each flush, flush before each
 * snapshot), restores the engine and history from the folder, and starts
 * logging. Undefined when the folder cannot be read: the server then runs
 * without the log and leaves the folder as it is.
 */
export function openWal(wal: WriteAheadLog, engine: MetricsEngine, recorder: HistoryRecorder | undefined, log: Log): RecoveryReport | undefined {
  let historyCheckpoint: HistoryCheckpoint | undefined;
  // The log's checkpoint lives in the SQLite file, written with the rows; history in PostgreSQL is not replayed into.
  const store = recorder?.sqlite;
  if (recorder !== undefined && store !== undefined) {
    historyCheckpoint = readCheckpoint(store);
    // A crash between the pieces of a second leaves part of it written: delete it, the replay writes it whole.
    if (hasCheckpoint(store)) store.deleteSecondsAfter(historyCheckpoint.second);
    let checkpointSecond = historyCheckpoint.second;
    recorder.walLink = {
      position: () => wal.lastLsn,
      checkpointSecond: () => checkpointSecond,
      secondWritten(lsn, second) {
        markSecondWritten(store, lsn, second);
        checkpointSecond = Math.max(checkpointSecond, second);
      },
    };
    wal.history = {
      flushAll() {
        recorder.flushAllNow();
        makeDurable(store);
      },
      async flushAllSliced() {
        await recorder.flush(true);
        makeDurable(store);
      },
      checkpoint: () => readCheckpoint(store),
    };
  }
  let report;
  try {
    report = recover(wal, engine, historyCheckpoint, log);
  } catch (err) {
    wal.markUnreadable(`cannot read ${wal.dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    log.error({ err, dir: wal.dir }, 'write-ahead log folder cannot be read: the server runs without the log (and leaves the folder as it is)');
    return undefined;
  }
  wal.start();
  // The replayed entries go into a snapshot, so the segments they came from can go.
  if (report.replayed > 0 || wal.segments.length > 0) wal.snapshot(true, false);
  log.info(
    {
      dir: wal.dir,
      fsync: wal.fsync,
      snapshotLsn: report.snapshotLsn,
      targets: report.restoredTargets,
      series: report.restoredSeries,
      replayed: report.replayed,
      toHistory: report.toHistory,
      damaged: report.damaged.length,
      ms: Math.round(report.ms),
    },
    'write-ahead log recovered',
  );
  return report;
}

export default fp(walPlugin, { name: 'wal', dependencies: ['metrics', 'storage'] });
