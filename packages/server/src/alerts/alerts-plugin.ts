import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertRoutes } from '../http/alert-routes.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertStore } from './alert-store.js';
import { seedAlertRules } from './seed-rules.js';
import { WebhookSender } from './webhook-sender.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: AlertEvaluator;
    webhooks: WebhookSender;
  }
}

/** Alert rules in SQLite, checked every second; webhooks; the rules API (SPEC F9). */
async function alertsPlugin(app: FastifyInstance): Promise<void> {
  const webhooks = new WebhookSender(app.log);
  const alerts = new AlertEvaluator(app.engine, new AlertStore(app.db), webhooks, app.settings.alertWebhooks, app.log);
  seedAlertRules(alerts, app.settings.alertRules, app.engine.clock.nowMs(), app.log);
  app.decorate('alerts', alerts);
  app.decorate('webhooks', webhooks);
  app.addHook('onReady', async () => alerts.start());
  app.addHook('preClose', async () => alerts.stop());
  app.addHook('onClose', async () => webhooks.drain());
  registerAlertRoutes(app);
}

export default fp(alertsPlugin, { name: 'alerts', dependencies: ['metrics', 'storage'] });
