import type { Redis } from 'ioredis';
import { LdError } from '../errors.js';
import type { IngestForwarder } from '../ingest/ingest-service.js';
import type { ClusterFaults } from './cluster-faults.js';
import { appendEvents, type StreamEvent } from './event-stream.js';
import { partitionOf } from './partitions.js';

/**
 * The taking side of cluster ingest: a batch's valid events, split by their
 * target's partition, appended to the partitions' streams in one MULTI. The
 * producer is acknowledged when this resolves, so an acknowledged event is
 * in Redis, whichever node computes it and whatever happens to that node.
 */
export class ClusterForwarder implements IngestForwarder {
  /** Events appended to Redis by this node. */
  appended = 0;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly partitions: number,
    private readonly faults: ClusterFaults,
  ) {}

  async forward(events: StreamEvent[]): Promise<void> {
    const byPartition = new Map<number, StreamEvent[]>();
    // A batch usually holds a few targets: hash each once.
    const seen = new Map<string, number>();
    for (const e of events) {
      const id = e.event.targetId;
      let p = seen.get(id);
      if (p === undefined) {
        p = partitionOf(id, this.partitions);
        seen.set(id, p);
      }
      const list = byPartition.get(p);
      if (list === undefined) byPartition.set(p, [e]);
      else list.push(e);
    }
    try {
      await appendEvents(this.redis, this.prefix, byPartition);
    } catch (err) {
      this.faults.failed('append', err as Error);
      throw new LdError('LD_ERR_CLUSTER_UNAVAILABLE', `Redis did not take the batch (${(err as Error).message}); it is not acknowledged: retry later`);
    }
    this.faults.ok('append');
    this.appended += events.length;
  }
}
