import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type Db } from './database.js';
import { StorageFaults } from './storage-faults.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    /** Write failures of the SQLite file, for /health and /metrics. */
    storageFaults: StorageFaults;
  }
}

/**
 * The SQLite file that holds history and alert rules. With history off,
 * rules live in an in-memory database. Closed last: its onClose runs after
 * those of the plugins registered after it (history's final flush).
 * A file that cannot be used at all stops the start (StorageOpenError); a
 * full disk does not: the server starts with history degraded.
 */
async function storagePlugin(app: FastifyInstance): Promise<void> {
  const path = app.settings.historyPath;
  const db = openDatabase(path === 'off' ? ':memory:' : path, (message) => app.log.warn({ path }, message));
  const faults = new StorageFaults(path, app.log);
  app.decorate('db', db);
  app.decorate('storageFaults', faults);
  app.addHook('onReady', async () => faults.start());
  app.addHook('onClose', async () => {
    faults.stop();
    db.close();
  });
}

export default fp(storagePlugin, { name: 'storage', dependencies: ['settings'] });
