import { encodeMetricsBatch, metricsBatchToJsonObject, metricsUpdateToJsonObject, type MetricsBatch } from '@latency-dash/protocol';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { LdError } from '../errors.js';
import { targetInfo } from '../ws/targets-broadcaster.js';
import { wantsProtobuf } from './content-types.js';
import { mapInSlices } from '../slices.js';
import { slicedJson } from './sliced-json.js';

import { errorResponses, MetricsBatchJsonSchema, SplitQuery, TargetIdParams, TargetInfoSchema } from './schemas.js';

/** Targets and their live series (SPEC F5). */
async function targetsApiPlugin(app: FastifyInstance): Promise<void> {
  const engine = app.engine;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['targets'];

  typed.get(
    '/api/v1/targets',
    {
      schema: {
        summary: 'Targets with event counts, keys and series',
        tags,
        response: { 200: Type.Object({ targets: Type.Array(TargetInfoSchema) }), ...errorResponses(401, 403) },
      },
    },
    async () => ({ targets: [...engine.targets.values()].sort((a, b) => a.id.localeCompare(b.id)).map(targetInfo) }),
  );

  // Forget a target's live series (e.g. after a deploy renamed its keys).
  // Viewers get removal notices; new events start it afresh. History stays.
  typed.delete(
    '/api/v1/targets/:id',
    {
      schema: {
        summary: "Forget a target's live series (history stays)",
        tags,
        params: TargetIdParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      if (!engine.removeTarget(id)) throw new LdError('LD_ERR_NOT_FOUND', `no target "${id}"`);
      reply.code(204);
    },
  );

  typed.get(
    '/api/v1/targets/:id/series',
    {
      schema: {
        summary: "A target's current series (the dashboard's polling fallback)",
        description: 'A snapshot MetricsBatch: JSON in the proto3 JSON mapping, or protobuf with `Accept: application/x-protobuf`.',
        tags,
        params: TargetIdParams,
        querystring: SplitQuery,
        response: { 200: MetricsBatchJsonSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      const { split } = req.query;
      const target = engine.targets.get(id);
      if (target === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no target "${id}"; GET /api/v1/targets lists them`);
      const nowMs = engine.clock.nowMs();
      target.lastViewedMs = nowMs;
      const isSplit = split === true;
      // In slices: a target may hold 10,000 series, and nobody else should wait for all of them.
      const updates = await mapInSlices([...target.seriesOf(isSplit).values()], (s) => s.toUpdate(nowMs, true));
      const batch: MetricsBatch = {
        targetId: target.id,
        splitByMetadata: isSplit,
        seq: 0,
        snapshot: true,
        updates: [],
        removedSeries: [],
        serverTime: Math.round(nowMs * 1e6),
      };
      // Protobuf bytes, and JSON already written, bypass the response schema's serializer.
      const raw = reply as FastifyReply;
      if (wantsProtobuf(req.headers.accept)) return raw.type('application/x-protobuf').send(Buffer.from(encodeMetricsBatch({ ...batch, updates })));
      const json = await slicedJson(metricsBatchToJsonObject(batch), 'updates', updates, metricsUpdateToJsonObject);
      return raw.type('application/json; charset=utf-8').send(json);
    },
  );
}

export default fp(targetsApiPlugin, { name: 'targets-api', dependencies: ['metrics'] });
