import { encodeServerMessage, serverMessageToJson, type MetricsBatch, type PiecewiseBatch, type ServerMessage } from '@latency-dash/protocol';
import * as ws from 'ws';

/** The part of ws's Sender the fan-out uses (not in @types/ws): builds one unmasked frame, header first. */
interface SenderStatic {
  frame(data: Buffer, options: { fin: boolean; rsv1: boolean; opcode: number; mask: boolean; readOnly: boolean }): Buffer[];
}
const Sender = (ws as unknown as { Sender: SenderStatic }).Sender;
if (typeof Sender?.frame !== 'function') throw new Error('the ws library no longer exports Sender.frame: pre-framed fan-out needs it');

const OPCODE_TEXT = 1;
const OPCODE_BINARY = 2;

/** A whole WebSocket frame (header and payload) in one buffer, so each socket costs one write of it. */
function wsFrame(payload: Buffer, opcode: number): Buffer {
  const parts = Sender.frame(payload, { fin: true, rsv1: false, opcode, mask: false, readOnly: true });
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

/**
 * One outgoing message, encoded and framed at most once per format however
 * many connections it goes to: every subscriber of a group gets the same
 * bytes, WebSocket header included.
 */
export class OutFrame {
  private binary: Uint8Array | undefined;
  private text: string | undefined;
  private framedBinary: Buffer | undefined;
  private framedText: Buffer | undefined;
  /** `built`: a batch encoded piece by piece (a large snapshot); a form it lacks is encoded from `message` if asked for. */
  constructor(
    readonly message: ServerMessage,
    built?: { pieces: PiecewiseBatch; envelope: MetricsBatch },
  ) {
    if (built?.pieces.binary) this.binary = built.pieces.bytes(built.envelope);
    if (built?.pieces.json) this.text = built.pieces.jsonText(built.envelope);
  }

  /**
   * A frame another node built (cluster/relay-hub.ts): its binary message
   * and whole WebSocket frame as they came, written to viewers as they are;
   * `message` is their decoding, for JSON viewers.
   */
  static relayed(message: ServerMessage, bytes: Uint8Array, framed: Buffer): OutFrame {
    const frame = new OutFrame(message);
    frame.binary = bytes;
    frame.framedBinary = framed;
    return frame;
  }

  bytes(): Uint8Array {
    return (this.binary ??= encodeServerMessage(this.message));
  }

  json(): string {
    return (this.text ??= serverMessageToJson(this.message));
  }

  /** The binary message as a complete, unmasked WebSocket frame (server to client). */
  framedBytes(): Buffer {
    if (this.framedBinary === undefined) {
      const b = this.bytes();
      this.framedBinary = wsFrame(Buffer.from(b.buffer, b.byteOffset, b.byteLength), OPCODE_BINARY);
    }
    return this.framedBinary;
  }

  /** The JSON message as a complete, unmasked WebSocket text frame. */
  framedJson(): Buffer {
    return (this.framedText ??= wsFrame(Buffer.from(this.json(), 'utf8'), OPCODE_TEXT));
  }
}

/** What the fan-out needs from a connection. */
export interface FrameSink {
  readonly json: boolean;
  /** Bytes queued in the socket but not yet handed to the kernel. */
  readonly bufferedAmount: number;
  send(frame: OutFrame): void;
  /** Ends a connection that stayed stalled past the limit. */
  closeSlow(reason: string): void;
}

export function sendFrame(sink: FrameSink, frame: OutFrame): number {
  sink.send(frame);
  return sink.json ? frame.json().length : frame.bytes().length;
}
