import { DDSketch } from '@datadog/sketches-js';

/**
 * A compact, sparse encoding of a DDSketch of non-negative values: the zero
 * count, then each non-empty bin as (key delta, count) varints. The
 * library's own toProto writes every bin between the lowest and highest key
 * as a double (kilobytes for a single second's rollup); this is a few bytes
 * per occupied bin, which is what makes 24 h of per-second history fit.
 * Version byte first, so the format can change.
 */
const VERSION = 1;

export function encodeSketch(sketch: DDSketch): Buffer {
  const { bins, offset } = sketch.store;
  return encodeBins(sketch.zeroCount, bins, 0, bins.length - 1, offset);
}

/** The encoding of a sketch whose bins[from..to] hold the counts of keys offset + index. */
export function encodeBins(zeroCount: number, bins: ArrayLike<number>, from: number, to: number, offset: number): Buffer {
  const bytes: number[] = [VERSION];
  writeVarint(bytes, Math.round(zeroCount));
  let occupied = 0;
  for (let i = from; i <= to; i++) if (bins[i] > 0) occupied++;
  writeVarint(bytes, occupied);
  let previous = 0;
  for (let i = from; i <= to; i++) {
    if (!(bins[i] > 0)) continue;
    const key = i + offset;
    writeVarint(bytes, zigzag(key - previous));
    writeVarint(bytes, Math.round(bins[i]));
    previous = key;
  }
  return Buffer.from(bytes);
}

export function decodeSketch(buf: Uint8Array, relativeAccuracy: number): DDSketch {
  return decodeSketchInto(new DDSketch({ relativeAccuracy }), buf);
}

/** Adds an encoded sketch's bins to `sketch` (a merge without building a second sketch). */
export function decodeSketchInto(sketch: DDSketch, buf: Uint8Array): DDSketch {
  const reader = { buf, pos: 0 };
  if (buf[reader.pos++] !== VERSION) throw new Error(`unknown sketch encoding version ${buf[0]}`);
  const zeros = readVarint(reader);
  if (zeros > 0) sketch.accept(0, zeros);
  const occupied = readVarint(reader);
  let key = 0;
  for (let i = 0; i < occupied; i++) {
    key += unzigzag(readVarint(reader));
    const count = readVarint(reader);
    sketch.store.add(key, count);
    sketch.count += count;
  }
  return sketch;
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

// Plain arithmetic rather than bit operators: counts can pass 2^31.
function writeVarint(out: number[], n: number): void {
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
}

function readVarint(r: { buf: Uint8Array; pos: number }): number {
  let n = 0;
  let scale = 1;
  for (;;) {
    if (r.pos >= r.buf.length) throw new Error('truncated sketch');
    const b = r.buf[r.pos++];
    n += (b & 0x7f) * scale;
    if (b < 0x80) return n;
    scale *= 0x80;
  }
}
