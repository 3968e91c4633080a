/**
 * The head of a ServerMessage{batch} frame (seq, snapshot, server_time),
 * read without decoding its updates: a viewer process of thousands of
 * sockets can afford this per frame where a full decode would be the bench's
 * own bottleneck.
 */
export interface BatchHead {
  seq: number;
  snapshot: boolean;
  serverTimeMs: number;
}

/** seq, snapshot and server_time of a ServerMessage{batch}, skipping the updates undecoded; undefined for other messages. */
export function batchHead(buf: Buffer): BatchHead | undefined {
  let p = 0;
  const varint = (): number => {
    let v = 0;
    let s = 1;
    for (;;) {
      const x = buf[p++];
      v += (x & 0x7f) * s;
      if (x < 0x80) return v;
      s *= 128;
    }
  };
  if (buf.length < 2 || varint() !== ((2 << 3) | 2)) return undefined; // ServerMessage.batch = 2
  const end = varint() + p;
  const head: BatchHead = { seq: 0, snapshot: false, serverTimeMs: Number.NaN };
  while (p < end) {
    const tag = varint();
    const field = tag >>> 3;
    const type = tag & 7;
    if (type === 0) {
      const v = varint();
      if (field === 3) head.seq = v;
      else if (field === 4) head.snapshot = v === 1;
      else if (field === 7) head.serverTimeMs = v / 1e6;
    } else if (type === 2) {
      const len = varint();
      p += len;
    } else if (type === 1) p += 8;
    else if (type === 5) p += 4;
    else return undefined;
  }
  return head;
}
