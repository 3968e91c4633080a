import { encodeMetricsBatch, metricsBatchToJsonObject, type MetricsBatch } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { targetInfo } from '../ws/targets-broadcaster.js';
import { wantsProtobuf } from './content-types.js';

export interface HealthSource {
  status(): { ready: boolean; reason: string };
  details(): Record<string, unknown>;
}

export function registerApiRoutes(app: FastifyInstance, engine: MetricsEngine, health: HealthSource): void {
  app.get('/health', async (_req, reply) => {
    const { ready, reason } = health.status();
    reply.code(ready ? 200 : 503);
    return { status: ready ? 'ok' : reason, ...health.details() };
  });

  app.get('/api/v1/targets', async () => ({
    targets: [...engine.targets.values()].sort((a, b) => a.id.localeCompare(b.id)).map(targetInfo),
  }));

  // Forget a target's live series (e.g. after a deploy renamed its keys).
  // Viewers get removal notices; new events start it afresh. History stays.
  app.delete<{ Params: { id: string } }>('/api/v1/targets/:id', async (req, reply) => {
    if (!engine.removeTarget(req.params.id)) {
      reply.code(404);
      return errorBody('LD_ERR_NOT_FOUND', `no target "${req.params.id.slice(0, 128)}"`);
    }
    reply.code(204);
  });

  app.get<{ Params: { id: string }; Querystring: { split?: string } }>('/api/v1/targets/:id/series', async (req, reply) => {
    const split = req.query.split;
    if (split !== undefined && split !== 'true' && split !== 'false') {
      reply.code(400);
      return errorBody('LD_ERR_BAD_REQUEST', `split must be true or false, not "${String(split).slice(0, 20)}"`);
    }
    const target = engine.targets.get(req.params.id);
    if (target === undefined) {
      reply.code(404);
      return errorBody('LD_ERR_NOT_FOUND', `no target "${req.params.id.slice(0, 128)}"; GET /api/v1/targets lists them`);
    }
    const nowMs = engine.clock.nowMs();
    target.lastViewedMs = nowMs;
    const isSplit = split === 'true';
    const batch: MetricsBatch = {
      targetId: target.id,
      splitByMetadata: isSplit,
      seq: 0,
      snapshot: true,
      updates: [...target.seriesOf(isSplit).values()].map((s) => s.toUpdate(nowMs, true)),
      removedSeries: [],
      serverTime: Math.round(nowMs * 1e6),
    };
    if (wantsProtobuf(req.headers.accept)) {
      reply.type('application/x-protobuf');
      return Buffer.from(encodeMetricsBatch(batch));
    }
    return metricsBatchToJsonObject(batch);
  });
}
