import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type Db } from './database.js';
import { DiskTimings } from './disk-timings.js';
import { PostgresDatabase } from './postgres.js';
import { isPostgresUrl } from './postgres-url.js';
import { StorageFaults } from './storage-faults.js';
import { SqliteThread } from './sqlite-thread.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** With --history postgres://...: the database that holds history and alert rules instead of `db`. */
    pg: PostgresDatabase | undefined;
    /** Write failures of the SQLite file (or PostgreSQL), for /health and /metrics. */
    storageFaults: StorageFaults;
    /** Checkpoints the SQLite file's WAL on a thread of its own, off the event loop. */
    sqliteThread: SqliteThread;
    /** Times the disk calls made on the event loop (WAL, history): latency_dash_sync_disk_seconds. */
    diskTimings: DiskTimings;
  }
}

/**
 * The SQLite file that holds history and alert rules. With history off,
 * rules live in an in-memory database. Closed last: its onClose runs after
 * those of the plugins registered after it (history's final flush).
 * A file that cannot be used at all stops the start (StorageOpenError); a
 * full disk does not: the server starts with history degraded.
 *
 * With --history postgres://... both live in PostgreSQL, shared by every
 * server that names it; an unreachable PostgreSQL is a degraded state, like
 * a full disk, never a failed start.
 */
async function storagePlugin(app: FastifyInstance): Promise<void> {
  const path = app.settings.historyPath;
  const pg = isPostgresUrl(path) ? new PostgresDatabase(path, { poolMax: app.settings.postgresPoolMax, timeoutMs: app.settings.postgresTimeoutMs }) : undefined;
  const db = openDatabase(path === 'off' || pg !== undefined ? ':memory:' : path, (message) => app.log.warn({ path }, message));
  const faults = new StorageFaults(pg?.name ?? path, app.log);
  app.decorate('db', db);
  app.decorate('pg', pg);
  const checkpointer = new SqliteThread(db, app.log);
  app.decorate('storageFaults', faults);
  app.decorate('sqliteThread', checkpointer);
  const timings = new DiskTimings(app.log);
  app.decorate('diskTimings', timings);
  app.addHook('onReady', async () => {
    timings.register(app.promRegistry);
    faults.start();
    checkpointer.start();
  });
  app.addHook('onClose', async () => {
    faults.stop();
    await checkpointer.stop();
    db.close();
    await pg?.close();
  });
}

export default fp(storagePlugin, { name: 'storage', dependencies: ['settings'] });
