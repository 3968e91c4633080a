import type { MetricsUpdate } from '@latency-dash/protocol';
import { fillUpdate } from './metric-readers.js';
import { RateWindow } from './rate-window.js';
import { SampleWindow } from './sample-window.js';

export type Metadata = Readonly<Record<string, string>>;

/** One event as the engine takes it, after validation. */
export interface IngestEvent {
  targetId: string;
  key: string;
  metadata: Metadata;
  /** The event's own time (server_timestamp), Unix ms. */
  timestampMs: number;
  payloadBytes: number;
  /** A measured latency; when absent the sample is the interval since the previous event. */
  valueMs?: number;
}

/** The statistics of one key of one target, combined or for one metadata combination. */
export class Series {
  readonly window: SampleWindow;
  readonly rate = new RateWindow();
  count = 0;
  lastPayloadBytes = 0;
  /** Arrival time of the last event, Unix ms. */
  lastUpdateMs = 0;
  /** server_timestamp of the newest event, Unix ms; NaN before the first. Public for snapshots (engine-restore.ts). */
  lastEventMs = Number.NaN;
  /**
   * A reader (the write-ahead log's snapshot, wal/snapshot-capture.ts) needs
   * this series as it is now and has not read it yet: the engine hands it
   * over before the next change (MetricsEngine.beforeFrozenChange).
   */
  frozen = false;

  constructor(
    readonly id: number,
    readonly key: string,
    readonly metadata: Metadata,
    readonly split: boolean,
    windowSamples: number,
  ) {
    this.window = new SampleWindow(windowSamples);
  }

  /**
   * Adds one event and returns the sample it contributed, or undefined when
   * it has none (the first interval-based event, or one older than the
   * previous event).
   */
  apply(event: IngestEvent, arrivalMs: number, processingMs: number): number | undefined {
    let sample: number | undefined;
    if (event.valueMs !== undefined) {
      sample = event.valueMs;
    } else if (!Number.isNaN(this.lastEventMs)) {
      const interval = event.timestampMs - this.lastEventMs;
      // An event older than its predecessor (a producer's clock stepping
      // back, or reordering) has no meaningful interval: count it only.
      if (interval >= 0) sample = interval;
    }
    if (sample !== undefined) this.window.add(sample);
    if (Number.isNaN(this.lastEventMs) || event.timestampMs > this.lastEventMs) this.lastEventMs = event.timestampMs;
    this.count++;
    this.lastPayloadBytes = event.payloadBytes;
    this.lastUpdateMs = arrivalMs;
    this.rate.record(arrivalMs, event.payloadBytes, processingMs);
    return sample;
  }

  /** The wire form: every metric of the table. `withLabels` adds key and metadata (first sight in a stream, snapshots). */
  toUpdate(nowMs: number, withLabels: boolean): MetricsUpdate {
    const update: MetricsUpdate = { seriesId: this.id };
    fillUpdate(update, this, nowMs);
    if (withLabels) {
      update.key = this.key;
      update.metadata = { ...this.metadata };
    }
    return update;
  }
}
