import { encodeServerMessage, serverMessageToJson, type MetricsBatch, type PiecewiseBatch, type ServerMessage } from '@latency-dash/protocol';

/**
 * One outgoing message, encoded at most once per format however many
 * connections it goes to: every subscriber of a group gets the same bytes.
 */
export class OutFrame {
  private binary: Uint8Array | undefined;
  private text: string | undefined;
  /** `built`: a batch encoded piece by piece (a large snapshot); a form it lacks is encoded from `message` if asked for. */
  constructor(
    readonly message: ServerMessage,
    built?: { pieces: PiecewiseBatch; envelope: MetricsBatch },
  ) {
    if (built?.pieces.binary) this.binary = built.pieces.bytes(built.envelope);
    if (built?.pieces.json) this.text = built.pieces.jsonText(built.envelope);
  }

  bytes(): Uint8Array {
    return (this.binary ??= encodeServerMessage(this.message));
  }

  json(): string {
    return (this.text ??= serverMessageToJson(this.message));
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
