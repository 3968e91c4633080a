import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AlertRuleInputSchema, AlertRulePatchSchema, AlertRuleSchema, toRuleInput } from '../alerts/alert-rule.js';
import { globToRegExp } from '../alerts/alert-rule.js';
import { ruleNumberProblem } from '../alerts/rule-body-types.js';
import { LdError } from '../errors.js';
import { AlertMatchesQuery, AlertMatchesSchema, AlertsStateSchema, errorResponses, RuleIdParams } from './schemas.js';

const RuleBody = Type.Object({ rule: Type.Ref('AlertRule') });

/** Before the schema coerces the body: an empty or non-numeric threshold is refused, never read as 0. */
async function numbersAsSent(req: FastifyRequest): Promise<void> {
  const problem = ruleNumberProblem(req.body);
  if (problem !== undefined) throw new LdError('LD_ERR_BAD_REQUEST', problem);
}

/** Alert rules by API (SPEC F9); changes take effect at once. */
export function registerAlertRoutes(app: FastifyInstance): void {
  const { alerts, engine } = app;
  const store = alerts.store;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  app.addSchema(AlertRuleSchema);
  const tags = ['alerts'];

  typed.get('/api/v1/alerts', { schema: { summary: 'What is firing, and recent changes', tags, response: { 200: AlertsStateSchema } } }, async () => ({
    firing: alerts.firing().map((e) => ({ ...e, time: new Date(Number(e.time) / 1e6).toISOString() })),
    recent: (await store.recentEvents(100)).map((e) => ({ ...e, at: new Date(e.at).toISOString() })),
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
    {
      schema: { summary: 'Create an alert rule', tags, body: AlertRuleInputSchema, response: { 201: RuleBody, ...errorResponses(400, 401, 403, 503) } },
      preValidation: numbersAsSent,
    },
    async (req, reply) => {
      const input = toRuleInput(req.body);
      if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
      const rule = await store.create(input, engine.clock.nowMs());
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
      preValidation: numbersAsSent,
    },
    async (req) => {
      const { id } = req.params;
      const existing = store.get(id);
      if (existing === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`);
      const input = toRuleInput(req.body, existing);
      if (typeof input === 'string') throw new LdError('LD_ERR_BAD_REQUEST', input);
      const rule = (await store.update(id, input))!;
      alerts.reload();
      return { rule };
    },
  );

  typed.get(
    '/api/v1/alerts/matches',
    {
      schema: {
        summary: 'The live series a rule with these globs would watch (a preview for the rule form)',
        tags,
        querystring: AlertMatchesQuery,
        response: { 200: AlertMatchesSchema, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => {
      const { targetPattern, keyPattern, limit } = req.query;
      const target = globToRegExp(targetPattern);
      const key = globToRegExp(keyPattern);
      const series: { targetId: string; key: string }[] = [];
      let total = 0;
      // Rules watch combined series: one per target and key.
      for (const [targetId, state] of engine.targets) {
        if (!target.test(targetId)) continue;
        for (const s of state.seriesOf(false).values()) {
          if (!key.test(s.key)) continue;
          total++;
          if (series.length < limit) series.push({ targetId, key: s.key });
        }
      }
      series.sort((a, b) => a.targetId.localeCompare(b.targetId) || a.key.localeCompare(b.key));
      return { total, series };
    },
  );

  typed.delete(
    '/api/v1/alerts/rules/:id',
    { schema: { summary: 'Delete an alert rule', tags, params: RuleIdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 503) } } },
    async (req, reply) => {
      const { id } = req.params;
      if (!(await store.delete(id))) throw new LdError('LD_ERR_NOT_FOUND', `no alert rule ${id}`);
      alerts.reload();
      reply.code(204);
    },
  );
}
