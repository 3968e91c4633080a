import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type Db } from './database.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

/**
 * The SQLite file that holds history and alert rules. With history off,
 * rules live in an in-memory database. Closed last: its onClose runs after
 * those of the plugins registered after it (history's final flush).
 */
async function storagePlugin(app: FastifyInstance): Promise<void> {
  const path = app.settings.historyPath;
  const db = openDatabase(path === 'off' ? ':memory:' : path);
  app.decorate('db', db);
  app.addHook('onClose', async () => db.close());
}

export default fp(storagePlugin, { name: 'storage', dependencies: ['settings'] });
