import { latency } from '../gen/latency.js';
import type { IConversionOptions } from 'protobufjs';

export type ServerMessage = latency.ServerMessage.$Shape;
export type ClientMessage = latency.ClientMessage.$Shape;
export type MetricsBatch = latency.MetricsBatch.$Properties;
export type MetricsUpdate = latency.MetricsUpdate.$Properties;
export type WireEvent = latency.Event.$Properties;
export type EventBatch = latency.EventBatch.$Properties;
export type IngestAck = latency.IngestAck.$Properties;
export type TargetsUpdate = latency.TargetsUpdate.$Properties;
export type InitMessage = latency.InitMessage.$Properties;
export type AlertEvent = latency.AlertEvent.$Properties;
export type ServerStats = latency.ServerStats.$Properties;

type LongLike = { toNumber(): number };

/**
 * What decoding yields: protobufjs fills every scalar, list and map with its
 * default, and 64-bit numbers arrive as numbers (see long-off.ts), so these
 * fields are never missing. Only nested messages may be null.
 */
export type Decoded<T> = T extends LongLike
  ? number
  : T extends string | number | boolean | Uint8Array
    ? T
    : T extends readonly (infer U)[]
      ? Decoded<U>[]
      : T extends object
        ? { -readonly [K in keyof T]-?: Decoded<Exclude<T[K], null | undefined>> }
        : T;

/**
 * The numbers of an update that the wire may leave out (proto3 `optional`:
 * field deltas, latency.proto): the generated class leaves exactly these optional.
 */
export type UpdateNumberField = Exclude<
  { [K in keyof latency.MetricsUpdate]-?: undefined extends latency.MetricsUpdate[K] ? K : never }[keyof latency.MetricsUpdate],
  '$unknowns'
>;
/** A decoded update: a number it did not carry (unchanged since the stream's previous batch) is null. */
export type DecodedUpdate = Omit<Decoded<latency.MetricsUpdate.$Properties>, UpdateNumberField> & { [K in UpdateNumberField]: number | null };
export type DecodedBatch = Omit<Decoded<latency.MetricsBatch.$Properties>, 'updates'> & { updates: DecodedUpdate[] };

/** A decoded server message: `msg` names the one field that is set. */
export interface DecodedServerMessage {
  msg?: 'init' | 'batch' | 'targets' | 'error' | 'ack' | 'pong' | 'alerts' | 'stats';
  init?: Decoded<latency.InitMessage.$Properties> | null;
  batch?: DecodedBatch | null;
  targets?: Decoded<latency.TargetsUpdate.$Properties> | null;
  error?: Decoded<latency.ErrorMessage.$Properties> | null;
  ack?: Decoded<latency.IngestAck.$Properties> | null;
  pong?: Decoded<latency.Pong.$Properties> | null;
  alerts?: Decoded<latency.AlertsUpdate.$Properties> | null;
  /** Counters a sender left out are null here: serverStatsFigures() fills them in. */
  stats?: latency.ServerStats | null;
}

/** Options for the proto3 JSON mapping: int64 as strings, enums by name. */
const JSON_OPTIONS: IConversionOptions = {
  longs: String,
  enums: String,
  bytes: String,
  defaults: false,
  arrays: true,
};

/** 64-bit fields decode as numbers (see long-off.ts); this narrows the type. */
export function num(value: number | { toNumber(): number } | null | undefined): number {
  if (value == null) return 0;
  return typeof value === 'number' ? value : value.toNumber();
}

export function encodeServerMessage(msg: ServerMessage): Uint8Array {
  return latency.ServerMessage.encode(msg).finish();
}

export function decodeServerMessage(bytes: Uint8Array): DecodedServerMessage {
  return latency.ServerMessage.decode(bytes) as DecodedServerMessage;
}

export function encodeClientMessage(msg: ClientMessage): Uint8Array {
  return latency.ClientMessage.encode(msg).finish();
}

export function decodeClientMessage(bytes: Uint8Array): latency.ClientMessage {
  return latency.ClientMessage.decode(bytes);
}

/** A server message in the proto3 JSON mapping (for `?format=json`). */
export function serverMessageToJson(msg: ServerMessage): string {
  const message = msg instanceof latency.ServerMessage ? msg : latency.ServerMessage.fromObject(msg);
  return JSON.stringify(latency.ServerMessage.toObject(message, JSON_OPTIONS));
}

export function serverMessageFromJson(text: string): DecodedServerMessage {
  // Round-trip through the binary form so absent fields get their defaults,
  // exactly as they would from a binary frame.
  const message = latency.ServerMessage.fromObject(JSON.parse(text) as Record<string, unknown>);
  return decodeServerMessage(latency.ServerMessage.encode(message).finish());
}

