import type { FastifyBaseLogger } from 'fastify';
import { LdError, type ErrorCode } from '../errors.js';
import { LogOnce } from '../http/connection-guard-plugin.js';
import type { IngestService } from '../ingest/ingest-service.js';
import type { Rejection } from '../ingest/validate.js';
import { Slicer } from '../slices.js';
import { decodeJsonRequest, decodeProtobufRequest, MalformedOtlpError, type OtlpFormat, type PartialSuccess } from './otlp-codec.js';
import { spansToEvents, type SpanMapping, type SpanRefusalCode } from './spans-to-events.js';

/** What became of each span received, as /metrics labels it (latency_dash_otlp_spans_total{outcome}). */
export const SPAN_OUTCOMES = ['accepted', 'skipped_kind', 'invalid', 'series_limit', 'target_limit', 'metadata_limit', 'batch_limit'] as const;
export type SpanOutcome = (typeof SPAN_OUTCOMES)[number];

type RefusedOutcome = Exclude<SpanOutcome, 'accepted' | 'skipped_kind'>;

export type OtlpTransport = 'http' | 'grpc';

const OUTCOME_OF: Record<Rejection['code'] | SpanRefusalCode, RefusedOutcome> = {
  LD_ERR_BAD_EVENT: 'invalid',
  LD_ERR_SERIES_LIMIT: 'series_limit',
  LD_ERR_TARGET_LIMIT: 'target_limit',
  LD_ERR_METADATA_LIMIT: 'metadata_limit',
  invalid: 'invalid',
  batch_limit: 'batch_limit',
};

/** The error code each outcome is reported with in a partial success's error_message. */
const CODE_OF_OUTCOME: Record<RefusedOutcome, ErrorCode> = {
  invalid: 'LD_ERR_BAD_EVENT',
  series_limit: 'LD_ERR_SERIES_LIMIT',
  target_limit: 'LD_ERR_TARGET_LIMIT',
  metadata_limit: 'LD_ERR_METADATA_LIMIT',
  batch_limit: 'LD_ERR_BATCH_TOO_LARGE',
};

/** The engine logs its own limit refusals (once a minute per target); these are the ones only OTLP sees. */
const LOGGED_HERE: ReadonlySet<RefusedOutcome> = new Set(['invalid', 'batch_limit']);

/** Longest error_message of a partial success: a reason per kind of refusal, not one per span. */
const MAX_MESSAGE_CHARS = 1000;

export interface OtlpStats {
  spans: Record<SpanOutcome, number>;
  /** Requests by transport and result: ok, partial, or the error code they were answered with. */
  requests: Map<string, number>;
  inFlight: number;
}

/**
 * Takes decoded-or-not OTLP trace requests from either transport, turns
 * their spans into events and applies them through the ingest service, so
 * validation, cardinality limits and every later ingest step apply to
 * spans exactly as to events. Answers with the partial success the OTLP
 * specification asks for when any span was refused.
 */
export class OtlpReceiver {
  readonly stats: OtlpStats = {
    spans: Object.fromEntries(SPAN_OUTCOMES.map((o) => [o, 0])) as Record<SpanOutcome, number>,
    requests: new Map(),
    inFlight: 0,
  };
  private readonly logOnce: LogOnce;

  constructor(
    private readonly ingest: IngestService,
    private readonly mapping: SpanMapping,
    private readonly maxConcurrent: number,
    private readonly log: FastifyBaseLogger,
  ) {
    this.logOnce = new LogOnce(log);
  }

  /**
   * Decodes and applies one ExportTraceServiceRequest. Resolves with the
   * partial success to answer (undefined: every span taken), or rejects
   * with an LdError: LD_ERR_MALFORMED for a body that is not a request,
   * LD_ERR_OTLP_BUSY past --otlp-max-concurrent.
   */
  async export(body: Buffer, format: OtlpFormat, transport: OtlpTransport): Promise<PartialSuccess | undefined> {
    if (this.stats.inFlight >= this.maxConcurrent) {
      throw new LdError('LD_ERR_OTLP_BUSY', `over ${this.maxConcurrent} OTLP exports at once (--otlp-max-concurrent); retry in a second`);
    }
    this.stats.inFlight++;
    // One slice budget across decoding and mapping; ingest slices on its own.
    const slicer = new Slicer();
    try {
      let request;
      try {
        request = format === 'json' ? await decodeJsonRequest(body, slicer) : await decodeProtobufRequest(body, slicer);
      } catch (err) {
        if (!(err instanceof MalformedOtlpError)) throw err;
        this.logOnce.warn(`otlp-malformed-${transport}`, { transport, problem: err.message }, 'OTLP request refused: it could not be decoded');
        throw new LdError('LD_ERR_MALFORMED', err.message);
      }
      const mapped = await spansToEvents(request, this.mapping, slicer);
      const result = await this.ingest.ingestProto(mapped.events);
      const s = this.stats.spans;
      s.accepted += result.accepted;
      s.skipped_kind += mapped.skipped;
      const reasons = new Map<RefusedOutcome, { count: number; reason: string }>();
      const refuse = (code: Rejection['code'] | SpanRefusalCode, reason: string) => {
        const outcome = OUTCOME_OF[code];
        s[outcome]++;
        const entry = reasons.get(outcome);
        if (entry) entry.count++;
        else reasons.set(outcome, { count: 1, reason });
      };
      for (const r of mapped.refused) refuse(r.code, r.reason);
      for (const r of result.rejected) refuse(r.code, r.reason);
      const rejectedSpans = mapped.refused.length + result.rejected.length;
      if (rejectedSpans === 0) return undefined;
      for (const [outcome, { count, reason }] of reasons) {
        if (LOGGED_HERE.has(outcome)) this.logOnce.warn(`otlp-${outcome}`, { transport, spans: count, reason }, `OTLP spans refused: ${reason}`);
      }
      const parts = [...reasons].map(([outcome, { count, reason }]) => `${count} × ${CODE_OF_OUTCOME[outcome]} (${reason})`);
      const message = `${rejectedSpans} of ${request.spanCount} spans refused: ${parts.join('; ')}`;
      return { rejectedSpans, errorMessage: message.length > MAX_MESSAGE_CHARS ? `${message.slice(0, MAX_MESSAGE_CHARS - 3)}...` : message };
    } finally {
      this.stats.inFlight--;
    }
  }

  /** Counts one answered request: result is ok, partial, or the error code. */
  countRequest(transport: OtlpTransport, result: string): void {
    const key = `${transport} ${result}`;
    this.stats.requests.set(key, (this.stats.requests.get(key) ?? 0) + 1);
  }
}
