import { Server, ServerCredentials, status, type Metadata, type sendUnaryData, type ServerUnaryCall, type ServiceDefinition } from '@grpc/grpc-js';
import { MAX_BODY_BYTES } from '@latency-dash/protocol';
import type { FastifyBaseLogger } from 'fastify';
import { LdError } from '../errors.js';
import { keyOf, type AccessControl } from '../security/access.js';
import { encodeResponse } from './otlp-codec.js';
import type { OtlpReceiver } from './otlp-receiver.js';

/**
 * The TraceService with the messages left as bytes: the receiver decodes
 * them itself (exact span times, and INVALID_ARGUMENT with a reason for a
 * bad one instead of grpc-js's bare INTERNAL).
 */
const passThrough = (b: Buffer) => b;
const TRACE_SERVICE: ServiceDefinition = {
  Export: {
    path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
    requestStream: false,
    responseStream: false,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
    originalName: 'export',
  },
};

/** gRPC status for an error's HTTP status, as the OTLP/gRPC specification names them. */
const GRPC_STATUS_OF: Record<number, status> = {
  400: status.INVALID_ARGUMENT,
  401: status.UNAUTHENTICATED,
  403: status.PERMISSION_DENIED,
  413: status.RESOURCE_EXHAUSTED,
  429: status.RESOURCE_EXHAUSTED,
  503: status.UNAVAILABLE,
};

/** How long a stop waits for exports in progress before it cuts the connections. */
const DRAIN_MS = 5_000;

/**
 * The OTLP/gRPC listener (--otlp-grpc-port): TraceService/Export on its own
 * port, checking the write key from the `authorization` (Bearer) or
 * `x-api-key` metadata as HTTP does from headers. Messages are bounded like
 * HTTP bodies, compressed or not (grpc-js checks the inflated size too).
 */
export class OtlpGrpcServer {
  private server: Server | undefined;
  /** The bound port, once listening. */
  port: number | undefined;

  constructor(
    private readonly receiver: OtlpReceiver,
    private readonly access: AccessControl,
    private readonly log: FastifyBaseLogger,
  ) {}

  async listen(host: string, port: number): Promise<number> {
    const server = new Server({
      'grpc.max_receive_message_length': MAX_BODY_BYTES,
      'grpc.max_send_message_length': 64 * 1024,
      // Per connection; each export waits on the receiver's own cap (--otlp-max-concurrent) anyway.
      'grpc.max_concurrent_streams': 100,
    });
    server.addService(TRACE_SERVICE, {
      Export: (call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => void this.export(call, callback),
    });
    const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(address, ServerCredentials.createInsecure(), (err, bound) =>
        err ? reject(new Error(`cannot listen for OTLP/gRPC on ${address}: ${err.message}`)) : resolve(bound),
      ),
    );
    this.server = server;
    this.log.info({ port: this.port }, 'OTLP/gRPC listening');
    return this.port;
  }

  /** Stops taking calls, lets those in progress finish (DRAIN_MS at most), then closes every connection. */
  async close(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      const cut = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, DRAIN_MS);
      server.tryShutdown(() => {
        clearTimeout(cut);
        resolve();
      });
    });
  }

  private refusal(metadata: Metadata): { code: status; details: string } | undefined {
    if (!this.access.enabled) return undefined;
    const header = (name: string) => {
      const v = metadata.get(name)[0];
      return typeof v === 'string' ? v : undefined;
    };
    const key = keyOf({ authorization: header('authorization'), 'x-api-key': header('x-api-key') }, undefined);
    if (this.access.allows(key, 'write')) return undefined;
    if (key === undefined)
      return { code: status.UNAUTHENTICATED, details: 'LD_ERR_UNAUTHORIZED: an API key is required: send the metadata authorization: Bearer <key>' };
    if (!this.access.knows(key)) return { code: status.UNAUTHENTICATED, details: "LD_ERR_UNAUTHORIZED: that API key is not one of this server's keys" };
    return { code: status.PERMISSION_DENIED, details: 'LD_ERR_FORBIDDEN: that API key may not write; exports need a write key' };
  }

  private async export(call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>): Promise<void> {
    const refused = this.refusal(call.metadata);
    if (refused) {
      this.receiver.countRequest('grpc', refused.code === status.UNAUTHENTICATED ? 'LD_ERR_UNAUTHORIZED' : 'LD_ERR_FORBIDDEN');
      callback(refused);
      return;
    }
    try {
      const partial = await this.receiver.export(call.request, 'protobuf', 'grpc');
      this.receiver.countRequest('grpc', partial ? 'partial' : 'ok');
      callback(null, encodeResponse('protobuf', partial) as Buffer);
    } catch (err) {
      if (!(err instanceof LdError)) this.log.error({ err }, 'OTLP/gRPC export failed');
      const code = err instanceof LdError ? err.code : 'LD_ERR_INTERNAL';
      this.receiver.countRequest('grpc', code);
      const details = err instanceof LdError ? `${err.code}: ${err.message}` : 'LD_ERR_INTERNAL: the server failed; it logged the details';
      callback({ code: err instanceof LdError ? (GRPC_STATUS_OF[err.statusCode] ?? status.INTERNAL) : status.INTERNAL, details });
    }
  }
}
