import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

/**
 * OTLP trace requests in, answers out, in both encodings of the OTLP
 * specification: protobuf (the official definitions vendored under
 * packages/server/proto/otlp) and OTLP/JSON. Both are read into the same
 * small shape, so the mapping to events never knows which one came in.
 */

/** An attribute value: only the scalar kinds are read (arrays, maps and bytes never name a target or a label). */
export interface OtlpAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  /** int64: a number (or a Long, if another module turned Long on) from protobuf; a decimal string or a number from JSON. */
  intValue?: number | string | { toString(): string };
  doubleValue?: number;
}

export interface OtlpKeyValue {
  key: string;
  value?: OtlpAnyValue | null;
}

export interface OtlpSpan {
  name: string;
  /** SpanKind as its number: 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  /** Unix ns, exact: 64-bit integers are past a double's 53 bits, and durations are their difference. */
  startNs: bigint;
  endNs: bigint;
  attributes: readonly OtlpKeyValue[];
}

export interface OtlpResourceSpans {
  resource: readonly OtlpKeyValue[];
  /** The spans of every scope of the resource, in order. */
  spans: OtlpSpan[];
}

export interface OtlpTraceRequest {
  resourceSpans: OtlpResourceSpans[];
  spanCount: number;
}

export type OtlpFormat = 'protobuf' | 'json';

/** A body that is not an ExportTraceServiceRequest in the format it claims. */
export class MalformedOtlpError extends Error {
  override name = 'MalformedOtlpError';
}

const PROTO_DIR = fileURLToPath(new URL('../../proto/otlp/', import.meta.url));

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  // Imports name paths from the folder that holds opentelemetry/.
  root.resolvePath = (_origin, target) => (target.startsWith(PROTO_DIR) ? target : PROTO_DIR + target);
  root.loadSync(['opentelemetry/proto/collector/trace/v1/trace_service.proto', 'latency_dash/otlp_answers.proto'], { keepCase: false });
  root.resolveAll();
  return root;
}

const root = loadRoot();
const RequestType = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
const ResponseType = root.lookupType('latency_dash.otlp.ExportTraceServiceResponse');
const StatusType = root.lookupType('latency_dash.otlp.Status');

/**
 * Reads fixed64 (the span times) as exact bigints. With 64-bit numbers
 * decoded as doubles (the protocol package turns Long off for the whole
 * process), today's Unix ns are rounded to 256 ns and a 10 ms span would
 * last 10.000000256 ms.
 */
class ExactTimeReader extends protobuf.BufferReader {
  constructor(buffer: Buffer) {
    super(buffer);
    this.discardUnknown = true;
  }
}
(ExactTimeReader.prototype as unknown as { fixed64(this: protobuf.Reader): bigint }).fixed64 = function fixed64(this: protobuf.Reader): bigint {
  const lo = this.fixed32();
  const hi = this.fixed32();
  return (BigInt(hi) << 32n) | BigInt(lo);
};

/** A time the reader read is a bigint; an absent one is the prototype's default (0, or a Long). */
const exactTime = (t: unknown): bigint => (typeof t === 'bigint' ? t : 0n);

interface DecodedSpan {
  name: string;
  kind: number;
  startTimeUnixNano: unknown;
  endTimeUnixNano: unknown;
  attributes: OtlpKeyValue[];
}
interface DecodedRequest {
  resourceSpans: { resource?: { attributes: OtlpKeyValue[] } | null; scopeSpans: { spans: DecodedSpan[] }[] }[];
}

/** A protobuf ExportTraceServiceRequest. */
export function decodeProtobufRequest(body: Buffer): OtlpTraceRequest {
  let decoded: DecodedRequest;
  try {
    decoded = RequestType.decode(new ExactTimeReader(body)) as unknown as DecodedRequest;
  } catch (err) {
    throw new MalformedOtlpError(`the body is not a protobuf ExportTraceServiceRequest (${(err as Error).message})`);
  }
  let spanCount = 0;
  const resourceSpans = decoded.resourceSpans.map((rs) => {
    const spans: OtlpSpan[] = [];
    for (const scope of rs.scopeSpans) {
      for (const s of scope.spans) {
        spans.push({ name: s.name, kind: s.kind, startNs: exactTime(s.startTimeUnixNano), endNs: exactTime(s.endTimeUnixNano), attributes: s.attributes });
      }
    }
    spanCount += spans.length;
    return { resource: rs.resource?.attributes ?? [], spans };
  });
  return { resourceSpans, spanCount };
}

/**
 * An OTLP/JSON ExportTraceServiceRequest: lowerCamelCase keys, int64 as
 * decimal strings (numbers accepted), enums as integers, unknown fields
 * ignored. Ids are never read, so their hex encoding does not matter here.
 */
