import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertRoutes } from '../http/alert-routes.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertStore } from './alert-store.js';
import { PgAlertStore } from './pg-alert-store.js';
import { checkSeedRules, seedAlertRules } from './seed-rules.js';
import { WebhookSender } from './webhook-sender.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: AlertEvaluator;
    webhooks: WebhookSender;
  }
}

/** Alert rules in SQLite (or PostgreSQL, shared by a cluster), checked every second; webhooks, bounded and grouped; the rules API (SPEC F9, F10b). */
async function alertsPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const seeds = checkSeedRules(s.alertRules);
  const webhooks = new WebhookSender(app.log, {
    queueSize: s.webhookQueueSize,
    concurrency: s.webhookConcurrency,
    timeoutMs: s.webhookTimeoutMs,
    retries: s.webhookRetries,
    backoffMs: s.webhookBackoffMs,
    deadlineMs: s.webhookDeadlineMs,
    shutdownGraceMs: s.webhookShutdownGraceMs,
  });
  const pgStore = app.pg === undefined ? undefined : new PgAlertStore(app.pg, app.storageFaults);
  // The rules shared in PostgreSQL, read before the first evaluation (if it is down, none until it is back).
  await pgStore?.refresh();
  const alerts = new AlertEvaluator(
    app.engine,
    pgStore ?? new AlertStore(app.db, app.storageFaults),
    webhooks,
    { globalWebhooks: s.alertWebhooks, webhookMaxAlerts: s.webhookMaxAlerts },
    app.log,
  );
  let seeded = await seedAlertRules(alerts, seeds, app.engine.clock.nowMs(), app.log);
  // Started on a full disk (or with PostgreSQL down): the stored rules (and the config file's) are read once it takes writes.
  app.storageFaults.onRecovered('alerts', () => {
    alerts.reload();
    if (!seeded)
      void seedAlertRules(alerts, seeds, app.engine.clock.nowMs(), app.log).then(
        (done) => (seeded = done),
        (err: unknown) => app.log.error({ err }, "could not create the config file's alert rules"),
      );
  });
  let refresher: NodeJS.Timeout | undefined;
  if (pgStore !== undefined) {
    // Another server's rule change reaches this one within the refresh interval.
    refresher = setInterval(() => {
      void pgStore.refresh().then((changed) => changed && alerts.reload());
    }, s.postgresRulesRefreshMs);
    refresher.unref();
  }
  app.decorate('alerts', alerts);
  app.decorate('webhooks', webhooks);
  app.addHook('onReady', async () => alerts.start());
  // The grace starts when the stop does, so it runs alongside the rest of the shutdown rather than after it.
  let webhooksClosed: Promise<void> | undefined;
  app.addHook('preClose', async () => {
    alerts.stop();
    clearInterval(refresher);
    webhooksClosed = webhooks.close();
  });
  app.addHook('onClose', async () => webhooksClosed ?? webhooks.close());
  registerAlertRoutes(app);
}

export default fp(alertsPlugin, { name: 'alerts', dependencies: ['metrics', 'storage'] });
