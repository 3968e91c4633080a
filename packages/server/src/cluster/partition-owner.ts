import type { Redis } from 'ioredis';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { restoreEngine } from '../metrics/engine-restore.js';
import { BACKGROUND_BUDGET_MS, Slicer } from '../slices.js';
import { SnapshotCapture } from '../wal/snapshot-capture.js';
import type { ClusterFaults } from './cluster-faults.js';
import { decodeStreamBatch, PartitionReader, streamKey, type ReadEntry, type StreamEvent } from './event-stream.js';
import { leaseKey } from './coordinator.js';
import { checkpointKey, loadCheckpoint, SAVE_CHECKPOINT, type PartitionCheckpoint } from './partition-checkpoint.js';
import { partitionOf } from './partitions.js';
import { WindowPool } from '../metrics/window-pool.js';
import type { TargetState } from '../metrics/target-state.js';

/** Entries per XRANGE page while a gained partition is rebuilt. */
const REBUILD_PAGE = 500;

export interface OwnerHooks {
  /** Partitions whose windows are rebuilt: their targets may be served from now on. */
  serving(partitions: number[]): void;
  /** Partitions about to be given up: stop serving their targets before they go. */
  leaving(partitions: ReadonlySet<number>): void;
}

export interface OwnerOptions {
  /** This node's id, as its leases hold it: only the lease holder stores a checkpoint. */
  readonly nodeId: string;
  /** How often each served partition whose stream moved on is checkpointed to Redis. */
  readonly checkpointMs: number;
  /** Entries are trimmed once a checkpoint covers them and they are older than this. */
  readonly retentionMs: number;
}

type SaveCheckpoint = {
  ldSaveCheckpoint(key: string, stream: string, lease: string, id: string, state: Buffer, retentionMs: number, nodeId: string): Promise<number>;
};

/** The id right after `id` (XRANGE's exclusive start without Redis 6.2's '(' syntax). */
function nextId(id: string): string {
  const dash = id.indexOf('-');
  return `${id.slice(0, dash)}-${BigInt(id.slice(dash + 1)) + 1n}`;
}

/**
 * The computing side of a cluster node: the engine holds exactly the
 * targets of the partitions this node owns. On gaining a partition it loads
 * the partition's checkpoint (partition-checkpoint.ts) and reads the stream
 * after it (XRANGE, page by page), so each series' window, count and 10 s
 * rates come back as the previous owner had them however old its events,
 * then follows the stream (XREAD BLOCK) and only then serves the
 * partition's targets. While serving it checkpoints each partition every
 * `checkpointMs`, which lets Redis trim the stream below. On losing one it
 * stops at once and forgets its targets: their new owner computes them.
 */
export class PartitionOwner {
  /** Partitions rebuilt and followed: their targets are this node's to serve. */
  private readonly serving = new Set<number>();
  /** Requests waiting for a moving partition to be served (cluster-plugin's locate). */
  private readonly changeWaiters = new Set<() => void>();
  /** Spare windows for the checkpoints' copies on write, kept from one round to the next. */
  private readonly windowPool = new WindowPool();
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
  /** The stream entry each served partition was last checkpointed at (or loaded from). */
  private readonly checkpointed = new Map<number, string>();
  private checkpointTimer: NodeJS.Timeout | undefined;
  private checkpointing: Promise<void> | undefined;
  checkpointsSaved = 0;

