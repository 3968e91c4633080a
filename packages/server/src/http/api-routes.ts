import { encodeMetricsBatch, metricsBatchToJsonObject, metricsUpdateToJsonObject, type MetricsBatch } from '@latency-dash/protocol';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { LdError } from '../errors.js';
import { targetInfo } from '../ws/targets-broadcaster.js';
import { wantsProtobuf } from './content-types.js';
import { mapInSlices } from '../slices.js';
import { slicedJson } from './sliced-json.js';

import { errorResponses, MetricsBatchJsonSchema, SplitQuery, TargetIdParams, TargetInfoSchema } from './schemas.js';

/** Set on a request one node forwards to another, which answers it itself (no forwarding loops while cards are stale). */
const FORWARDED = 'x-latency-dash-forwarded';

/** Headers a forwarded request keeps: what it asks for, and the caller's key (the owner checks it too). */
const KEPT_HEADERS = ['accept', 'authorization', 'x-api-key'] as const;

/** Cluster mode: the target's series are computed by another node; its answer is passed on as it came. */
async function forwardSeries(app: FastifyInstance, ownerUrl: string, url: string, headers: IncomingHttpHeaders, reply: FastifyReply): Promise<FastifyReply> {
  const kept: Record<string, string> = { [FORWARDED]: '1' };
  for (const h of KEPT_HEADERS) {
    const v = headers[h];
    if (typeof v === 'string') kept[h] = v;
  }
  let answer: Response;
  try {
    answer = await fetch(new URL(url, ownerUrl), { headers: kept, signal: AbortSignal.timeout(5000) });
  } catch (err) {
    app.cluster?.forwardFailed(err as Error);
    throw new LdError('LD_ERR_CLUSTER_UNAVAILABLE', `the node computing this target (${ownerUrl}) did not answer: ${(err as Error).message}`);
  }
  app.cluster?.forwardWorked();
  const body = Buffer.from(await answer.arrayBuffer());
  return reply
    .code(answer.status)
    .type(answer.headers.get('content-type') ?? 'application/json')
    .send(body);
}

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
    // In a cluster: every node's targets, from the cards the nodes share (cluster/cluster-targets.ts).
    async () => ({ targets: app.cluster?.targets() ?? [...engine.targets.values()].sort((a, b) => a.id.localeCompare(b.id)).map(targetInfo) }),
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
      const ownerUrl = target === undefined && req.headers[FORWARDED] === undefined ? await app.cluster?.ownerUrl(id) : undefined;
      if (ownerUrl !== undefined) return forwardSeries(app, ownerUrl, req.url, req.headers, reply as FastifyReply);
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
