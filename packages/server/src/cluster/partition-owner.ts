import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import type { ClusterFaults } from './cluster-faults.js';
import { decodeStreamBatch, PartitionReader, streamKey, type ReadEntry, type StreamEvent } from './event-stream.js';
import { partitionOf } from './partitions.js';

/** Entries per XRANGE page while a gained partition is rebuilt. */
const REBUILD_PAGE = 500;

export interface OwnerHooks {
  /** Partitions whose windows are rebuilt: their targets may be served from now on. */
  serving(partitions: number[]): void;
  /** Partitions about to be given up: stop serving their targets before they go. */
  leaving(partitions: ReadonlySet<number>): void;
}

/** The id right after `id` (XRANGE's exclusive start without Redis 6.2's '(' syntax). */
function nextId(id: string): string {
  const dash = id.indexOf('-');
  return `${id.slice(0, dash)}-${BigInt(id.slice(dash + 1)) + 1n}`;
}

/**
 * The computing side of a cluster node: the engine holds exactly the
 * targets of the partitions this node owns. On gaining a partition it reads
 * the partition's retained stream from its start (XRANGE, page by page),
 * so each series' window, count and 10 s rates come back as the previous
 * owner had them, then follows the stream (XREAD BLOCK) and only then serves
 * the partition's targets. On losing one it stops at once and forgets its
 * targets: their new owner computes them.
 */
export class PartitionOwner {
  /** Partitions rebuilt and followed: their targets are this node's to serve. */
  private readonly serving = new Set<number>();
  /** A partition's current ownership: a rebuild of an earlier one stops when it sees a newer. */
  private readonly generation = new Map<number, number>();
  private nextGeneration = 1;
  private readonly reader: PartitionReader;
  private msPerEvent = 0;
  /** Events applied to the engine from the streams (rebuilds included). */
  applied = 0;
  gainedTotal = 0;
  lostTotal = 0;
  private stopped = false;

  constructor(
    private readonly redis: Redis,
    readerConnection: Redis,
    private readonly engine: MetricsEngine,
    private readonly prefix: string,
    private readonly partitions: number,
    private readonly faults: ClusterFaults,
    private readonly log: Log,
    private readonly hooks: OwnerHooks,
  ) {
    this.reader = new PartitionReader(
      readerConnection,
      prefix,
      (entries) => this.onEntries(entries),
      (err) => this.faults.failed('read', err),
      500,
    );
  }

  start(): void {
    this.reader.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.reader.stop();
  }

  get servingPartitions(): number[] {
    return [...this.serving].sort((a, b) => a - b);
  }

  /** Is `targetId` computed here now? */
  serves(targetId: string): boolean {
    return this.serving.has(partitionOf(targetId, this.partitions));
  }

  gained(partitions: number[]): void {
    this.gainedTotal += partitions.length;
    for (const p of partitions) {
      const gen = this.nextGeneration++;
      this.generation.set(p, gen);
      void this.rebuild(p, gen);
    }
  }

  lost(partitions: number[]): void {
    this.lostTotal += partitions.length;
    const gone = new Set(partitions);
    this.hooks.leaving(gone);
    for (const p of partitions) {
      this.generation.delete(p);
      this.serving.delete(p);
      this.reader.remove(p);
    }
    let removed = 0;
    for (const id of [...this.engine.targets.keys()]) {
      if (gone.has(partitionOf(id, this.partitions)) && this.engine.removeTarget(id)) removed++;
    }
    this.log.info({ partitions, targets: removed }, 'cluster: partitions given up; their targets are computed by their new owner');
  }

  private current(p: number, gen: number): boolean {
    return !this.stopped && this.generation.get(p) === gen;
  }

  private async rebuild(p: number, gen: number): Promise<void> {
    const key = streamKey(this.prefix, p);
    let from = '-';
    let last = '0-0';
    let entries = 0;
    for (;;) {
      let page: [Buffer, Buffer[]][];
      try {
        page = (await this.redis.xrangeBuffer(key, from, '+', 'COUNT', REBUILD_PAGE)) as unknown as [Buffer, Buffer[]][];
      } catch (err) {
        this.faults.failed('rebuild', err as Error);
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!this.current(p, gen)) return;
        continue;
      }
      this.faults.ok('rebuild');
      if (!this.current(p, gen)) return;
      for (const [idBuf, fields] of page) {
        last = idBuf.toString();
        const at = fields.findIndex((f, i) => i % 2 === 0 && f.toString() === 'b');
        if (at >= 0) this.apply(decodeStreamBatch(fields[at + 1]));
        entries++;
      }
      if (page.length < REBUILD_PAGE) break;
      from = nextId(last);
    }
    this.reader.add(p, last);
    this.serving.add(p);
    // A node's start gains dozens of empty partitions at once: only rebuilds that read something are worth a line.
    if (entries > 0) this.log.info({ partition: p, entries }, 'cluster: partition gained; windows rebuilt from its stream');
    else this.log.debug({ partition: p }, 'cluster: partition gained (its stream is empty)');
    this.hooks.serving([p]);
  }

  private onEntries(entries: ReadEntry[]): void {
    this.faults.ok('read');
    for (const entry of entries) if (this.serving.has(entry.partition)) this.apply(entry.events);
  }

  private apply(events: StreamEvent[]): void {
    if (events.length === 0) return;
    const clock = this.engine.clock;
    const started = clock.monotonicMs();
    // The previous entry's time per event stands for this one's (as ingest's BatchClock does): one clock read an entry.
    for (const { event, arrivalMs } of events) this.engine.ingestAt(event, arrivalMs, this.msPerEvent);
    this.msPerEvent = (clock.monotonicMs() - started) / events.length;
    this.applied += events.length;
  }
}
