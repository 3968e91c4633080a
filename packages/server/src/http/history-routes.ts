import { csvCell } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import { LdError } from '../errors.js';
import type { HistoryRecorder, Retention } from '../history/history-recorder.js';
import { HistoryQueryError, queryHistory, type HistoryResult } from '../history/history-query.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { metadataLabel } from '../metrics/series-key.js';
import { parseBool, parseMetadata, parsePositiveInt, parseTime, requireString } from './query-params.js';

type Query = Record<string, string | undefined>;

const CSV_COLUMNS = ['time', 'target', 'key', 'metadata', 'events', 'min_ms', 'max_ms', 'avg_ms', 'p50_ms', 'p90_ms', 'p95_ms', 'p99_ms', 'throughput_bps', 'events_per_s', 'avg_processing_ms'];

/**
 * GET /api/v1/history (F7) and GET /api/v1/export: the rolled-up history of
 * a target as JSON, or as CSV/JSON files. Without from/to, export gives the
 * live snapshot instead.
 */
export function registerHistoryRoutes(app: FastifyInstance, engine: MetricsEngine, recorder: HistoryRecorder | undefined, retention: Retention): void {
  const run = (q: Query): HistoryResult => {
    if (recorder === undefined) throw new LdError('LD_ERR_NOT_FOUND', 'history is off on this server (started with --history off)', 404);
    const target = requireString('target', q.target);
    const metadata = parseMetadata(q.metadata);
    const nowMs = engine.clock.nowMs();
    const toMs = parseTime('to', q.to) ?? nowMs;
    const fromMs = parseTime('from', q.from) ?? toMs - 15 * 60_000;
    // Include the second in progress: a merge on conflict keeps later events.
    recorder.flush(true);
    try {
      return queryHistory(
        recorder.store,
        { target, split: parseBool('split', q.split, metadata !== undefined), key: q.key || undefined, metadata, fromMs, toMs, stepS: q.step === 'all' ? 'all' : parsePositiveInt('step', q.step) },
        nowMs,
        retention,
        recorder.downsampledTo(),
      );
    } catch (err) {
      if (err instanceof HistoryQueryError) throw new LdError('LD_ERR_BAD_REQUEST', err.message);
      throw err;
    }
  };

  app.get<{ Querystring: Query }>('/api/v1/history', async (req) => run(req.query));

  app.get<{ Querystring: Query }>('/api/v1/export', async (req, reply) => {
    const q = req.query;
    const format = q.format ?? 'csv';
    if (format !== 'csv' && format !== 'json') throw new LdError('LD_ERR_BAD_REQUEST', 'format must be csv or json');
    const target = requireString('target', q.target);
    const live = q.from === undefined && q.to === undefined;
    const rows = live ? liveRows(engine, target, parseBool('split', q.split, false)) : historyRows(run(q));
    const stamp = new Date(engine.clock.nowMs()).toISOString().replace(/[:.]/g, '-');
    reply.header('content-disposition', `attachment; filename="latency-${target.replace(/[^\w.-]/g, '_')}-${stamp}.${format}"`);
    if (format === 'json') return { target, live, rows };
    reply.type('text/csv; charset=utf-8');
    return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
  });
}

type Row = Record<string, string | number>;

function liveRows(engine: MetricsEngine, target: string, split: boolean): Row[] {
  const t = engine.targets.get(target);
  if (t === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no target "${target.slice(0, 128)}"`, 404);
  const nowMs = engine.clock.nowMs();
  return [...t.seriesOf(split).values()].map((s) => {
    const u = s.toUpdate(nowMs, true);
    return {
      time: new Date(s.lastUpdateMs).toISOString(),
      target,
      key: s.key,
      metadata: metadataLabel(s.metadata),
      events: s.count,
      min_ms: u.minLatency ?? 0,
      max_ms: u.maxLatency ?? 0,
      avg_ms: u.avgLatency ?? 0,
      p50_ms: u.p50Latency ?? 0,
      p90_ms: u.p90Latency ?? 0,
      p95_ms: u.p95Latency ?? 0,
      p99_ms: u.p99Latency ?? 0,
      throughput_bps: u.throughput ?? 0,
      events_per_s: u.eventsPerSecond ?? 0,
      avg_processing_ms: u.avgProcessingTime ?? 0,
    };
  });
}

function historyRows(result: HistoryResult): Row[] {
  return result.series.flatMap((s) =>
    s.points.map((p) => ({
      time: new Date(p.t).toISOString(),
      target: result.target,
      key: s.key,
      metadata: metadataLabel(s.metadata),
      events: p.events,
      min_ms: p.min,
      max_ms: p.max,
      avg_ms: p.avg,
      p50_ms: p.p50,
      p90_ms: p.p90,
      p95_ms: p.p95,
      p99_ms: p.p99,
      throughput_bps: p.throughput,
      events_per_s: p.eventsPerSecond,
      avg_processing_ms: p.avgProcessingMs,
    })),
  );
}
