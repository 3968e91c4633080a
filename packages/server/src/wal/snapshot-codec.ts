import { crc32 } from 'node:zlib';
import type { SeriesState, TargetSnapshot } from '../metrics/engine-restore.js';
import { ByteReader, ByteWriter } from './bytes.js';

/**
 * A snapshot file: the engine's live state after log entry `lsn`.
 *
 *   magic | f64 lsn | f64 taken at (Unix ms) | u32 targets | targets… | u32 crc32 of all before it
 *
 * Windows are written as their raw ring, rank order and running sum, so a
 * restore gives back the same statistics bit for bit (sample-window.ts).
 * Typed arrays are in the host's byte order (little-endian everywhere
 * Node runs in practice); the magic names the format version.
 */
export const SNAPSHOT_MAGIC = Buffer.from('LDSNAP01', 'latin1');

export interface Snapshot {
  lsn: number;
  takenAtMs: number;
  targets: TargetSnapshot[];
}

export function encodeSnapshot(snap: Snapshot): Buffer {
  const parts = [encodeSnapshotHead(snap.lsn, snap.takenAtMs, snap.targets.length)];
  for (const t of snap.targets) {
    parts.push(encodeTargetHead(t, t.series.length));
    for (const s of t.series) parts.push(encodeSeriesState(s));
  }
  return Buffer.concat([...parts, snapshotSeal(parts)]);
}

/** The file's first bytes: magic, lsn, time taken, number of targets. */
export function encodeSnapshotHead(lsn: number, takenAtMs: number, targets: number): Buffer {
  const w = new ByteWriter(SNAPSHOT_MAGIC.length + 20);
  w.bytes(SNAPSHOT_MAGIC);
  w.f64(lsn);
  w.f64(takenAtMs);
  w.u32(targets);
  return w.view();
}

/** A target's own fields and the number of its series, which follow it. */
export function encodeTargetHead(t: Omit<TargetSnapshot, 'series'>, series: number): Buffer {
  const w = new ByteWriter(64 + t.id.length * 3);
  w.str(t.id);
  w.f64(t.createdMs);
  w.f64(t.eventCount);
  w.f64(t.lastEventMs);
  w.f64(t.lastViewedMs);
  w.f64(t.refusedEvents);
  w.u8(t.atLimit ? 1 : 0);
  w.u32(series);
  return w.view();
}

/** One series, sized up front (strings at their UTF-8 worst case) so its buffer is allocated once. */
export function encodeSeriesState(s: SeriesState): Buffer {
  let estimate = 96 + s.key.length * 3 + s.window.ring.byteLength + s.window.order.byteLength + s.rate.byteLength;
  for (const name of Object.keys(s.metadata)) estimate += 4 + (name.length + s.metadata[name].length) * 3;
  const w = new ByteWriter(estimate);
  writeSeries(w, s);
  return w.view();
}

/** The last four bytes: crc32 of every part before them. */
export function snapshotSeal(parts: readonly Buffer[]): Buffer {
  let crc = 0;
  for (const p of parts) crc = crc32(p, crc);
  return sealOf(crc);
}

/** The seal for a crc32 already summed over the parts (zlib.crc32 with each running value). */
export function sealOf(crc: number): Buffer {
  const seal = Buffer.alloc(4);
  seal.writeUInt32LE(crc >>> 0);
  return seal;
}

function writeSeries(w: ByteWriter, s: SeriesState): void {
  w.u8(s.split ? 1 : 0);
  w.str(s.key);
  const names = Object.keys(s.metadata);
  w.u16(names.length);
  for (const name of names) {
    w.str(name);
    w.str(s.metadata[name]);
  }
  w.f64(s.count);
  w.f64(s.lastPayloadBytes);
  w.f64(s.lastUpdateMs);
  w.f64(s.lastEventMs);
  const win = s.window;
  w.u32(win.capacity);
  w.u32(win.ring.length);
  w.u32(win.head);
  w.f64(win.sum);
  w.u32(win.addsSinceResum);
  w.bytes(win.ring);
  // Ranks are 2 bytes for windows up to 65,535 samples.
  w.u8(win.order.BYTES_PER_ELEMENT);
  w.bytes(win.order);
  w.u32(s.rate.length);
  w.bytes(s.rate);
}

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Reads a snapshot file; throws SnapshotError when it is not one or is damaged. */
export function decodeSnapshot(file: Buffer): Snapshot {
  if (file.length < SNAPSHOT_MAGIC.length + 24 || !file.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC)) {
    throw new SnapshotError('not a snapshot (bad magic or too short)');
  }
  const body = file.length - 4;
  if (crc32(file.subarray(0, body)) !== file.readUInt32LE(body)) throw new SnapshotError('checksum mismatch');
  try {
    const r = new ByteReader(file, SNAPSHOT_MAGIC.length, body);
    const lsn = r.f64();
    const takenAtMs = r.f64();
    const count = r.u32();
    const targets: TargetSnapshot[] = [];
    for (let i = 0; i < count; i++) {
      const id = r.str();
      const createdMs = r.f64();
      const eventCount = r.f64();
      const lastEventMs = r.f64();
      const lastViewedMs = r.f64();
      const refusedEvents = r.f64();
      const atLimit = r.u8() === 1;
      const n = r.u32();
      const series: SeriesState[] = [];
      for (let j = 0; j < n; j++) series.push(readSeries(r));
      targets.push({ id, createdMs, eventCount, lastEventMs, lastViewedMs, refusedEvents, atLimit, series });
    }
    if (r.left !== 0) throw new SnapshotError(`${r.left} bytes after the last target`);
    return { lsn, takenAtMs, targets };
  } catch (err) {
    if (err instanceof SnapshotError) throw err;
    throw new SnapshotError(`inconsistent contents: ${(err as Error).message}`);
  }
}

function readSeries(r: ByteReader): SeriesState {
  const split = r.u8() === 1;
  const key = r.str();
  const names = r.u16();
  const metadata: Record<string, string> = {};
  for (let i = 0; i < names; i++) {
    const name = r.str();
    metadata[name] = r.str();
  }
  const count = r.f64();
  const lastPayloadBytes = r.f64();
  const lastUpdateMs = r.f64();
  const lastEventMs = r.f64();
  const capacity = r.u32();
  const size = r.u32();
  const head = r.u32();
  const sum = r.f64();
  const addsSinceResum = r.u32();
  if (size > capacity || (size > 0 && head >= size)) throw new SnapshotError(`a window of ${size} samples cannot have capacity ${capacity} and head ${head}`);
  const ring = r.f64s(size);
  const width = r.u8();
  if (width !== 2 && width !== 4) throw new SnapshotError(`window ranks of ${width} bytes`);
  const order = width === 2 ? r.u16s(size) : r.u32s(size);
  for (let i = 0; i < size; i++) if (order[i] >= size) throw new SnapshotError('a window rank points outside its ring');
  const rate = r.f64s(r.u32());
  return { key, metadata, split, count, lastPayloadBytes, lastUpdateMs, lastEventMs, window: { capacity, ring, order, head, sum, addsSinceResum }, rate };
}
