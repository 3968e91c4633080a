import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { MAX_BODY_BYTES } from '@latency-dash/protocol';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { LdError } from '../errors.js';
import { FASTIFY_CODES } from '../http/core-plugin.js';
import { encodeResponse, encodeStatus, type OtlpFormat } from './otlp-codec.js';
import type { OtlpReceiver } from './otlp-receiver.js';

const gunzipAsync = promisify(gunzip);

const PROTOBUF = ['application/x-protobuf', 'application/protobuf'];
const JSON_TYPE = 'application/json';

/** gRPC status codes (google.rpc.Code) an HTTP status stands for, as OTLP/HTTP error bodies carry them. */
const RPC_CODE_OF_STATUS: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 408: 4, 413: 8, 415: 3, 422: 3, 429: 8, 431: 8, 503: 14 };
const RPC_INTERNAL = 13;

const StatusSchema = Type.Object(
  { code: Type.Integer({ description: 'google.rpc.Code' }), message: Type.String({ description: 'The LD_ERR_… code, then what went wrong' }) },
  { description: 'google.rpc.Status (protobuf for a protobuf request)' },
);
const ResponseSchema = Type.Object(
  {
    partialSuccess: Type.Optional(
      Type.Object({
        rejectedSpans: Type.String({ description: 'int64, as OTLP/JSON writes it' }),
        errorMessage: Type.String({ description: 'How many spans were refused for each reason' }),
      }),
    ),
  },
  { description: 'ExportTraceServiceResponse (protobuf for a protobuf request); partialSuccess only when spans were refused' },
);

/** The request's encoding, which the answer uses too; JSON for anything else, so a stray client can read why it was refused. */
function formatOf(req: FastifyRequest): OtlpFormat {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return PROTOBUF.includes(type) ? 'protobuf' : 'json';
}

/** The body as sent, inflated when it says gzip; never past MAX_BODY_BYTES inflated, whatever its compressed size. */
async function inflate(req: FastifyRequest, body: Buffer): Promise<Buffer> {
  const header = req.headers['content-encoding'];
  const encoding = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return body;
  if (encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw new LdError('LD_ERR_UNSUPPORTED_ENCODING', `Content-Encoding ${JSON.stringify(encoding.slice(0, 40))} is not supported; send gzip or nothing`);
  }
  try {
    return await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE')
      throw new LdError('LD_ERR_BODY_TOO_LARGE', `the gzip body inflates past ${MAX_BODY_BYTES} bytes; send smaller batches`);
    throw new LdError('LD_ERR_MALFORMED', `the body is not valid gzip (${e.message})`);
  }
}

function coded(err: FastifyError): LdError | undefined {
  if (err instanceof LdError) return err;
  if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new LdError('LD_ERR_UNSUPPORTED_MEDIA_TYPE', 'send application/x-protobuf or application/json');
  const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
  return mapped === undefined ? undefined : new LdError(mapped, err.message);
}

/**
 * POST /v1/traces, OTLP/HTTP: an ExportTraceServiceRequest as protobuf or
 * JSON, gzip or not. A plugin of its own (not wrapped in fastify-plugin) so
 * its body parsers and its error answers, google.rpc.Status in the
 * request's encoding as the OTLP specification asks, stay on this route.
 */
export function otlpHttpRoutes(receiver: OtlpReceiver) {
  return async function otlpHttp(app: FastifyInstance): Promise<void> {
    app.removeAllContentTypeParsers();
    const options = { parseAs: 'buffer' as const, bodyLimit: MAX_BODY_BYTES };
    app.addContentTypeParser([...PROTOBUF, JSON_TYPE], options, async (req: FastifyRequest, body: Buffer) => inflate(req, body));

    app.setErrorHandler((err: FastifyError, req, reply) => {
      const known = coded(err);
      const status = known?.statusCode ?? err.statusCode ?? 500;
      const code = known?.code ?? (status >= 500 ? 'LD_ERR_INTERNAL' : 'LD_ERR_BAD_REQUEST');
      if (status >= 500 && known === undefined) req.log.error({ err }, 'OTLP request failed');
      receiver.countRequest('http', code);
      const format = formatOf(req);
      const message = status >= 500 && known === undefined ? 'the server failed; it logged the details' : (known?.message ?? err.message);
      if (status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
      reply
        .code(status >= 500 && known === undefined ? 500 : status)
        .type(format === 'json' ? JSON_TYPE : PROTOBUF[0])
        .send(encodeStatus(format, RPC_CODE_OF_STATUS[status] ?? RPC_INTERNAL, `${code}: ${message}`));
    });

    app.post(
      '/v1/traces',
      {
        bodyLimit: MAX_BODY_BYTES,
        schema: {
          summary: 'OpenTelemetry traces in (OTLP/HTTP)',
          description:
            'An OTLP ExportTraceServiceRequest as protobuf (`application/x-protobuf`) or OTLP/JSON (`application/json`), gzip-compressed or not: what OpenTelemetry exporters send to `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`. ' +
            'Each span of an asked-for kind (`--otlp-span-kinds`) becomes an event: target from `--otlp-target-from`, key = span name, valueMs = end − start, metadata from `--otlp-metadata`. ' +
            'Refused spans (invalid, or over a limit) are counted in `partialSuccess`; errors answer a google.rpc.Status. Needs a write key when the server has any.',
          tags: ['ingest'],
          response: {
            200: ResponseSchema,
            400: StatusSchema,
            401: StatusSchema,
            403: StatusSchema,
            413: StatusSchema,
            415: StatusSchema,
            429: StatusSchema,
            503: StatusSchema,
          },
        },
      },
      async (req, reply) => {
        if (!Buffer.isBuffer(req.body)) throw new LdError('LD_ERR_UNSUPPORTED_MEDIA_TYPE', 'send application/x-protobuf or application/json');
        const format = formatOf(req);
        const partial = await receiver.export(req.body, format, 'http');
        receiver.countRequest('http', partial ? 'partial' : 'ok');
        reply.type(format === 'json' ? JSON_TYPE : PROTOBUF[0]);
        return encodeResponse(format, partial);
      },
    );
  };
}
