import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { Slicer } from '../slices.js';

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
const ResourceType = root.lookupType('opentelemetry.proto.resource.v1.Resource');
const SpanType = root.lookupType('opentelemetry.proto.trace.v1.Span');
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

/** Field numbers and wire types of the two levels walked by hand (trace.proto). */
const LEN = 2;
const REQUEST_RESOURCE_SPANS = 1;
const RESOURCE_SPANS_RESOURCE = 1;
const RESOURCE_SPANS_SCOPE_SPANS = 2;
const SCOPE_SPANS_SPANS = 2;

/** Calls `each` with the end of every length-delimited field `field` up to `end`, skipping the other fields. */
async function forEachField(r: protobuf.Reader, end: number, each: (field: number, fieldEnd: number) => Promise<void> | void): Promise<void> {
  while (r.pos < end) {
    const tag = r.uint32();
    const wire = tag & 7;
    if (wire !== LEN) {
      r.skipType(wire);
      continue;
    }
    const length = r.uint32();
    const fieldEnd = r.pos + length;
    if (fieldEnd > end) throw new RangeError(`a field of ${length} bytes runs past its message`);
    await each(tag >>> 3, fieldEnd);
    if (r.pos !== fieldEnd) throw new RangeError('a field does not end where its length says');
  }
}

/**
 * A protobuf ExportTraceServiceRequest, decoded in slices: the request and
 * its ResourceSpans and ScopeSpans are walked here, and each Resource and
 * Span is decoded by the official definitions on its own, so an 8 MiB
 * request of 30,000 spans lets the event loop run between slices instead of
 * holding it for the whole decode (hundreds of ms on a busy machine).
 */
export async function decodeProtobufRequest(body: Buffer, slicer: Slicer = new Slicer()): Promise<OtlpTraceRequest> {
  const r = new ExactTimeReader(body);
  const resourceSpans: OtlpResourceSpans[] = [];
  let spanCount = 0;
  try {
    await forEachField(r, r.len, async (field, rsEnd) => {
      if (field !== REQUEST_RESOURCE_SPANS) return void r.skip(rsEnd - r.pos);
      const rs: OtlpResourceSpans = { resource: [], spans: [] };
      resourceSpans.push(rs);
      await forEachField(r, rsEnd, async (rsField, fieldEnd) => {
        if (rsField === RESOURCE_SPANS_RESOURCE) {
          rs.resource = (ResourceType.decode(r, fieldEnd - r.pos) as unknown as { attributes: OtlpKeyValue[] }).attributes;
        } else if (rsField === RESOURCE_SPANS_SCOPE_SPANS) {
          await forEachField(r, fieldEnd, async (scopeField, spanEnd) => {
            if (scopeField !== SCOPE_SPANS_SPANS) return void r.skip(spanEnd - r.pos);
            const s = SpanType.decode(r, spanEnd - r.pos) as unknown as DecodedSpan;
            rs.spans.push({
              name: s.name,
              kind: s.kind,
              startNs: exactTime(s.startTimeUnixNano),
              endNs: exactTime(s.endTimeUnixNano),
              attributes: s.attributes,
            });
            if ((++spanCount & 63) === 0 && slicer.due()) await slicer.yield();
          });
        } else {
          r.skip(fieldEnd - r.pos);
        }
      });
    });
  } catch (err) {
    throw new MalformedOtlpError(`the body is not a protobuf ExportTraceServiceRequest (${(err as Error).message})`);
  }
  return { resourceSpans, spanCount };
}

/**
 * An OTLP/JSON ExportTraceServiceRequest: lowerCamelCase keys, int64 as
 * decimal strings (numbers accepted), enums as integers, unknown fields
 * ignored. Ids are never read, so their hex encoding does not matter here.
 * JSON.parse itself is one block, as for /api/v1/events bodies; the walk
 * over the spans after it runs in slices.
 */
export async function decodeJsonRequest(body: Buffer, slicer: Slicer = new Slicer()): Promise<OtlpTraceRequest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new MalformedOtlpError(`the body is not JSON (${(err as Error).message})`);
  }
  const request = objectAt(parsed, 'the body');
  const resourceSpans: OtlpResourceSpans[] = [];
  let spanCount = 0;
  const rsList = listAt(request.resourceSpans, 'resourceSpans');
  for (let i = 0; i < rsList.length; i++) {
    const at = `resourceSpans[${i}]`;
    const rs = objectAt(rsList[i], at);
    const resource = rs.resource === undefined || rs.resource === null ? {} : objectAt(rs.resource, `${at}.resource`);
    const spans: OtlpSpan[] = [];
    resourceSpans.push({ resource: attributesAt(resource.attributes, `${at}.resource.attributes`), spans });
    const scopes = listAt(rs.scopeSpans, `${at}.scopeSpans`);
    for (let j = 0; j < scopes.length; j++) {
      const scopeAt = `${at}.scopeSpans[${j}]`;
      const list = listAt(objectAt(scopes[j], scopeAt).spans, `${scopeAt}.spans`);
      for (let k = 0; k < list.length; k++) {
        spans.push(jsonSpan(list[k], `${scopeAt}.spans[${k}]`));
        if ((++spanCount & 63) === 0 && slicer.due()) await slicer.yield();
      }
    }
  }
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
