import { csvCell, METRICS, type HistoryPoint } from '@latency-dash/protocol';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type, type Static } from 'typebox';
import { LdError } from '../errors.js';
import { describeProblem, storageProblem } from '../storage/storage-errors.js';
import { HistoryQueryError, queryHistory, type HistoryResult } from '../history/history-query.js';
import { metadataJson } from '../history/history-store.js';
import { readMetric } from '../metrics/metric-readers.js';
import { metadataLabel } from '../metrics/series-key.js';
import type { Series } from '../metrics/series.js';
import { mapInSlices } from '../slices.js';
import { slicedJson } from './sliced-json.js';
import { errorResponses, ExportQuerySchema, HistoryQuerySchema, HistoryResultSchema } from './schemas.js';

type RangeQuery = Static<typeof HistoryQuerySchema>;

/** Metrics that both the live snapshot and history hold, in the table's order: the export's columns. */
const EXPORTED = METRICS.flatMap((m) =>
  'exportName' in m && 'history' in m ? [{ name: m.exportName, source: m.source, history: m.history as keyof HistoryPoint }] : [],
);
const CSV_COLUMNS = ['time', 'target', 'key', 'metadata', ...EXPORTED.map((m) => m.name)];

type Row = Record<string, string | number>;

/**
 * GET /api/v1/history (F7) and GET /api/v1/export: the rolled-up history of
 * a target as JSON, or as CSV/JSON files. Without from/to, export gives the
 * live snapshot instead.
 */
export function registerHistoryRoutes(app: FastifyInstance): void {
  const { engine } = app;
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['history'];

  const run = async (q: RangeQuery): Promise<HistoryResult> => {
    const recorder = app.history;
    if (recorder === undefined) throw new LdError('LD_ERR_NOT_FOUND', 'history is off on this server (started with --history off)');
    const metadata = parseMetadata(q.metadata);
    const nowMs = engine.clock.nowMs();
    const toMs = timeMs(q.to) ?? nowMs;
    const fromMs = timeMs(q.from) ?? toMs - 15 * 60_000;
    // Include the second in progress: a merge on conflict keeps later events.
    await recorder.flush(true);
    try {
      const stored = await queryHistory(
        recorder.store,
        { target: q.target, split: q.split ?? metadata !== undefined, key: q.key || undefined, metadata, fromMs, toMs, stepS: q.step },
        nowMs,
        app.retention,
        await recorder.downsampledTo(),
      );
      // Seconds the file lacks are named, so a client never reads them as seconds without events.
      const fromS = Math.floor(fromMs / 1000);
      const toS = Math.ceil(toMs / 1000);
      const asMs = ([from, to]: [number, number]): [number, number] => [Math.max(from * 1000, fromMs), Math.min(to * 1000, toMs)];
      return { ...stored, gaps: (await recorder.gapsIn(fromS, toS)).map(asMs), pending: recorder.pendingIn(fromS, toS).map(asMs) };
    } catch (err) {
      if (err instanceof HistoryQueryError) throw new LdError('LD_ERR_BAD_REQUEST', err.message);
      if (storageProblem(err) !== undefined) {
        throw new LdError(
          'LD_ERR_STORAGE_UNAVAILABLE',
          `could not read history: ${describeProblem(err)}, ${recorder.store.kind === 'postgres' ? 'database' : 'file'} ${recorder.store.name}; ${storageProblem(err)!.fix}`,
        );
      }
      throw err;
    }
  };

  typed.get(
    '/api/v1/history',
    {
      schema: {
        summary: 'Rolled-up history of a target',
        description: 'Per-second or per-minute rollups merged into buckets; percentiles come from merged DDSketches (1% relative accuracy).',
        tags,
        querystring: HistoryQuerySchema,
        response: { 200: HistoryResultSchema, ...errorResponses(400, 401, 403, 404, 503) },
      },
    },
    async (req, reply) => {
      const { series, ...envelope } = await run(req.query);
      return (reply as FastifyReply).type('application/json; charset=utf-8').send(await slicedJson(envelope, 'series', series, (s) => s));
    },
  );

  typed.get(
    '/api/v1/export',
    {
      schema: {
        summary: 'Download the live snapshot, or history when from/to are given, as CSV or JSON',
        tags,
        querystring: ExportQuerySchema,
        produces: ['text/csv', 'application/json'],
        response: {
          200: Type.Union([
            Type.String({ description: 'CSV' }),
            Type.Object({
              target: Type.String(),
              live: Type.Boolean(),
              rows: Type.Array(Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]))),
            }),
          ]),
          ...errorResponses(400, 401, 403, 404, 503),
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const format = q.format ?? 'csv';
      const live = q.from === undefined && q.to === undefined;
      const rows = live ? await liveRows(app, q.target, q.split ?? false) : historyRows(await run(q));
      const stamp = new Date(engine.clock.nowMs()).toISOString().replace(/[:.]/g, '-');
      reply.header('content-disposition', `attachment; filename="latency-${q.target.replace(/[^\w.-]/g, '_')}-${stamp}.${format}"`);
      if (format === 'json') {
        // Written in slices, like the CSV: an export may hold 10,000 series.
        const parts = await mapInSlices(rows, (r) => JSON.stringify(r));
        return (reply as FastifyReply)
          .type('application/json; charset=utf-8')
          .send(`{"target":${JSON.stringify(q.target)},"live":${live},"rows":[${parts.join(',')}]}`);
      }
      reply.type('text/csv; charset=utf-8');
      const lines = await mapInSlices(rows, (r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
      return [CSV_COLUMNS.join(','), ...lines].join('\n') + '\n';
    },
  );
}

/** A time the schema let through: Unix ms or ISO 8601. */
function timeMs(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new LdError('LD_ERR_BAD_REQUEST', `"${value}" is not a time: use Unix milliseconds or ISO 8601`);
  return ms;
}

/** Metadata as `k=v,k=v` or a JSON object; returns canonical JSON. */
function parseMetadata(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let entries: Record<string, string>;
  if (value.trim().startsWith('{')) {
    try {
      entries = JSON.parse(value) as Record<string, string>;
    } catch {
      throw new LdError('LD_ERR_BAD_REQUEST', 'metadata is not valid JSON');
    }
  } else {
    entries = {};
    for (const pair of value.split(',')) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new LdError('LD_ERR_BAD_REQUEST', `metadata must be k=v pairs separated by commas, not "${pair.slice(0, 40)}"`);
      entries[pair.slice(0, at)] = pair.slice(at + 1);
    }
  }
  return metadataJson(entries);
}

function liveRows(app: FastifyInstance, target: string, split: boolean): Promise<Row[]> {
  const t = app.engine.targets.get(target);
  if (t === undefined) throw new LdError('LD_ERR_NOT_FOUND', `no target "${target}"`);
  const nowMs = app.engine.clock.nowMs();
  return mapInSlices([...t.seriesOf(split).values()], (s: Series) => {
    const row: Row = { time: new Date(s.lastUpdateMs).toISOString(), target, key: s.key, metadata: metadataLabel(s.metadata) };
    for (const m of EXPORTED) row[m.name] = readMetric(m.source, s, nowMs);
    return row;
  });
}

function historyRows(result: HistoryResult): Row[] {
  return result.series.flatMap((s) =>
    s.points.map((p) => {
      const row: Row = { time: new Date(p.t).toISOString(), target: result.target, key: s.key, metadata: metadataLabel(s.metadata) };
      for (const m of EXPORTED) row[m.name] = p[m.history];
      return row;
    }),
  );
}
