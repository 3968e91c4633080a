import type { FastifyInstance } from 'fastify';
import { LdError } from '../errors.js';
import type { AlertEvaluator } from '../alerts/alert-evaluator.js';
import { parseRuleInput } from '../alerts/alert-rule.js';
import type { MetricsEngine } from '../metrics/engine.js';

/** Alert rules by API (SPEC F9); changes take effect at once. */
export function registerAlertRoutes(app: FastifyInstance, engine: MetricsEngine, alerts: AlertEvaluator): void {
  const store = alerts.store;
  const idOf = (raw: string) => {
    if (!/^\d+$/.test(raw)) throw new LdError('LD_ERR_BAD_REQUEST', 'a rule id is a whole number');
    return Number(raw);
  };

  app.get('/api/v1/alerts', async () => ({
    firing: alerts.firing().map((e) => ({ ...e, time: new Date(Number(e.time) / 1e6).toISOString() })),
    recent: store.recentEvents(100).map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
  }));

  app.get('/api/v1/alerts/rules', async () => ({ rules: store.list() }));

  app.post('/api/v1/alerts/rules', async (req, reply) => {
    const input = parseRuleInput(req.body);
    if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
    const rule = store.create(input, engine.clock.nowMs());
    alerts.reload();
    reply.code(201);
    return { rule };
  });

  app.put<{ Params: { id: string } }>('/api/v1/alerts/rules/:id', async (req) => {
    const id = idOf(req.params.id);
    const existing = store.get(id);
    if (existing === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`, 404);
    // PUT takes a whole rule or only the fields to change.
    const input = parseRuleInput(req.body, existing);
    if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
    const rule = store.update(id, input)!;
    alerts.reload();
    return { rule };
  });

  app.delete<{ Params: { id: string } }>('/api/v1/alerts/rules/:id', async (req, reply) => {
    const id = idOf(req.params.id);
    if (!store.delete(id)) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`, 404);
    alerts.reload();
    reply.code(204);
  });
}
