import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerHistoryRoutes } from '../http/history-routes.js';
import { HistoryRecorder, type Retention } from './history-recorder.js';
import type { HistoryBackend } from './history-backend.js';
import { HistoryStore } from './history-store.js';
import { PgHistoryStore } from './pg-history-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Undefined with --history off. */
    history: HistoryRecorder | undefined;
    retention: Retention;
  }
}

/** Per-second rollups of every series into SQLite or PostgreSQL, and the history and export routes (SPEC F7). */
async function historyPlugin(app: FastifyInstance): Promise<void> {
  const { historyPath, retentionPerSecondHours, retentionPerMinuteDays, historyBufferSeconds, historyBufferRows } = app.settings;
  const retention: Retention = { perSecondS: retentionPerSecondHours * 3600, perMinuteS: retentionPerMinuteDays * 86_400 };
  let history: HistoryRecorder | undefined;
  if (historyPath !== 'off') {
    let store: HistoryBackend;
    if (app.pg !== undefined) {
      store = new PgHistoryStore(app.pg);
    } else {
      const file = new HistoryStore(app.db, app.diskTimings);
      if (file.migrated1sRows !== undefined)
        app.log.info({ rows: file.migrated1sRows }, 'history file: per-second rows rewritten to the second-first layout (once)');
      store = file;
    }
    history = new HistoryRecorder(store, app.engine, retention, app.log, {
      faults: app.storageFaults,
      buffer: { maxSeconds: historyBufferSeconds, maxRows: historyBufferRows },
      minuteFolder: app.sqliteThread,
    });
    app.engine.addSink(history);
  }
  app.decorate('history', history);
  app.decorate('retention', retention);
  app.addHook('onReady', async () => history?.start());
  // After the server stopped taking events: every accepted event is in the file.
  app.addHook('onClose', async () => history?.stop());
  registerHistoryRoutes(app);
}

export default fp(historyPlugin, { name: 'history', dependencies: ['metrics', 'storage'] });