  constructor(
    private readonly redis: Redis,
    readerConnection: Redis,
    private readonly engine: MetricsEngine,
    private readonly prefix: string,
    private readonly partitions: number,
    private readonly faults: ClusterFaults,
    private readonly log: Log,
    private readonly hooks: OwnerHooks,
    private readonly options: OwnerOptions,
  ) {
    redis.defineCommand('ldSaveCheckpoint', { numberOfKeys: 3, lua: SAVE_CHECKPOINT });
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
    this.checkpointTimer = setInterval(() => {
      this.checkpointing ??= this.checkpointAll().finally(() => (this.checkpointing = undefined));
    }, this.options.checkpointMs);
    this.checkpointTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.checkpointTimer);
    await this.checkpointing;
    await this.reader.stop();
  }

  /** Resolves when a partition starts or stops being served here, or after `ms`, whichever comes first. */
  nextChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.changeWaiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.changeWaiters.add(done);
    });
  }

  private changed(): void {
    for (const wake of [...this.changeWaiters]) wake();
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
      this.checkpointed.delete(p);
      this.reader.remove(p);
    }
    let removed = 0;
    for (const id of [...this.engine.targets.keys()]) {
      if (gone.has(partitionOf(id, this.partitions)) && this.engine.removeTarget(id)) removed++;
    }
    this.log.info({ partitions, targets: removed }, 'cluster: partitions given up; their targets are computed by their new owner');
    this.changed();
  }

  private current(p: number, gen: number): boolean {
    return !this.stopped && this.generation.get(p) === gen;
  }

  /** Reads a gained partition's checkpoint, retrying while Redis fails; undefined when it has none (or a damaged one). */
  private async readCheckpoint(p: number, gen: number): Promise<PartitionCheckpoint | undefined | false> {
    for (;;) {
      try {
        const ckpt = await loadCheckpoint(this.redis, this.prefix, p);
        this.faults.ok('rebuild');
        return this.current(p, gen) ? ckpt : false;
      } catch (err) {
        if ((err as Error).name === 'SnapshotError') {
          // Its stream may have been trimmed below it: counts restart from what remains, said once here.
          this.faults.failed('rebuild', err as Error);
          this.log.error({ partition: p, err: (err as Error).message }, 'cluster: a partition checkpoint does not read back; rebuilt from its stream alone');
          return undefined;
        }
        this.faults.failed('rebuild', err as Error);
        await new Promise((resolve) => setTimeout(resolve, 250));
        if (!this.current(p, gen)) return false;
      }
    }
  }

  private async rebuild(p: number, gen: number): Promise<void> {
    const key = streamKey(this.prefix, p);
    const ckpt = await this.readCheckpoint(p, gen);
    if (ckpt === false) return;
    let from = '-';
    let last = '0-0';
    let entries = 0;
    if (ckpt !== undefined) {
      // Whatever this node held of the partition is older than the checkpoint (an earlier ownership): start from it.
      for (const id of [...this.engine.targets.keys()]) if (partitionOf(id, this.partitions) === p) this.engine.removeTarget(id);
      const restored = restoreEngine(this.engine, ckpt.targets);
      if (restored.skipped > 0)
        this.log.warn({ partition: p, skipped: restored.skipped }, 'cluster: series of a checkpoint left out: over the cardinality limits');
      last = ckpt.streamId;
      from = nextId(last);
      this.checkpointed.set(p, last);
    }
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
    if (entries > 0 || ckpt !== undefined)
      this.log.info({ partition: p, entries, checkpoint: ckpt?.streamId }, 'cluster: partition gained; windows rebuilt from its checkpoint and stream');
    else this.log.debug({ partition: p }, 'cluster: partition gained (its stream is empty)');
    this.hooks.serving([p]);
    this.changed();
  }

  /**
   * Checkpoints every served partition whose stream moved on since its last
   * one, a partition at a time: its targets are captured as of the position
   * they were applied up to (read in the same turn), so state and id always
   * agree, however long the encoding takes.
   */
  private async checkpointAll(): Promise<void> {
    for (const p of [...this.serving]) {
      const moved = () => {
        const at = this.reader.position(p);
        return this.stopped || at === undefined || at === '0-0' || at === this.checkpointed.get(p) || !this.serving.has(p) ? undefined : at;
      };
      if (moved() === undefined) continue;
      const inPartition = (t: TargetState) => partitionOf(t.id, this.partitions) === p;
      const slicer = new Slicer(BACKGROUND_BUDGET_MS);
      // Spares for the copies on write first, in slices (snapshot-capture.ts); then the position, read in the capture's turn.
      await SnapshotCapture.prepare(this.engine, this.windowPool, slicer, inPartition);
      const at = moved();
      if (at === undefined) continue;
      // The partition's series as of `at`, encoded in slices (copy on write, as the log's snapshots): one target may
      // hold 10,000 series, ~1 s to encode at once.
      const capture = new SnapshotCapture(this.engine, 0, this.engine.clock.nowMs(), inPartition, this.windowPool);
      let state: Buffer;
      try {
        state = Buffer.concat(await capture.finish(slicer));
      } finally {
        capture.release();
      }
      let saved: number;
      try {
        saved = await (this.redis as unknown as SaveCheckpoint).ldSaveCheckpoint(
          checkpointKey(this.prefix, p),
          streamKey(this.prefix, p),
          leaseKey(this.prefix, p),
          at,
          state,
          this.options.retentionMs,
          this.options.nodeId,
        );
        this.faults.ok('checkpoint');
      } catch (err) {
        this.faults.failed('checkpoint', err as Error);
        return;
      }
      // Not this node's any more (its coordinator has yet to notice): the new owner checkpoints it.
      if (saved < 0) continue;
      this.checkpointsSaved++;
      if (this.serving.has(p)) this.checkpointed.set(p, at);
    }
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
