import { crc32 } from 'node:zlib';
import type { IngestEvent, Metadata, Series } from '../metrics/series.js';
import { ByteReader, ByteWriter } from './bytes.js';

/**
 * The log's on-disk form. A segment file is a 16-byte header (magic, then
 * the first entry's sequence number) and records:
 *
 *   u32 payload length | u32 crc32(payload) | payload
 *
 * A payload is `u8 kind | f64 first sequence number | u32 entries | items`;
 * an item is a series definition (tag 0: target, key, metadata; numbered
 * in the record from 0), an event (tag 1: series number, then arrival ms,
 * processing ms, event ms, valueMs or NaN, payload bytes, all as the
 * engine used them, so a replay computes the same samples and rates), or a
 * target removal (tag 2). Events and removals are entries: each takes the
 * next sequence number. Numbers are little-endian; times are float64 so
 * they come back bit for bit. A series is written once per record, so a
 * batch's events cost 41 bytes each.
 */
export const SEGMENT_MAGIC = Buffer.from('LDWAL01\n', 'latin1');
export const SEGMENT_HEADER_BYTES = 16;
export const FRAME_BYTES = 8;
/** Larger lengths are damage, not records: a record is sealed near RECORD_SEAL_BYTES. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
/** A record is written once it grows past this, even in the middle of a batch. */
export const RECORD_SEAL_BYTES = 1024 * 1024;

export const RecordKind = {
  Entries: 1,
  /** No entries: written to learn whether a failing disk takes writes again. */
  Probe: 2,
} as const;

const TAG_SERIES = 0;
const TAG_EVENT = 1;
const TAG_REMOVE = 2;
const PAYLOAD_HEAD = 1 + 8 + 4;

export function segmentHeader(firstLsn: number): Buffer {
  const b = Buffer.alloc(SEGMENT_HEADER_BYTES);
  SEGMENT_MAGIC.copy(b, 0);
  b.writeDoubleLE(firstLsn, 8);
  return b;
}

/**
 * A series' definition item, encoded once per series (its target, key and
 * metadata never change), and its number in the record being built: one
 * lookup per event, nothing rebuilt per record.
 */
interface Definition {
  bytes: Buffer;
  /** The record (of any builder) it was last numbered in. */
  record: number;
  ref: number;
}
const definitions = new WeakMap<Series, Definition>();
let records = 0;

function definitionOf(targetId: string, series: Series): Definition {
  let def = definitions.get(series);
  if (def === undefined) {
    const w = new ByteWriter(256);
    w.u8(TAG_SERIES);
    w.str(targetId);
    w.str(series.key);
    const names = Object.keys(series.metadata);
    w.u16(names.length);
    for (const name of names) {
      w.str(name);
      w.str(series.metadata[name]);
    }
    def = { bytes: Buffer.from(w.view()), record: -1, ref: 0 };
    definitions.set(series, def);
  }
  return def;
}

const EVENT_BYTES = 41;

/** Builds one record in memory as entries come; `finish` frames it for the file. */
export class RecordBuilder {
  private readonly w = new ByteWriter(256 * 1024);
  private viewOf = this.w.buf;
  private view = new DataView(this.viewOf.buffer, this.viewOf.byteOffset, this.viewOf.byteLength);
  private record = ++records;
  private refs = 0;
  entries = 0;
  firstLsn = 0;

  get empty(): boolean {
    return this.entries === 0;
  }

  get bytes(): number {
    return this.w.length;
  }

  private start(lsn: number): void {
    if (this.entries > 0) return;
    this.firstLsn = lsn;
    this.w.length = FRAME_BYTES + PAYLOAD_HEAD;
  }

  addEvent(lsn: number, targetId: string, series: Series, event: IngestEvent, arrivalMs: number, processingMs: number): void {
    this.start(lsn);
    const w = this.w;
    const def = definitionOf(targetId, series);
    if (def.record !== this.record) {
      def.record = this.record;
      def.ref = this.refs++;
      const bytes = def.bytes;
      const n = bytes.length;
      w.reserve(n);
      // A few dozen bytes: a loop beats a native copy call.
      const b = w.buf;
      const at = w.length;
      for (let i = 0; i < n; i++) b[at + i] = bytes[i];
      w.length = at + n;
    }
    const ref = def.ref;
    w.reserve(EVENT_BYTES);
    if (this.viewOf !== w.buf) {
      this.viewOf = w.buf;
      this.view = new DataView(w.buf.buffer, w.buf.byteOffset, w.buf.byteLength);
    }
    // DataView stores compile to plain moves; Buffer's write methods check and copy byte by byte.
    const v = this.view;
    const at = w.length;
    v.setUint8(at, TAG_EVENT);
    v.setUint32(at + 1, ref, true);
    v.setFloat64(at + 5, arrivalMs, true);
    v.setFloat64(at + 13, processingMs, true);
    v.setFloat64(at + 21, event.timestampMs, true);
    v.setFloat64(at + 29, event.valueMs ?? Number.NaN, true);
    v.setUint32(at + 37, event.payloadBytes, true);
    w.length = at + EVENT_BYTES;
    this.entries++;
  }

  addRemoval(lsn: number, targetId: string): void {
    this.start(lsn);
    this.w.u8(TAG_REMOVE);
    this.w.str(targetId);
    this.entries++;
  }

