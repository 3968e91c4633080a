import { LIMITS, MAX_BATCH_EVENTS, num, type latency } from '@latency-dash/protocol';
import type { IngestEvent } from '../metrics/series.js';

export interface Rejection {
  index: number;
  code: 'LD_ERR_BAD_EVENT';
  reason: string;
}

export type Checked = { ok: true; event: IngestEvent } | { ok: false; reason: string };

/** Field names accepted in JSON events: proto3 JSON lowerCamel and the proto's own snake_case. */
const JSON_FIELDS: Record<string, keyof RawEvent> = {
  targetId: 'targetId',
  target_id: 'targetId',
  key: 'key',
  serverTimestamp: 'serverTimestamp',
  server_timestamp: 'serverTimestamp',
  payload: 'payload',
  payloadSize: 'payloadSize',
  payload_size: 'payloadSize',
  metadata: 'metadata',
  valueMs: 'valueMs',
  value_ms: 'valueMs',
};

interface RawEvent {
  targetId: unknown;
  key: unknown;
  serverTimestamp: unknown;
  payload: unknown;
  payloadSize: unknown;
  metadata: unknown;
  valueMs: unknown;
}

// Control characters would break the series keys and every display.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function checkName(what: string, value: unknown, maxChars: number): string | undefined {
  if (typeof value !== 'string') return `${what} must be a string`;
  if (value.length === 0) return `${what} must not be empty`;
  if (value.length > maxChars) return `${what} is longer than ${maxChars} characters`;
  if (CONTROL.test(value)) return `${what} must not contain control characters`;
  return undefined;
}

function checkMetadata(value: unknown): Record<string, string> | string {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return 'metadata must be an object of string values';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > LIMITS.metadataEntries) return `metadata has more than ${LIMITS.metadataEntries} entries`;
  const out: Record<string, string> = {};
  for (const [name, v] of entries) {
    const nameProblem = checkName(`metadata name "${name.slice(0, 40)}"`, name, LIMITS.metadataKeyChars);
    if (nameProblem) return nameProblem;
    if (typeof v !== 'string') return `metadata.${name} must be a string`;
    if (v.length > LIMITS.metadataValueChars) return `metadata.${name} is longer than ${LIMITS.metadataValueChars} characters`;
    if (CONTROL.test(v)) return `metadata.${name} must not contain control characters`;
    out[name] = v;
  }
  return out;
}

/** server_timestamp in Unix ns (number or decimal string) → Unix ms; 0/absent → arrival. */
function timestampMs(value: unknown, arrivalMs: number): number | string {
  if (value === undefined || value === null || value === 0 || value === '0') return arrivalMs;
  let ns: number;
  if (typeof value === 'number') ns = value;
  else if (typeof value === 'string' && /^\d{1,20}$/.test(value)) ns = Number(value);
  else return 'serverTimestamp must be Unix nanoseconds (an integer or a decimal string)';
  if (!Number.isFinite(ns) || ns < 0 || !Number.isInteger(ns)) return 'serverTimestamp must be a non-negative integer of Unix nanoseconds';
  return ns / 1e6;
}

function check(raw: RawEvent, arrivalMs: number): Checked {
  const targetProblem = checkName('targetId', raw.targetId, LIMITS.targetIdChars);
  if (targetProblem) return { ok: false, reason: targetProblem };
  const keyProblem = checkName('key', raw.key, LIMITS.keyChars);
  if (keyProblem) return { ok: false, reason: keyProblem };
  const metadata = checkMetadata(raw.metadata);
  if (typeof metadata === 'string') return { ok: false, reason: metadata };
  const ts = timestampMs(raw.serverTimestamp, arrivalMs);
  if (typeof ts === 'string') return { ok: false, reason: ts };

  let payloadBytes = 0;
  if (raw.payloadSize !== undefined && raw.payloadSize !== null && raw.payloadSize !== 0) {
    if (typeof raw.payloadSize !== 'number' || !Number.isInteger(raw.payloadSize) || raw.payloadSize < 0) {
      return { ok: false, reason: 'payloadSize must be a non-negative integer' };
    }
    payloadBytes = raw.payloadSize;
  } else if (raw.payload !== undefined && raw.payload !== null) {
    if (raw.payload instanceof Uint8Array) payloadBytes = raw.payload.length;
    else if (typeof raw.payload === 'string') payloadBytes = base64Length(raw.payload);
    else return { ok: false, reason: 'payload must be base64 text' };
  }
  if (payloadBytes > LIMITS.payloadBytes) return { ok: false, reason: `payload is larger than ${LIMITS.payloadBytes} bytes` };

  const event: IngestEvent = { targetId: raw.targetId as string, key: raw.key as string, metadata, timestampMs: ts, payloadBytes };
  if (raw.valueMs !== undefined && raw.valueMs !== null) {
    if (typeof raw.valueMs !== 'number' || !Number.isFinite(raw.valueMs) || raw.valueMs < 0) {
      return { ok: false, reason: 'valueMs must be a finite, non-negative number of milliseconds' };
    }
    event.valueMs = raw.valueMs;
  }
  return { ok: true, event };
}

function base64Length(text: string): number {
  const trimmed = text.replace(/=+$/, '');
  return Math.floor((trimmed.length * 3) / 4);
}

/** Checks one event given as JSON (proto3 JSON mapping, or snake_case field names). */
export function checkJsonEvent(value: unknown, arrivalMs: number): Checked {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'an event must be a JSON object' };
  const raw: RawEvent = { targetId: undefined, key: undefined, serverTimestamp: undefined, payload: undefined, payloadSize: undefined, metadata: undefined, valueMs: undefined };
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const field = JSON_FIELDS[name];
    if (field === undefined) return { ok: false, reason: `unknown field "${name.slice(0, 40)}"` };
    raw[field] = v;
  }
  return check(raw, arrivalMs);
}

/** Checks one decoded protobuf Event. */
export function checkProtoEvent(e: latency.Event.$Properties, arrivalMs: number): Checked {
  return check(
    {
      targetId: e.targetId,
      key: e.key,
      serverTimestamp: num(e.serverTimestamp),
      payload: e.payload,
      payloadSize: e.payloadSize,
      metadata: e.metadata,
      valueMs: e.valueMs ?? undefined,
    },
    arrivalMs,
  );
}

/** Checks the batch itself; per-event problems become rejections instead. */
export function checkBatchSize(count: number): string | undefined {
  if (count > MAX_BATCH_EVENTS) return `a batch holds at most ${MAX_BATCH_EVENTS} events; this one has ${count}. Split it.`;
  return undefined;
}
