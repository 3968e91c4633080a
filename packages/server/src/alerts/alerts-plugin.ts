import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertRoutes } from '../http/alert-routes.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertStore } from './alert-store.js';
import { checkSeedRules, seedAlertRules } from './seed-rules.js';
import { WebhookSender } from './webhook-sender.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: AlertEvaluator;
    webhooks: WebhookSender;
  }
}

/** Alert rules in SQLite, checked every second; webhooks; the rules API (SPEC F9). */
async function alertsPlugin(app: FastifyInstance): Promise<void> {
  const seeds = checkSeedRules(app.settings.alertRules);
  const webhooks = new WebhookSender(app.log);
  const alerts = new AlertEvaluator(app.engine, new AlertStore(app.db, app.storageFaults), webhooks, app.settings.alertWebhooks, app.log);
  let seeded = seedAlertRules(alerts, seeds, app.engine.clock.nowMs(), app.log);
  // Started on a full disk: the rules in the file (and the config file's) are read once it takes writes.
  app.storageFaults.onRecovered('alerts', () => {
    if (!seeded) seeded = seedAlertRules(alerts, seeds, app.engine.clock.nowMs(), app.log);
    alerts.reload();
  });
  app.decorate('alerts', alerts);
  app.decorate('webhooks', webhooks);
  app.addHook('onReady', async () => alerts.start());
  app.addHook('preClose', async () => alerts.stop());
  app.addHook('onClose', async () => webhooks.drain());
  registerAlertRoutes(app);
}

export default fp(alertsPlugin, { name: 'alerts', dependencies: ['metrics', 'storage'] });
