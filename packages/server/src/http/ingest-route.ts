import { decodeEventBatch, encodeIngestAck, MAX_BODY_BYTES, num, type latency } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors.js';
import type { IngestResult, IngestService } from '../ingest/ingest-service.js';
import { checkBatchSize } from '../ingest/validate.js';
import { PROTOBUF_TYPES, wantsProtobuf } from './content-types.js';

/**
 * POST /api/v1/events: a batch as JSON (`{"events":[...]}` or a bare array,
 * proto3 JSON mapping) or as a protobuf EventBatch. Answers how many were
 * accepted and why each rejected event was rejected: 200 when any was
 * accepted (or the batch was empty), 400 when none was.
 */
export function registerIngestRoute(app: FastifyInstance, ingest: IngestService): void {
  app.addContentTypeParser(PROTOBUF_TYPES, { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, (_req, body, done) => done(null, body));

  app.post('/api/v1/events', { bodyLimit: MAX_BODY_BYTES }, async (req, reply) => {
    const contentType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    let result: IngestResult;
    let batchId = 0;
    if (Buffer.isBuffer(req.body)) {
      let batch: latency.EventBatch;
      try {
        batch = decodeEventBatch(req.body);
      } catch (err) {
        reply.code(400);
        return errorBody('LD_ERR_MALFORMED', `the body is not a protobuf EventBatch (${(err as Error).message})`);
      }
      const tooMany = checkBatchSize(batch.events.length);
      if (tooMany) {
        reply.code(413);
        return errorBody('LD_ERR_BATCH_TOO_LARGE', tooMany);
      }
      batchId = num(batch.batchId);
      result = ingest.ingestProto(batch.events);
    } else if (contentType === 'application/json') {
      const body = req.body as unknown;
      const events = Array.isArray(body) ? body : (body as { events?: unknown } | null)?.events;
      if (!Array.isArray(events)) {
        reply.code(400);
        return errorBody('LD_ERR_BAD_REQUEST', 'the body must be {"events": [...]} or an array of events');
      }
      const tooMany = checkBatchSize(events.length);
      if (tooMany) {
        reply.code(413);
        return errorBody('LD_ERR_BATCH_TOO_LARGE', tooMany);
      }
      result = ingest.ingestJson(events);
    } else {
      reply.code(415);
      return errorBody('LD_ERR_UNSUPPORTED_MEDIA_TYPE');
    }
    const total = result.accepted + result.rejected.length;
    reply.code(result.accepted > 0 || total === 0 ? 200 : 400);
    if (wantsProtobuf(req.headers.accept)) {
      reply.type('application/x-protobuf');
      return Buffer.from(encodeIngestAck({ batchId, accepted: result.accepted, rejected: result.rejected }));
    }
    return { accepted: result.accepted, rejected: result.rejected };
  });
}
