import type { Metadata, Series } from './series.js';
import { SeriesIndex } from './series-index.js';

/** Receives a target's series changes for one view (combined or split). */
export interface SeriesListener {
  onSeriesChanged(series: Series): void;
  onSeriesRemoved(seriesId: number): void;
}

/** Listeners of one target, by view. Exists while anyone watches, with or without the target. */
export class Watchers {
  readonly combined = new Set<SeriesListener>();
  readonly split = new Set<SeriesListener>();
  get size(): number {
    return this.combined.size + this.split.size;
  }
  of(split: boolean): Set<SeriesListener> {
    return split ? this.split : this.combined;
  }
}

/** Everything the engine keeps for one target. */
export class TargetState {
  readonly combined = new Map<string, Series>();
  readonly split = new Map<string, Series>();
  readonly byId = new Map<number, Series>();
  /** The same series, found from an event's key and metadata without building the split map's key (series-index.ts). */
  readonly index = new SeriesIndex();
  eventCount = 0;
  /** Arrival time of the last event, Unix ms. */
  lastEventMs = 0;
  /** Last time an HTTP reader looked at it, Unix ms. */
  lastViewedMs = 0;
  /** Split series per key, for the metadata-combination limit. */
  readonly splitsPerKey = new Map<string, number>();
  /** Events refused by a cardinality limit since the target was created. */
  refusedEvents = 0;
  /** Set once an event was refused; series are only removed with the target, so it stays at its limit. */
  atLimit = false;
  /** When the engine last reported refusals of this target (for one log line a minute), Unix ms. */
  lastLimitNoticeMs = Number.NEGATIVE_INFINITY;
  refusedSinceNotice = 0;

  constructor(
    readonly id: string,
    readonly createdMs: number,
    public watchers: Watchers | undefined,
  ) {}

  seriesOf(split: boolean): Map<string, Series> {
    return split ? this.split : this.combined;
  }

  keyCount(): number {
    return this.combined.size;
  }
}

export type { Metadata };
