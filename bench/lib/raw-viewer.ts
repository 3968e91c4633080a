/**
 * A WebSocket viewer for the fan-out bench that costs its process as little
 * as a viewer can: its own HTTP upgrade on a plain TCP socket, then frames
 * counted straight from the socket's chunks, without the `ws` client's
 * receiver, a Buffer per message or an event per message. Of each batch it
 * reads only the first bytes (seq and snapshot: ServerMessage.batch's fields
 * 3 and 4 come before the updates), so counts, bytes, gaps and snapshots are
 * exact; the delivery delay (server_time, after the updates) is left to the
 * bench's sampled viewers, which use the `ws` client and read the whole head.
 * It answers pings (the server drops viewers that miss pongs) and stops on a
 * close frame.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

/** Payload bytes read of each frame: a batch's seq and snapshot (tag, length, target id, split, seq, snapshot) fit, and a whole control frame (under 126). */
const HEAD_BYTES = 128;

/**
 * Every raw viewer of a thread reads into this one buffer (net's `onread`):
 * no Buffer is made and no stream event is emitted per read, which at
 * 100,000 frames a second was most of the viewers' process. A read is
 * handled before the next one lands, so only a frame header split over two
 * reads is copied out of it.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

export interface RawViewerEvents {
  /** The upgrade was answered with 101. */
  open(): void;
  /** The upgrade was refused, or the connection failed before it. */
  failed(): void;
  /** A ServerMessage{batch} frame: its seq and snapshot flag, and the frame's payload size. */
  batch(seq: number, snapshot: boolean, bytes: number): void;
  close(): void;
}

/** A client frame (masked, as RFC 6455 requires of clients) with a payload under 126 bytes. */
function clientFrame(opcode: number, payload: Uint8Array): Buffer {
  if (payload.length > 125) throw new Error('raw viewer: control and subscribe frames stay under 126 bytes');
  const mask = randomBytes(4);
  const out = Buffer.allocUnsafe(6 + payload.length);
  out[0] = 0x80 | opcode;
  out[1] = 0x80 | payload.length;
  mask.copy(out, 2);
  for (let i = 0; i < payload.length; i++) out[6 + i] = payload[i] ^ mask[i & 3];
  return out;
}

/** seq and snapshot of ServerMessage{batch} from its first bytes; undefined if it is another message. */
function batchHead(buf: Buffer, end: number): { seq: number; snapshot: boolean } | undefined {
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let s = 1;
    for (;;) {
      if (p >= end) return Number.NaN;
      const x = buf[p++];
      v += (x & 0x7f) * s;
      if (x < 0x80) return v;
      s *= 128;
    }
  };
  if (end < 2 || buf[p++] !== ((2 << 3) | 2)) return undefined; // ServerMessage.batch = 2
  varint(); // the batch's length
  const head = { seq: 0, snapshot: false };
  while (p < end) {
    const tag = varint();
    const field = tag >>> 3;
    const type = tag & 7;
    if (field >= 5 || Number.isNaN(tag)) break; // the updates: what comes before them is all it needs
    if (type === 0) {
      const v = varint();
      if (field === 3) head.seq = v;
      else if (field === 4) head.snapshot = v === 1;
    } else if (type === 2) {
      const len = varint(); // read before p: `p += varint()` would add to p's old value
      p += len;
    } else if (type === 1) p += 8;
    else if (type === 5) p += 4;
    else break;
  }
  return head;
}

export class RawViewer {
  private readonly socket: Socket;
  private upgraded = false;
  private handshake = '';
  /** Header bytes of a frame split over two chunks. */
  private partial: Buffer | undefined;
  /** Payload bytes still to come of the current frame. */
  private remaining = 0;
  private opcode = 0;
  private payloadLength = 0;
  /** The first payload bytes of the current frame, gathered until HEAD_BYTES (or the whole payload) are in. */
  private readonly head = Buffer.allocUnsafe(HEAD_BYTES);
  private headHave = 0;
  private headWant = 0;
  private closed = false;

  constructor(
    host: string,
    port: number,
    path: string,
    private readonly firstMessage: Uint8Array,
    private readonly on: RawViewerEvents,
  ) {
    this.socket = connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: READ_BUFFER,
        callback: (nread: number, buf: Uint8Array) => {
          this.data(Buffer.from(buf.buffer, buf.byteOffset, nread));
          return true;
        },
      },
    });
    this.socket.on('connect', () => {
      const key = randomBytes(16).toString('base64');
      this.socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    this.socket.on('error', () => {});
    this.socket.on('close', () => {
      if (!this.upgraded) this.on.failed();
      else if (!this.closed) this.on.close();
      this.closed = true;
    });
  }

  terminate(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private data(chunk: Buffer): void {
    if (!this.upgraded) {
      // The answer's head is ASCII; frames may follow it in the same chunk.
      this.handshake += chunk.toString('latin1');
      const end = this.handshake.indexOf('\r\n\r\n');
      if (end < 0) return;
      if (!this.handshake.startsWith('HTTP/1.1 101')) {
        this.socket.destroy();
        return;
      }
      this.upgraded = true;
      const rest = chunk.subarray(chunk.length - (this.handshake.length - end - 4));
      this.handshake = '';
      this.socket.write(clientFrame(0x2, this.firstMessage));
      this.on.open();
      if (rest.length > 0) this.frames(rest);
      return;
    }
    this.frames(chunk);
  }

  private frames(chunk: Buffer): void {
    let buf = chunk;
    if (this.partial !== undefined) {
      buf = Buffer.concat([this.partial, chunk]);
      this.partial = undefined;
    }
    let p = 0;
    const n = buf.length;
    while (p < n) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, n - p);
        if (this.headHave < this.headWant) {
          const copy = Math.min(take, this.headWant - this.headHave);
          buf.copy(this.head, this.headHave, p, p + copy);
          this.headHave += copy;
          if (this.headHave === this.headWant) this.payloadStart();
        }
        p += take;
        this.remaining -= take;
        if (this.remaining === 0) this.frameEnd();
        continue;
      }
      // A frame header: 2 bytes, then 2 or 8 of length (server frames are unmasked).
      if (n - p < 2) {
        this.partial = Buffer.from(buf.subarray(p));
        return;
      }
      const b0 = buf[p];
      const len7 = buf[p + 1] & 0x7f;
      const headerLength = len7 === 126 ? 4 : len7 === 127 ? 10 : 2;
      if (n - p < headerLength) {
        this.partial = Buffer.from(buf.subarray(p));
        return;
      }
      this.opcode = b0 & 0x0f;
      this.payloadLength = len7 === 126 ? buf.readUInt16BE(p + 2) : len7 === 127 ? Number(buf.readBigUInt64BE(p + 2)) : len7;
      p += headerLength;
      this.remaining = this.payloadLength;
      this.headHave = 0;
      this.headWant = Math.min(HEAD_BYTES, this.payloadLength);
      if (this.headWant === 0) this.payloadStart();
      if (this.remaining === 0) this.frameEnd();
    }
  }

  /** The first bytes of the payload are in `head`. */
  private payloadStart(): void {
    if (this.opcode === 0x2) {
      const h = batchHead(this.head, this.headHave);
      if (h !== undefined) this.on.batch(h.seq, h.snapshot, this.payloadLength);
    }
  }

  private frameEnd(): void {
    if (this.opcode === 0x9) this.socket.write(clientFrame(0xa, this.head.subarray(0, this.headHave)));
    else if (this.opcode === 0x8) {
      this.closed = true;
      this.on.close();
      this.socket.destroy();
    }
  }
}
