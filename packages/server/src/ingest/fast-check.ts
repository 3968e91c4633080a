import { LIMITS, num, type latency } from '@latency-dash/protocol';
import type { IngestEvent, Metadata } from '../metrics/series.js';
import type { EventLimits } from './validate.js';

/**
 * The common event, checked in straight-line code before the compiled
 * schema (validate.ts) gets it: per-field schema checks were an eighth of
 * the server's ingest time (a regular expression and a code-point count per
 * string, a union for the timestamp), while most events are small objects
 * of short printable strings.
 *
 * These functions only ever say "valid, and here is the event" or "not
 * sure": anything they do not recognise at a glance (a snake_case name, a
 * long string that may be within its limit in code points, a payload, any
 * doubt at all) goes to the general path, which decides and gives the
 * reason. So a refusal and its reason always come from the schema, and an
 * accepted event is the one the general path would build
 * (test/fast-check.test.ts compares the two over generated events).
 */

/** A string of 1..max UTF-16 units, none of them a control character (U+0000–U+001F, U+007F). */
function plainName(s: unknown, max: number): s is string {
  return typeof s === 'string' && s.length >= 1 && s.length <= max && printable(s);
}

/** At most `max` UTF-16 units (so at most `max` code points, what the schema counts), no control characters. */
function plainValue(s: unknown, max: number): s is string {
  return typeof s === 'string' && s.length <= max && printable(s);
}

function printable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return false;
  }
  return true;
}

/** A metadata object the schema takes: at most LIMITS.metadataEntries plain names with plain string values. */
function plainMetadata(m: unknown): m is Metadata {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return false;
  let entries = 0;
  // for…in: the names the schema's checks walk.
  for (const name in m) {
    if (++entries > LIMITS.metadataEntries) return false;
    if (!plainName(name, LIMITS.metadataKeyChars) || !plainValue((m as Record<string, unknown>)[name], LIMITS.metadataValueChars)) return false;
  }
  return true;
}

/** 1 to 20 ASCII digits, as the schema's `^\\d{1,20}$`. */
function decimal(s: string): boolean {
  if (s.length < 1 || s.length > 20) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function wholeAtLeastZero(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** A latency the general path keeps as it is: finite, from 0 to the maximum. */
function plainLatency(v: unknown, limits: EventLimits): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= limits.maxValueMs;
}

/**
 * A JSON event with camelCase names only (targetId, key, metadata, valueMs,
 * serverTimestamp, payloadSize), or undefined when the general path must
 * decide.
 */
export function fastJsonEvent(value: unknown, arrivalMs: number, limits: EventLimits): IngestEvent | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const e = value as Record<string, unknown>;
  let targetId: string | undefined;
  let key: string | undefined;
  let metadata: Metadata | undefined;
  let valueMs: number | undefined;
  let timestampMs = arrivalMs;
  let payloadBytes = 0;
  for (const name in e) {
    const v = e[name];
    switch (name) {
      case 'targetId':
        if (!plainName(v, LIMITS.targetIdChars)) return undefined;
        targetId = v;
        break;
      case 'key':
        if (!plainName(v, LIMITS.keyChars)) return undefined;
        key = v;
        break;
      case 'metadata':
        if (v === null) break;
        if (!plainMetadata(v)) return undefined;
        metadata = v;
        break;
      case 'valueMs':
        if (v === null) break;
        if (!plainLatency(v, limits)) return undefined;
        valueMs = v;
        break;
      case 'serverTimestamp':
        // Unix ns as a number or a decimal string (what @latency-dash/client sends); 0 is "arrival".
        if (v === null) break;
        if (typeof v === 'string') {
          if (!decimal(v)) return undefined;
          if (v !== '0') timestampMs = Number(v) / 1e6;
        } else {
          if (!wholeAtLeastZero(v)) return undefined;
          if (v !== 0) timestampMs = v / 1e6;
        }
        break;
      case 'payloadSize':
        if (v === null) break;
        if (!wholeAtLeastZero(v) || v > LIMITS.payloadBytes) return undefined;
        payloadBytes = v;
        break;
      default:
        return undefined;
    }
  }
  if (targetId === undefined || key === undefined) return undefined;
  const event: IngestEvent = { targetId, key, metadata: metadata ?? {}, timestampMs, payloadBytes };
  if (valueMs !== undefined) event.valueMs = valueMs;
  return event;
}

/** A decoded protobuf Event without a payload, or undefined when the general path must decide. */
export function fastProtoEvent(e: latency.Event.$Properties, arrivalMs: number, limits: EventLimits): IngestEvent | undefined {
  const targetId = e.targetId ?? '';
  const key = e.key ?? '';
  const metadata = e.metadata ?? {};
  if (!plainName(targetId, LIMITS.targetIdChars) || !plainName(key, LIMITS.keyChars) || !plainMetadata(metadata)) return undefined;
  const valueMs = e.valueMs ?? null;
  if (valueMs !== null && !plainLatency(valueMs, limits)) return undefined;
  const ts = num(e.serverTimestamp);
  const size = e.payloadSize ?? 0;
  if (!wholeAtLeastZero(ts) || !wholeAtLeastZero(size) || size > LIMITS.payloadBytes) return undefined;
  if (size === 0 && (e.payload?.length ?? 0) > 0) return undefined;
  const event: IngestEvent = { targetId, key, metadata, timestampMs: ts === 0 ? arrivalMs : ts / 1e6, payloadBytes: size };
  if (valueMs !== null) event.valueMs = valueMs;
  return event;
}
