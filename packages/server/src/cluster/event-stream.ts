import type { Redis } from 'ioredis';
import type { IngestEvent } from '../metrics/series.js';
import { ByteReader, ByteWriter } from '../wal/bytes.js';

/**
 * Events on their way from the node that took them to the owner of their
 * partition: one Redis stream per partition, one stream entry per accepted
 * batch (its events for that partition), so a producer is acknowledged once
 * XADD has answered. XADD trims nothing: the owner trims a stream when it
 * checkpoints the partition (partition-checkpoint.ts), only below the
 * checkpoint, so a new owner always finds every event the checkpoint does
 * not cover.
 */
export interface StreamEvent {
  readonly event: IngestEvent;
  /** When the taking node accepted it (Unix ms): the owner computes with this time, not its own. */
  readonly arrivalMs: number;
}

const VERSION = 1;
const FIELD = 'b';

export function streamKey(prefix: string, partition: number): string {
  return `${prefix}:ev:${partition}`;
}

/** An entry's payload: version, count, then per event target, key, metadata pairs, times, payload size and valueMs (NaN when absent). */
export function encodeStreamBatch(events: readonly StreamEvent[]): Buffer {
  const w = new ByteWriter(256 + events.length * 64);
  w.u8(VERSION);
  w.u32(events.length);
  for (const { event, arrivalMs } of events) {
    w.str(event.targetId);
    w.str(event.key);
    const names = Object.keys(event.metadata);
    w.u16(names.length);
    for (const name of names) {
      w.str(name);
      w.str(event.metadata[name]);
    }
    w.f64(event.timestampMs);
    w.f64(arrivalMs);
    w.f64(event.payloadBytes);
    w.f64(event.valueMs ?? Number.NaN);
  }
  return Buffer.from(w.view());
}

export function decodeStreamBatch(payload: Buffer): StreamEvent[] {
  const r = new ByteReader(payload);
  const version = r.u8();
  if (version !== VERSION) throw new Error(`cluster event stream: unknown entry version ${version} (a node of another release?)`);
  const n = r.u32();
  const out: StreamEvent[] = [];
  for (let i = 0; i < n; i++) {
    const targetId = r.str();
    const key = r.str();
    const pairs = r.u16();
    const metadata: Record<string, string> = {};
    for (let j = 0; j < pairs; j++) {
      const name = r.str();
      metadata[name] = r.str();
    }
    const timestampMs = r.f64();
    const arrivalMs = r.f64();
    const payloadBytes = r.f64();
    const value = r.f64();
    const event: IngestEvent = { targetId, key, metadata, timestampMs, payloadBytes };
    if (!Number.isNaN(value)) event.valueMs = value;
    out.push({ event, arrivalMs });
  }
  return out;
}

/**
 * Appends each partition's share of a batch in one round trip (a MULTI, so
 * the batch is in Redis whole or not at all) and resolves once Redis has
 * them all: then, and only then, the producer may be acknowledged.
 */
export async function appendEvents(redis: Redis, prefix: string, byPartition: ReadonlyMap<number, readonly StreamEvent[]>): Promise<void> {
  const tx = redis.multi();
  for (const [partition, events] of byPartition) tx.xadd(streamKey(prefix, partition), '*', FIELD, encodeStreamBatch(events));
  const results = await tx.exec();
  for (const [err] of results ?? []) if (err) throw err;
}

/** Is stream entry id `a` (ms-seq) after `b`? */
export function streamIdAfter(a: string, b: string): boolean {
  const da = a.indexOf('-');
  const db = b.indexOf('-');
  const msA = Number(a.slice(0, da));
  const msB = Number(b.slice(0, db));
  return msA !== msB ? msA > msB : Number(a.slice(da + 1)) > Number(b.slice(db + 1));
}

export interface ReadEntry {
  readonly partition: number;
  /** The stream entry's id: where a reader resumes. */
  readonly id: string;
  readonly events: StreamEvent[];
}

/**
 * Reads the streams of the partitions this node owns, each from where it
 * left off, on a connection of its own (XREAD BLOCK holds it). A partition
 * just gained starts after the last entry its rebuild read (checkpoint and
 * stream, partition-owner.ts).
 */
export class PartitionReader {
  private readonly positions = new Map<number, string>();
  private running = false;
  private loop: Promise<void> | undefined;
  failures = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onEntries: (entries: ReadEntry[]) => void,
    private readonly onError: (err: Error) => void,
    private readonly blockMs = 1000,
  ) {}

  /** Reads `partition` from its retained tail (or from `fromId`). */
  add(partition: number, fromId = '0-0'): void {
    this.positions.set(partition, fromId);
  }

  remove(partition: number): void {
    this.positions.delete(partition);
  }

  position(partition: number): string | undefined {
    return this.positions.get(partition);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the read in progress (at most blockMs), without losing a position. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      const partitions = [...this.positions.keys()];
      if (partitions.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(this.blockMs, 100)));
        continue;
      }
      try {
        const keys = partitions.map((p) => streamKey(this.prefix, p));
        const ids = partitions.map((p) => this.positions.get(p)!);
        const answer = (await this.redis.xreadBuffer('COUNT', 1000, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids)) as
          [Buffer, [Buffer, Buffer[]][]][] | null;
        if (answer === null) continue;
        const entries: ReadEntry[] = [];
        for (const [keyBuf, items] of answer) {
          const key = keyBuf.toString();
          const partition = Number(key.slice(key.lastIndexOf(':') + 1));
          // Dropped while this read was out: its new owner reads it now.
          if (!this.positions.has(partition)) continue;
          for (const [idBuf, fields] of items) {
            const id = idBuf.toString();
            // A read sent before the partition was dropped and gained again (a network cut that healed: the answer
            // comes after the rebuild) starts from the old position: what the rebuild has applied already is skipped.
            if (!streamIdAfter(id, this.positions.get(partition)!)) continue;
            const at = fields.findIndex((f, i) => i % 2 === 0 && f.toString() === FIELD);
            entries.push({ partition, id, events: at >= 0 ? decodeStreamBatch(fields[at + 1]) : [] });
            this.positions.set(partition, id);
          }
        }
        if (entries.length > 0) this.onEntries(entries);
      } catch (err) {
        this.failures++;
        this.onError(err as Error);
        // Redis away: try again shortly rather than spin.
        await new Promise((resolve) => setTimeout(resolve, Math.min(this.blockMs, 250)));
      }
    }
  }
}
