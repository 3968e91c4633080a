import { decodeEventBatch, encodeIngestAck, MAX_BODY_BYTES, num, type latency } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LdError } from '../errors.js';
import type { IngestResult } from '../ingest/ingest-service.js';
import { checkBatchSize } from '../ingest/validate.js';
import { PROTOBUF_TYPES, wantsProtobuf } from './content-types.js';
import { errorResponses, EventBatchBodySchema, IngestAckSchema } from './schemas.js';

/**
 * The body schema documents the event and is what OpenAPI shows, but ajv
 * does not run it: events are checked one by one in ingest/validate.ts,
 * which keeps the good events of a batch and reports each bad one by index
 * (a schema can only refuse the whole batch). It is also the hot path: in
 * bench/ingest-http, per-field validation is ~12% of the server's ingest
 * CPU at 125–220 k events/s, and a generic validator walking the same
 * fields would add to it rather than replace it.
 */
const acceptAnyBody = () => () => true;

/**
 * POST /api/v1/events: a batch as JSON (`{"events":[...]}` or a bare array,
 * proto3 JSON mapping) or as a protobuf EventBatch. Answers how many were
 * accepted and why each rejected event was rejected: 200 when any was
 * accepted (or the batch was empty), 400 when none was.
 */
export function registerIngestRoute(app: FastifyInstance): void {
  const ingest = app.ingest;
  app.addContentTypeParser(PROTOBUF_TYPES, { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_req, body, done) => done(null, body));

  app.post(
    '/api/v1/events',
    {
      bodyLimit: MAX_BODY_BYTES,
      validatorCompiler: acceptAnyBody,
      schema: {
        summary: 'Send events',
        description:
          'A batch of events as JSON (`{"events": [...]}` or a bare array; proto3 JSON mapping, snake_case accepted) or a protobuf EventBatch (`Content-Type: application/x-protobuf`). ' +
          'Bad events are rejected one by one with their index and reason; the others are kept. `Accept: application/x-protobuf` answers an IngestAck.',
        tags: ['ingest'],
        body: EventBatchBodySchema,
        response: {
          200: IngestAckSchema,
          400: Type.Union([IngestAckSchema, Type.Ref('ErrorBody')], { description: 'Every event rejected (with the reasons), or a body that is not a batch' }),
          ...errorResponses(401, 403, 413, 415, 429, 503),
        },
      },
    },
    async (req, reply) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      let result: IngestResult;
      let batchId = 0;
      if (Buffer.isBuffer(req.body)) {
        let batch: latency.EventBatch;
        try {
          batch = decodeEventBatch(req.body);
        } catch (err) {
          throw new LdError('LD_ERR_MALFORMED', `the body is not a protobuf EventBatch (${(err as Error).message})`);
        }
        const tooMany = checkBatchSize(batch.events.length);
        if (tooMany) throw new LdError('LD_ERR_BATCH_TOO_LARGE', tooMany);
        batchId = num(batch.batchId);
        result = await ingest.ingestProto(batch.events);
      } else if (contentType === 'application/json') {
        const body = req.body as unknown;
        const events = Array.isArray(body) ? body : (body as { events?: unknown } | null)?.events;
        if (!Array.isArray(events)) throw new LdError('LD_ERR_BAD_REQUEST', 'the body must be {"events": [...]} or an array of events');
        const tooMany = checkBatchSize(events.length);
        if (tooMany) throw new LdError('LD_ERR_BATCH_TOO_LARGE', tooMany);
        result = await ingest.ingestJson(events);
      } else {
        throw new LdError('LD_ERR_UNSUPPORTED_MEDIA_TYPE');
      }
      // With --wal-fsync always, the answer waits for the batch's fsync (a 503 if it fails).
      if (result.durable !== undefined) await result.durable;
      const total = result.accepted + result.rejected.length;
      reply.code(result.accepted > 0 || total === 0 ? 200 : 400);
      if (wantsProtobuf(req.headers.accept)) {
        reply.type('application/x-protobuf');
        return Buffer.from(encodeIngestAck({ batchId, accepted: result.accepted, rejected: result.rejected }));
      }
      return { accepted: result.accepted, rejected: result.rejected };
    },
  );
}
