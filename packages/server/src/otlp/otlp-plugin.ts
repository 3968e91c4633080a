import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, type Registry } from 'prom-client';
import { OtlpGrpcServer } from './otlp-grpc.js';
import { otlpHttpRoutes } from './otlp-http.js';
import { OtlpReceiver, SPAN_OUTCOMES } from './otlp-receiver.js';
import { otlpGrpcPort, spanMappingFrom } from './otlp-settings.js';

export interface OtlpHealth {
  /** POST /v1/traces is served (--otlp). */
  http: boolean;
  /** The OTLP/gRPC port, or null when the listener is off. */
  grpcPort: number | null;
  spansAccepted: number;
  spansRefused: number;
}

export interface Otlp {
  readonly receiver: OtlpReceiver;
  /** Undefined unless --otlp-grpc-port asks for the listener. */
  readonly grpc: OtlpGrpcServer | undefined;
  health(): OtlpHealth;
}

declare module 'fastify' {
  interface FastifyInstance {
    otlp: Otlp;
  }
}

/** latency_dash_otlp_spans_total{outcome} and latency_dash_otlp_requests_total{transport,result}. */
function registerOtlpMetrics(registry: Registry, receiver: OtlpReceiver): void {
  new Counter({
    name: 'latency_dash_otlp_spans_total',
    help: 'OTLP spans received, by outcome: accepted, skipped_kind (not a --otlp-span-kinds kind), invalid, series_limit, target_limit, metadata_limit, batch_limit',
    labelNames: ['outcome'],
    registers: [registry],
    collect() {
      this.reset();
      for (const outcome of SPAN_OUTCOMES) this.inc({ outcome }, receiver.stats.spans[outcome]);
    },
  });
  new Counter({
    name: 'latency_dash_otlp_requests_total',
    help: 'OTLP export requests answered, by transport (http, grpc) and result: ok, partial (some spans refused), or the LD_ERR_ code of the error',
    labelNames: ['transport', 'result'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [key, n] of receiver.stats.requests) {
        const [transport, result] = key.split(' ');
        this.inc({ transport, result }, n);
      }
    },
  });
  new Gauge({
    name: 'latency_dash_otlp_exports_in_flight',
    help: 'OTLP exports being decoded and applied now (capped by --otlp-max-concurrent)',
    registers: [registry],
    collect() {
      this.set(receiver.stats.inFlight);
    },
  });
}

/**
 * OpenTelemetry traces in (issue 10): POST /v1/traces on the server's port
 * and, with --otlp-grpc-port, an OTLP/gRPC listener. Both feed `app.ingest`,
 * so spans meet the same validation and limits as events.
 */
async function otlpPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const receiver = new OtlpReceiver(app.ingest, spanMappingFrom(s), s.otlpMaxConcurrent, app.log);
  const grpcPort = otlpGrpcPort(s.otlpGrpcPort);
  const grpc = grpcPort === undefined ? undefined : new OtlpGrpcServer(receiver, app.access, app.log);
  app.decorate('otlp', {
    receiver,
    grpc,
    health: () => {
      const spans = receiver.stats.spans;
      return {
        http: s.otlp,
        grpcPort: grpc?.port ?? null,
        spansAccepted: spans.accepted,
        spansRefused: spans.invalid + spans.series_limit + spans.target_limit + spans.metadata_limit + spans.batch_limit,
      };
    },
  } satisfies Otlp);
  if (s.otlp) await app.register(otlpHttpRoutes(receiver));
  app.addHook('onReady', async () => {
    // The exposition plugin, registered later, owns the registry.
    if (app.hasDecorator('promRegistry')) registerOtlpMetrics(app.promRegistry, receiver);
    if (grpc && grpcPort !== undefined) await grpc.listen(s.host, grpcPort);
  });
  // Before the engine and history stop: no span arrives after the last flush.
  app.addHook('preClose', async () => grpc?.close());
}

export default fp(otlpPlugin, { name: 'otlp', dependencies: ['ingest', 'security'] });
