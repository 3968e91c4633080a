import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { registerAlertRoutes } from '../http/alert-routes.js';
import { AlertEvaluator } from './alert-evaluator.js';
import { AlertStore } from './alert-store.js';
import { seedAlertRules } from './seed-rules.js';
import { WebhookSender } from './webhook-sender.js';
import { describeWebhook, webhookUrlProblem } from './webhook-url.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: AlertEvaluator;
    webhooks: WebhookSender;
  }
}

/** Alert rules in SQLite, checked every second; webhooks, bounded and grouped; the rules API (SPEC F9, F10b). */
async function alertsPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  for (const url of s.alertWebhooks) {
    const problem = webhookUrlProblem(url);
    if (problem !== undefined) throw new RangeError(`alertWebhooks: ${describeWebhook(url)} ${problem}`);
  }
  const webhooks = new WebhookSender(app.log, {
    queueSize: s.webhookQueueSize,
    concurrency: s.webhookConcurrency,
    timeoutMs: s.webhookTimeoutMs,
    retries: s.webhookRetries,
    backoffMs: s.webhookBackoffMs,
    deadlineMs: s.webhookDeadlineMs,
    shutdownGraceMs: s.webhookShutdownGraceMs,
  });
  const alerts = new AlertEvaluator(
    app.engine,
    new AlertStore(app.db),
    webhooks,
    { globalWebhooks: s.alertWebhooks, webhookMaxAlerts: s.webhookMaxAlerts },
    app.log,
  );
  seedAlertRules(alerts, s.alertRules, app.engine.clock.nowMs(), app.log);
  app.decorate('alerts', alerts);
  app.decorate('webhooks', webhooks);
  app.addHook('onReady', async () => alerts.start());
  // The grace starts when the stop does, so it runs alongside the rest of the shutdown rather than after it.
  let webhooksClosed: Promise<void> | undefined;
  app.addHook('preClose', async () => {
    alerts.stop();
    webhooksClosed = webhooks.close();
  });
  app.addHook('onClose', async () => webhooksClosed ?? webhooks.close());
  registerAlertRoutes(app);
}

export default fp(alertsPlugin, { name: 'alerts', dependencies: ['metrics', 'storage'] });
