import type { latency } from '@latency-dash/protocol';
import type { StreamEvent } from '../cluster/event-stream.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { Slicer } from '../slices.js';
import { BatchClock } from './batch-clock.js';
import { checkJsonEvent, checkProtoEvent, DEFAULT_EVENT_LIMITS, type Checked, type EventLimits, type Rejection } from './validate.js';

export interface IngestResult {
  accepted: number;
  rejected: Rejection[];
  /**
   * Set when the batch must not be acknowledged yet: resolves once it is as
   * durable as the write-ahead log's fsync policy promises, rejects with
   * LD_ERR_WAL_UNAVAILABLE when it cannot be.
   */
  durable?: Promise<void>;
}

/** The write-ahead log as ingest sees it (wal/write-ahead-log.ts). */
export interface IngestLog {
  /** Throws a coded error when no batch may be taken now (the log cannot keep its promise). */
  admit(): void;
  /** Ends a batch: writes what it logged; a promise when the acknowledgement must wait for an fsync. */
  commit(): Promise<void> | undefined;
  /** Ends a batch that logged nothing. */
  abandon(): void;
}

/**
 * Where a cluster node sends the events it takes (cluster/cluster-ingest.ts):
 * each to its target's owner, through Redis. Resolves once they are stored
 * there; rejects with a coded error (LD_ERR_CLUSTER_UNAVAILABLE) when not.
 */
export interface IngestForwarder {
  forward(events: StreamEvent[]): Promise<void>;
}

/**
 * Validates and applies a batch from any producer. Events are applied one
 * by one so a bad event never blocks its neighbours; the batch's clock is
 * read once a lap of events, not per event (batch-clock.ts). An event over a cardinality
 * limit is rejected with the limit's code; the rest of the batch is kept.
 * A large batch of new series (10,000 events, each allocating windows and
 * sketches) is applied in slices, so it never holds the event loop past
 * the stall budget; callers acknowledge once the whole batch is applied.
 */
export class IngestService {
  /** Events refused by validation (LD_ERR_BAD_EVENT) since start, for latency_dash_events_refused_total{reason="invalid"}. */
  invalidEvents = 0;
  /** Processing time per event of the last batch, ms: the figure a new batch starts with (batch-clock.ts). */
  private msPerEvent = 0;
  /** Set in cluster mode: valid events go to their owners through Redis instead of this node's engine. */
  forwarder: IngestForwarder | undefined;

  constructor(
    private readonly engine: MetricsEngine,
    private readonly limits: EventLimits = DEFAULT_EVENT_LIMITS,
    private readonly wal?: IngestLog,
  ) {}

  ingestJson(events: readonly unknown[]): Promise<IngestResult> {
    return this.run(events, (e, arrivalMs) => checkJsonEvent(e, arrivalMs, this.limits));
  }

  ingestProto(events: readonly latency.Event.$Properties[]): Promise<IngestResult> {
    return this.run(events, (e, arrivalMs) => checkProtoEvent(e, arrivalMs, this.limits));
  }

  private async run<T>(events: readonly T[], checkOne: (e: T, arrivalMs: number) => Checked): Promise<IngestResult> {
    if (this.forwarder !== undefined) return this.forward(this.forwarder, events, checkOne);
    // The engine's sinks log each applied event; the batch is written (and maybe fsynced) before it is acknowledged.
    this.wal?.admit();
    let result: IngestResult;
    try {
      result = await this.apply(events, checkOne);
    } catch (err) {
      this.wal?.abandon();
      throw err;
    }
    if (result.accepted > 0) result.durable = this.wal?.commit();
    else this.wal?.abandon();
    return result;
  }

  /**
   * Cluster mode: validation here, the rest at each target's owner. The
   * batch is acknowledged once Redis holds it; cardinality limits are the
   * owner's to apply (it counts and logs what they refuse), so they are not
   * in this answer.
   */
  private async forward<T>(forwarder: IngestForwarder, events: readonly T[], checkOne: (e: T, arrivalMs: number) => Checked): Promise<IngestResult> {
    const rejected: Rejection[] = [];
    const valid: StreamEvent[] = [];
    const arrivalMs = this.engine.clock.nowMs();
    for (let i = 0; i < events.length; i++) {
      const checked = checkOne(events[i], arrivalMs);
      if (checked.ok) valid.push({ event: checked.event, arrivalMs });
      else {
        this.invalidEvents++;
        rejected.push({ index: i, code: 'LD_ERR_BAD_EVENT', reason: checked.reason });
      }
    }
    if (valid.length > 0) await forwarder.forward(valid);
    return { accepted: valid.length, rejected };
  }

  private async apply<T>(events: readonly T[], checkOne: (e: T, arrivalMs: number) => Checked): Promise<IngestResult> {
    const rejected: Rejection[] = [];
    const slicer = new Slicer();
    const time = new BatchClock(this.engine.clock, this.msPerEvent);
    const arrivalMs = time.arrivalMs;
    let accepted = 0;
    for (let i = 0; i < events.length; i++) {
      // The slice budget is checked once a lap: a batch of known series takes microseconds per lap.
      if (i > 0 && time.tick() && slicer.due()) {
        await slicer.yield();
        time.resumed();
      }
      const checked = checkOne(events[i], arrivalMs);
      if (checked.ok) {
        const refusal = this.engine.ingestAt(checked.event, arrivalMs, time.perEventMs);
        if (refusal === undefined) accepted++;
        else rejected.push({ index: i, code: refusal.code, reason: refusal.reason });
      } else {
        this.invalidEvents++;
        rejected.push({ index: i, code: 'LD_ERR_BAD_EVENT', reason: checked.reason });
      }
    }
    if (events.length > 0) time.tick();
    this.msPerEvent = time.finish();
    return { accepted, rejected };
  }
}