/**
 * Parses a client message in the proto3 JSON mapping. Throws a TypeError
 * with a readable reason when the shape is wrong.
 */
export function clientMessageFromJson(text: string): latency.ClientMessage {
  const parsed: unknown = JSON.parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TypeError('a client message must be a JSON object');
  }
  // fromObject coerces leniently (enum names, int64 strings); the server
  // validates the values it uses, and an unknown top-level field leaves
  // `msg` unset, which the server reports as an unknown message.
  return latency.ClientMessage.fromObject(parsed as Record<string, unknown>);
}

export function clientMessageToJson(msg: ClientMessage): string {
  const message = msg instanceof latency.ClientMessage ? msg : latency.ClientMessage.fromObject(msg);
  return JSON.stringify(latency.ClientMessage.toObject(message, JSON_OPTIONS));
}

/** A MetricsBatch as plain JSON (used by the HTTP snapshot endpoint). */
export function metricsBatchToJsonObject(batch: MetricsBatch): Record<string, unknown> {
  const message = batch instanceof latency.MetricsBatch ? batch : latency.MetricsBatch.fromObject(batch);
  return latency.MetricsBatch.toObject(message, JSON_OPTIONS);
}

/** One MetricsUpdate as plain JSON (for building large batches in slices). */
export function metricsUpdateToJsonObject(update: MetricsUpdate): Record<string, unknown> {
  const message = update instanceof latency.MetricsUpdate ? update : latency.MetricsUpdate.fromObject(update);
  return latency.MetricsUpdate.toObject(message, JSON_OPTIONS);
}

export function encodeMetricsBatch(batch: MetricsBatch): Uint8Array {
  return latency.MetricsBatch.encode(batch).finish();
}

export function decodeEventBatch(bytes: Uint8Array): latency.EventBatch {
  return latency.EventBatch.decode(bytes);
}

export function encodeEventBatch(batch: EventBatch): Uint8Array {
  return latency.EventBatch.encode(batch).finish();
}

export function encodeIngestAck(ack: IngestAck): Uint8Array {
  return latency.IngestAck.encode(ack).finish();
}

/**
 * A large MetricsBatch (a snapshot of thousands of series) encoded piece by
 * piece, so a server can spread the work over several turns of its event
 * loop. Protobuf lets the elements of a repeated field be written as
 * separate records, so each update is encoded on its own and the frame is
 * the envelope's bytes followed by the updates' records; the JSON form is
 * assembled the same way. One entry per series id: setting a series again
 * replaces its entry in place. Either form decodes exactly as the whole
 * batch encoded at once.
 */
export class PiecewiseBatch {
  private readonly entries = new Map<number, { record?: Uint8Array; json?: string }>();

  constructor(
    readonly binary: boolean,
    readonly json: boolean,
  ) {}

  set(update: MetricsUpdate): void {
    this.entries.set(update.seriesId ?? 0, {
      // Field 5 (updates) of MetricsBatch holding this one update: exactly the record to append.
      record: this.binary ? latency.MetricsBatch.encode({ updates: [update] }).finish() : undefined,
      json: this.json ? JSON.stringify(metricsUpdateToJsonObject(update)) : undefined,
    });
  }

  delete(seriesId: number): void {
    this.entries.delete(seriesId);
  }

  /** The ServerMessage{batch} frame in binary; `envelope` gives every field but the updates. */
  bytes(envelope: MetricsBatch): Uint8Array {
    const head = latency.MetricsBatch.encode({ ...envelope, updates: [] }).finish();
    let length = head.length;
    for (const e of this.entries.values()) length += e.record!.length;
    const batch = new Uint8Array(length);
    batch.set(head, 0);
    let at = head.length;
    for (const e of this.entries.values()) {
      batch.set(e.record!, at);
      at += e.record!.length;
    }
    // ServerMessage field 2 (batch), length-delimited.
    return concatBytes(Uint8Array.of((2 << 3) | 2), varint(batch.length), batch);
  }

  /** The ServerMessage{batch} frame as JSON text. */
  jsonText(envelope: MetricsBatch): string {
    const mark = '\u0000updates\u0000';
    const head = { ...metricsBatchToJsonObject({ ...envelope, updates: [] }), updates: mark };
    const parts: string[] = [];
    for (const e of this.entries.values()) parts.push(e.json!);
    return JSON.stringify({ batch: head }).replace(JSON.stringify(mark), `[${parts.join(',')}]`);
  }
}

function varint(n: number): Uint8Array {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return Uint8Array.from(out);
}

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