export function decodeJsonRequest(body: Buffer): OtlpTraceRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new MalformedOtlpError(`the body is not JSON (${(err as Error).message})`);
  }
  const request = objectAt(parsed, 'the body');
  let spanCount = 0;
  const resourceSpans = listAt(request.resourceSpans, 'resourceSpans').map((rsValue, i) => {
    const at = `resourceSpans[${i}]`;
    const rs = objectAt(rsValue, at);
    const resource = rs.resource === undefined || rs.resource === null ? {} : objectAt(rs.resource, `${at}.resource`);
    const spans: OtlpSpan[] = [];
    listAt(rs.scopeSpans, `${at}.scopeSpans`).forEach((scopeValue, j) => {
      const scopeAt = `${at}.scopeSpans[${j}]`;
      const scope = objectAt(scopeValue, scopeAt);
      listAt(scope.spans, `${scopeAt}.spans`).forEach((spanValue, k) => spans.push(jsonSpan(spanValue, `${scopeAt}.spans[${k}]`)));
    });
    spanCount += spans.length;
    return { resource: attributesAt(resource.attributes, `${at}.resource.attributes`), spans };
  });
  return { resourceSpans, spanCount };
}

function jsonSpan(value: unknown, at: string): OtlpSpan {
  const s = objectAt(value, at);
  const name = s.name ?? '';
  if (typeof name !== 'string') throw new MalformedOtlpError(`${at}.name must be a string`);
  const kind = s.kind ?? 0;
  if (typeof kind !== 'number' || !Number.isInteger(kind)) throw new MalformedOtlpError(`${at}.kind must be an integer (OTLP/JSON enums are numbers)`);
  return {
    name,
    kind,
    startNs: nanosAt(s.startTimeUnixNano, `${at}.startTimeUnixNano`),
    endNs: nanosAt(s.endTimeUnixNano, `${at}.endTimeUnixNano`),
    attributes: attributesAt(s.attributes, `${at}.attributes`),
  };
}

function nanosAt(value: unknown, at: string): bigint {
  if (value === undefined || value === null) return 0n;
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  throw new MalformedOtlpError(`${at} must be Unix nanoseconds as a decimal string`);
}

function attributesAt(value: unknown, at: string): OtlpKeyValue[] {
  return listAt(value, at).map((kvValue, i) => {
    const kv = objectAt(kvValue, `${at}[${i}]`);
    if (typeof kv.key !== 'string') throw new MalformedOtlpError(`${at}[${i}].key must be a string`);
    const v = kv.value;
    if (v !== undefined && v !== null && (typeof v !== 'object' || Array.isArray(v)))
      throw new MalformedOtlpError(`${at}[${i}].value must be an AnyValue object`);
    return { key: kv.key, value: v as OtlpAnyValue | null | undefined };
  });
}

function objectAt(value: unknown, at: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new MalformedOtlpError(`${at} must be a JSON object`);
  return value as Record<string, unknown>;
}

/** An absent repeated field is an empty list, as in protobuf. */
function listAt(value: unknown, at: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new MalformedOtlpError(`${at} must be a JSON array`);
  return value;
}

/** An attribute's value as metadata and target names use it; undefined when absent or not a scalar. */
export function anyValueText(value: OtlpAnyValue | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  // Own properties only: a decoded protobuf message keeps its defaults on the prototype.
  if (Object.hasOwn(value, 'stringValue') && typeof value.stringValue === 'string') return value.stringValue;
  if (Object.hasOwn(value, 'intValue')) {
    const n = value.intValue;
    if (typeof n === 'number' || typeof n === 'string' || (typeof n === 'object' && n !== null && 'low' in n)) return String(n);
  }
  if (Object.hasOwn(value, 'boolValue') && typeof value.boolValue === 'boolean') return String(value.boolValue);
  if (Object.hasOwn(value, 'doubleValue') && typeof value.doubleValue === 'number') return String(value.doubleValue);
  return undefined;
}

/** The value of the attribute named `key`, as text. */
export function attributeText(attributes: readonly OtlpKeyValue[], key: string): string | undefined {
  for (const kv of attributes) if (kv.key === key) return anyValueText(kv.value);
  return undefined;
}

export interface PartialSuccess {
  rejectedSpans: number;
  errorMessage: string;
}

/**
 * ExportTraceServiceResponse. A full success carries no partial_success
 * at all (the specification: it is set only when something was refused,
 * or to pass a warning).
 */
export function encodeResponse(format: OtlpFormat, partial: PartialSuccess | undefined): Buffer | Record<string, unknown> {
  if (format === 'json') return partial ? { partialSuccess: { rejectedSpans: String(partial.rejectedSpans), errorMessage: partial.errorMessage } } : {};
  return Buffer.from(ResponseType.encode(ResponseType.create(partial ? { partialSuccess: partial } : {})).finish());
}

/** google.rpc.Status, the body of every OTLP/HTTP error answer. */
export function encodeStatus(format: OtlpFormat, code: number, message: string): Buffer | { code: number; message: string } {
  if (format === 'json') return { code, message };
  return Buffer.from(StatusType.encode(StatusType.create({ code, message })).finish());
}

/** For tests and tools: the same messages as a client encodes them. */
export const otlpTypes = { request: RequestType, response: ResponseType, status: StatusType };
