import { encodeMetricsBatch, metricsBatchToJsonObject, metricsUpdateToJsonObject, type MetricsBatch } from '@latency-dash/protocol';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ClusterView } from '../cluster/cluster-view.js';
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

/** Another node's answer, as it came. */
interface ForwardedAnswer {
  status: number;
  type: string;
  body: Buffer;
  retryAfter: string | null;
}

/** Cluster mode: the target's series are computed by another node; asks it. */
async function askOwner(app: FastifyInstance, ownerUrl: string, url: string, headers: IncomingHttpHeaders): Promise<ForwardedAnswer> {
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
  const type = answer.headers.get('content-type') ?? 'application/json';
  return { status: answer.status, type, body: Buffer.from(await answer.arrayBuffer()), retryAfter: answer.headers.get('retry-after') };
}

const isMoving = (a: ForwardedAnswer) => a.status === 503 && a.body.includes('"LD_ERR_TARGET_MOVING"');

/**
 * Cluster mode: answers from the node computing the target, waiting out a
 * move (a node joined, left or died) for up to `moveWaitMs`, so that a target
 * which exists is never answered 404 while its partition changes hands.
 * Undefined: this node computes it (or nobody knows of it), answer locally.
 */
async function seriesElsewhere(app: FastifyInstance, cluster: ClusterView, id: string, req: FastifyRequest): Promise<ForwardedAnswer | undefined> {
  const forwarded = req.headers[FORWARDED] !== undefined;
  const deadline = Date.now() + cluster.moveWaitMs;
  let askRedis = false;
  for (;;) {
    const where = await cluster.locate(id, forwarded, askRedis);
    if (where.at === 'here') return undefined;
    const left = deadline - Date.now();
    askRedis = false;
    if (where.at === 'node') {
      let answer: ForwardedAnswer;
      try {
        answer = await askOwner(app, where.url, req.url, req.headers);
      } catch (err) {
        // A node that just left (or died) may still be on the cards: ask again whom Redis says holds the lease.
        if (left <= 0) throw err;
        askRedis = true;
        await cluster.settle(Math.min(100, left));
        continue;
      }
      if (!isMoving(answer) || left <= 0) return answer;
    } else if (forwarded || left <= 0) {
      // Without Redis no lease changes hands, so this is no passing move: say what is wrong.
      if (cluster.health().redis !== 'ok')
        throw new LdError('LD_ERR_CLUSTER_UNAVAILABLE', `Redis does not answer, so no node can take target "${id}" over now; GET /health says more`);
      // The asking node waits and asks again, on fresher cards.
      throw new LdError('LD_ERR_TARGET_MOVING', `target "${id}" is moving between nodes and its new owner is still rebuilding it; retry in a second`);
    }
    await cluster.settle(Math.min(100, Math.max(1, left)));
  }
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
        response: { 200: MetricsBatchJsonSchema, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      const { split } = req.query;
      const elsewhere = app.cluster === undefined ? undefined : await seriesElsewhere(app, app.cluster, id, req);
      if (elsewhere !== undefined) {
        if (elsewhere.retryAfter !== null) reply.header('retry-after', elsewhere.retryAfter);
        return (reply as FastifyReply).code(elsewhere.status).type(elsewhere.type).send(elsewhere.body);
      }
      // Read after the wait: a partition being rebuilt here holds part of its targets before it is served.
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
