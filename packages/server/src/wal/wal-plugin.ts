import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { HistoryRecorder } from '../history/history-recorder.js';
import type { HistoryStore } from '../history/history-store.js';
import { PgHistoryStore } from '../history/pg-history-store.js';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import type { ServerOptions } from '../options/index.js';
import { hasCheckpoint, NO_CHECKPOINT, readCheckpoint, type HistoryCheckpoint } from './history-checkpoint.js';
import { isPostgresUrl } from '../storage/postgres-url.js';
import { registerWalMetrics } from './wal-metrics.js';
import { recover, type RecoveryReport } from './wal-recovery.js';
import { SEGMENT_FILE, SNAPSHOT_FILE, WriteAheadLog } from './write-ahead-log.js';

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
          timings: app.diskTimings,
        });
  app.decorate('wal', wal);
  if (wal === undefined) return;
  app.engine.addSink(wal);
  app.engine.onTargets(wal);

  app.addHook('onReady', async () => {
    registerWalMetrics(app.promRegistry, wal);
    const store = app.history?.store;
    const pg = store instanceof PgHistoryStore ? await pgHistoryLink(wal.dir, store, app.log) : undefined;
    openWal(wal, app.engine, app.history, app.log, pg, () => app.sqliteThread.checkpointNow());
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

/** Tries at most this many second boundaries for history to pass a snapshot's entry on its own. */
const CATCH_UP_SECONDS = 3;

/**
 * History written up to log entry `lsn` for a snapshot. The entry falls in
 * the second in progress: writing that second now would write part of it,
 * and its rest, later, merged into those rows row by row in one
 * transaction (tens of ms of event loop at a thousand series, once a
 * snapshot). So it waits for the second to end and be written whole by an
 * ordinary flush; only when the log cannot wait, or the clock stands still
 * (tests), is the second in progress written at once.
 */
async function catchUpWhole(recorder: HistoryRecorder, engine: MetricsEngine, store: HistoryStore, lsn: number, now: boolean): Promise<void> {
  for (let i = 0; i < CATCH_UP_SECONDS && !now && readCheckpoint(store).lsn < lsn; i++) {
    const second = Math.floor(engine.clock.nowMs() / 1000);
    await sleep(1000 - (engine.clock.nowMs() % 1000) + 10);
    if (Math.floor(engine.clock.nowMs() / 1000) === second) break;
    await recorder.flush(false);
  }
  if (readCheckpoint(store).lsn < lsn) await recorder.flush(true);
}

/** What the log needs to replay into history kept in PostgreSQL, read before the replay (pgHistoryLink). */
export interface PgHistoryLink {
  /** Logged events past this are handed to history by the replay. */
  replayFrom: HistoryCheckpoint;
  /** How far history is durable, as the database says. */
  stored: HistoryCheckpoint;
}

const HISTORY_ID_FILE = 'history-id';

/**
 * Names the log in PostgreSQL (an id kept in its folder: servers sharing the
 * database each have a log and a checkpoint of their own) and reads how far
 * history has it. A folder logged before it had an id, or a database that
 * does not answer now, replays nothing into history (as before the link
 * existed): seconds would be counted twice otherwise.
 */
export async function pgHistoryLink(dir: string, store: PgHistoryStore, log: Log): Promise<PgHistoryLink> {
  const none = { replayFrom: { lsn: Number.MAX_SAFE_INTEGER, second: Number.MAX_SAFE_INTEGER }, stored: NO_CHECKPOINT };
  const file = join(dir, HISTORY_ID_FILE);
  let legacy = false;
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(file)) {
      legacy = readdirSync(dir).some((n) => SEGMENT_FILE.test(n) || SNAPSHOT_FILE.test(n));
      writeFileSync(file, randomUUID());
    }
    store.walId = readFileSync(file, 'utf8').trim();
  } catch (err) {
    // The log's own recovery reports the folder; without an id history simply is not replayed into.
    log.error({ err, file }, 'write-ahead log: cannot keep its id for PostgreSQL history; logged seconds are not replayed into history');
    return none;
  }
  if (legacy) return none;
  try {
    const cp = (await store.readWalCheckpoint()) ?? NO_CHECKPOINT;
    return { replayFrom: cp, stored: cp };
  } catch (err) {
    log.error(
      { err, database: store.name },
      'write-ahead log: PostgreSQL does not answer at start; seconds logged before this start are not replayed into history',
    );
    return none;
  }
}

/**
 * Ties the log to history (checkpoint in each flush, flush before each
 * snapshot), restores the engine and history from the folder, and starts
 * logging. Undefined when the folder cannot be read: the server then runs
 * without the log and leaves the folder as it is. History in PostgreSQL
 * needs `pg`, read before (pgHistoryLink).
 */
export function openWal(
  wal: WriteAheadLog,
  engine: MetricsEngine,
  recorder: HistoryRecorder | undefined,
  log: Log,
  pg?: PgHistoryLink,
  /** Makes history's commits durable (the SQLite checkpoint thread's checkpointNow); by default a checkpoint here. */
  makeHistoryDurable?: () => Promise<unknown>,
): RecoveryReport | undefined {
  let historyCheckpoint: HistoryCheckpoint | undefined;
  // The log's checkpoint lives in the SQLite file (or PostgreSQL's meta table), written with the rows.
  const store = recorder?.sqlite;
  if (recorder !== undefined && store !== undefined) {
    historyCheckpoint = readCheckpoint(store);
    // A crash between the pieces of a second leaves part of it written: delete it, the replay writes it whole.
    if (hasCheckpoint(store)) store.deleteSecondsAfter(historyCheckpoint.second);
    let checkpointSecond = historyCheckpoint.second;
    const durable = makeHistoryDurable ?? (async () => makeDurable(store));
    recorder.walLink = {
      position: () => wal.lastLsn,
      checkpointSecond: () => checkpointSecond,
      secondWritten(_lsn, second) {
        checkpointSecond = Math.max(checkpointSecond, second);
      },
    };
    wal.history = {
      flushAll() {
        recorder.flushAllNow();
        makeDurable(store);
      },
      async catchUp(lsn, now) {
        await catchUpWhole(recorder, engine, store, lsn, now);
        await durable();
      },
      checkpoint: () => readCheckpoint(store),
    };
  } else if (recorder !== undefined && pg !== undefined) {
    historyCheckpoint = pg.replayFrom;
    let cp = pg.stored;
    recorder.walLink = {
      position: () => wal.lastLsn,
      checkpointSecond: () => cp.second,
      secondWritten(lsn, second) {
        cp = { lsn: Math.max(cp.lsn, lsn), second: Math.max(cp.second, second) };
      },
    };
    wal.history = {
      // PostgreSQL cannot be written synchronously: a snapshot at start waits for the next sliced one, and at close
      // history's own final flush has run first.
      flushAll() {},
      async catchUp() {
        await recorder.flush(true);
      },
      checkpoint: () => cp,
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
