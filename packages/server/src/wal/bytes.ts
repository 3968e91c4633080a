/** A growable little-endian buffer for the log's records and snapshots. */
export class ByteWriter {
  buf: Buffer;
  length = 0;

  constructor(initialBytes = 64 * 1024) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  reserve(bytes: number): void {
    const need = this.length + bytes;
    if (need <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }

  u16(v: number): void {
    this.reserve(2);
    this.length = this.buf.writeUInt16LE(v, this.length);
  }

  u32(v: number): void {
    this.reserve(4);
    this.length = this.buf.writeUInt32LE(v, this.length);
  }

  f64(v: number): void {
    this.reserve(8);
    this.length = this.buf.writeDoubleLE(v, this.length);
  }

  /** UTF-8 with a u16 byte length: every string the server keeps (ids, keys, metadata) is far shorter. */
  str(s: string): void {
    this.reserve(2 + s.length * 3);
    const n = this.buf.write(s, this.length + 2, 'utf8');
    this.buf.writeUInt16LE(n, this.length);
    this.length += 2 + n;
  }

  bytes(view: ArrayBufferView): void {
    const src = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    this.reserve(src.length);
    src.copy(this.buf, this.length);
    this.length += src.length;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

/** Thrown when a reader runs past its bytes: the caller treats the record as damaged. */
export class ShortRead extends Error {
  override name = 'ShortRead';
}

export class ByteReader {
  offset: number;

  constructor(
    readonly buf: Buffer,
    offset = 0,
    readonly end = buf.length,
  ) {
    this.offset = offset;
  }

  private take(n: number): number {
    const at = this.offset;
    if (at + n > this.end) throw new ShortRead(`needs ${n} bytes at ${at}, ${this.end - at} left`);
    this.offset = at + n;
    return at;
  }

  u8(): number {
    return this.buf[this.take(1)];
  }

  u16(): number {
    return this.buf.readUInt16LE(this.take(2));
  }

  u32(): number {
    return this.buf.readUInt32LE(this.take(4));
  }

  f64(): number {
    return this.buf.readDoubleLE(this.take(8));
  }

  str(): string {
    const n = this.u16();
    const at = this.take(n);
    return this.buf.toString('utf8', at, at + n);
  }

  /** Float64 values, copied (the source may not be 8-byte aligned). */
  f64s(count: number): Float64Array {
    const at = this.take(count * 8);
    const out = new Float64Array(count);
    Buffer.from(out.buffer).set(this.buf.subarray(at, at + count * 8));
    return out;
  }

  u16s(count: number): Uint16Array {
    const at = this.take(count * 2);
    const out = new Uint16Array(count);
    Buffer.from(out.buffer).set(this.buf.subarray(at, at + count * 2));
    return out;
  }

  u32s(count: number): Uint32Array {
    const at = this.take(count * 4);
    const out = new Uint32Array(count);
    Buffer.from(out.buffer).set(this.buf.subarray(at, at + count * 4));
    return out;
  }

  get left(): number {
    return this.end - this.offset;
  }
}
