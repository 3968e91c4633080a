import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { AlertRuleInputSchema, AlertRulePatchSchema, AlertRuleSchema, toRuleInput } from '../alerts/alert-rule.js';
import { LdError } from '../errors.js';
import { AlertsStateSchema, errorResponses, RuleIdParams } from './schemas.js';

const RuleBody = Type.Object({ rule: Type.Ref('AlertRule') });

/** Alert rules by API (SPEC F9); changes take effect at once. */
export function registerAlertRoutes(app: FastifyInstance): void {
  const { alerts, engine } = app;
  const store = alerts.store;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(AlertRuleSchema);
  const tags = ['alerts'];

  typed.get('/api/v1/alerts', { schema: { summary: 'What is firing, and recent changes', tags, response: { 200: AlertsStateSchema } } }, async () => ({
    firing: alerts.firing().map((e) => ({ ...e, time: new Date(Number(e.time) / 1e6).toISOString() })),
    recent: store.recentEvents(100).map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
  }));

  typed.get(
    '/api/v1/alerts/rules',
    { schema: { summary: 'List alert rules', tags, response: { 200: Type.Object({ rules: Type.Array(Type.Ref('AlertRule')) }) } } },
    async () => ({
      rules: store.list(),
    }),
  );

  typed.post(
    '/api/v1/alerts/rules',
    { schema: { summary: 'Create an alert rule', tags, body: AlertRuleInputSchema, response: { 201: RuleBody, ...errorResponses(400, 401, 403, 503) } } },
    async (req, reply) => {
      const input = toRuleInput(req.body);
      if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
      const rule = store.create(input, engine.clock.nowMs());
      alerts.reload();
      reply.code(201);
      return { rule };
    },
  );

  typed.put(
    '/api/v1/alerts/rules/:id',
    {
      schema: {
        summary: 'Change an alert rule (the whole rule or only the fields to change)',
        tags,
        params: RuleIdParams,
        body: AlertRulePatchSchema,
        response: { 200: RuleBody, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (req) => {
      const { id } = req.params;
      const existing = store.get(id);
      if (existing === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`);
      const input = toRuleInput(req.body, existing);
      if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
      const rule = store.update(id, input)!;
      alerts.reload();
      return { rule };
    },
  );

  typed.delete(
    '/api/v1/alerts/rules/:id',
    { schema: { summary: 'Delete an alert rule', tags, params: RuleIdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 503) } } },
    async (req, reply) => {
      const { id } = req.params;
      if (!store.delete(id)) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`);
      alerts.reload();
      reply.code(204);
    },
  );
}