  /** The framed record (a view into the builder, valid until the next add); the builder is empty afterwards. */
  finish(): Buffer {
    const b = this.w.buf;
    const end = this.w.length;
    b[FRAME_BYTES] = RecordKind.Entries;
    b.writeDoubleLE(this.firstLsn, FRAME_BYTES + 1);
    b.writeUInt32LE(this.entries, FRAME_BYTES + 9);
    b.writeUInt32LE(end - FRAME_BYTES, 0);
    b.writeUInt32LE(crc32(b.subarray(FRAME_BYTES, end)), 4);
    this.entries = 0;
    this.record = ++records;
    this.refs = 0;
    this.w.length = 0;
    return b.subarray(0, end);
  }
}

/** A record that carries nothing, to test whether the disk takes writes again. */
export function probeRecord(lsn: number): Buffer {
  const b = Buffer.alloc(FRAME_BYTES + PAYLOAD_HEAD);
  b[FRAME_BYTES] = RecordKind.Probe;
  b.writeDoubleLE(lsn, FRAME_BYTES + 1);
  b.writeUInt32LE(0, FRAME_BYTES + 9);
  b.writeUInt32LE(PAYLOAD_HEAD, 0);
  b.writeUInt32LE(crc32(b.subarray(FRAME_BYTES)), 4);
  return b;
}

/** An event as the log gives it back. */
export interface LoggedEvent {
  lsn: number;
  event: IngestEvent;
  arrivalMs: number;
  processingMs: number;
}

export interface EntryVisitor {
  event(e: LoggedEvent): void;
  removal(lsn: number, targetId: string): void;
}

/** Reads a payload whose crc matched; throws (ShortRead, RangeError) if its inside is still inconsistent. */
export function decodeRecord(payload: Buffer, visit: EntryVisitor): { firstLsn: number; entries: number } {
  const r = new ByteReader(payload);
  const kind = r.u8();
  const firstLsn = r.f64();
  const entries = r.u32();
  if (kind === RecordKind.Probe) return { firstLsn, entries: 0 };
  if (kind !== RecordKind.Entries) throw new RangeError(`unknown record kind ${kind}`);
  const series: { targetId: string; key: string; metadata: Metadata }[] = [];
  let lsn = firstLsn;
  let seen = 0;
  while (r.left > 0) {
    const tag = r.u8();
    if (tag === TAG_SERIES) {
      const targetId = r.str();
      const key = r.str();
      const n = r.u16();
      const metadata: Record<string, string> = {};
      for (let i = 0; i < n; i++) {
        const name = r.str();
        metadata[name] = r.str();
      }
      series.push({ targetId, key, metadata });
    } else if (tag === TAG_EVENT) {
      const s = series[r.u32()];
      if (s === undefined) throw new RangeError('an event names a series the record did not define');
      const arrivalMs = r.f64();
      const processingMs = r.f64();
      const timestampMs = r.f64();
      const valueMs = r.f64();
      const payloadBytes = r.u32();
      const event: IngestEvent = { targetId: s.targetId, key: s.key, metadata: s.metadata, timestampMs, payloadBytes };
      if (!Number.isNaN(valueMs)) event.valueMs = valueMs;
      visit.event({ lsn: lsn++, event, arrivalMs, processingMs });
      seen++;
    } else if (tag === TAG_REMOVE) {
      visit.removal(lsn++, r.str());
      seen++;
    } else {
      throw new RangeError(`unknown item tag ${tag}`);
    }
  }
  if (seen !== entries) throw new RangeError(`the record says ${entries} entries and holds ${seen}`);
  return { firstLsn, entries };
}

export type Damage = 'torn' | 'checksum' | 'length' | 'header';

export interface ScannedRecord {
  payload: Buffer;
  /** Offset just past the record. */
  end: number;
}

/**
 * Walks a segment's records up to the first one that is incomplete (a
 * write cut short by a crash or a full disk), fails its checksum, or has
 * an impossible length. `goodEnd` is where the file should be cut.
 */
export function scanSegment(file: Buffer): { firstLsn: number; records: ScannedRecord[]; goodEnd: number; damage: Damage | undefined } {
  if (file.length < SEGMENT_HEADER_BYTES || !file.subarray(0, SEGMENT_MAGIC.length).equals(SEGMENT_MAGIC)) {
    return { firstLsn: Number.NaN, records: [], goodEnd: 0, damage: 'header' };
  }
  const firstLsn = file.readDoubleLE(8);
  const records: ScannedRecord[] = [];
  let at = SEGMENT_HEADER_BYTES;
  let damage: Damage | undefined;
  while (at < file.length) {
    if (file.length - at < FRAME_BYTES) {
      damage = 'torn';
      break;
    }
    const length = file.readUInt32LE(at);
    if (length < PAYLOAD_HEAD || length > MAX_RECORD_BYTES) {
      damage = 'length';
      break;
    }
    const end = at + FRAME_BYTES + length;
    if (end > file.length) {
      damage = 'torn';
      break;
    }
    const payload = file.subarray(at + FRAME_BYTES, end);
    if (crc32(payload) !== file.readUInt32LE(at + 4)) {
      damage = 'checksum';
      break;
    }
    records.push({ payload, end });
    at = end;
  }
  return { firstLsn, records, goodEnd: at, damage };
}
