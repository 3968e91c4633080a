import { DDSketch } from '@datadog/sketches-js';
import { decodeSketch, decodeSketchInto, encodeSketch } from './sketch-codec.js';

/** Relative accuracy of stored percentiles: a p99 read from history is within ±1% of the true value. */
export const SKETCH_ACCURACY = 0.01;

/** A period's counts, sums and extremes: what every rollup keeps besides its quantile sketch. */
export class RollupTotals {
  events = 0;
  samples = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  bytes = 0;
  processingMs = 0;

  /** Counts one event; true when it carries a sample, which the caller then adds to its sketch. */
  protected count(sampleMs: number | undefined, bytes: number, processingMs: number): sampleMs is number {
    this.events++;
    this.bytes += bytes;
    this.processingMs += processingMs;
    if (sampleMs === undefined) return false;
    this.samples++;
    this.sum += sampleMs;
    if (sampleMs < this.min) this.min = sampleMs;
    if (sampleMs > this.max) this.max = sampleMs;
    return true;
  }

  protected resetTotals(): void {
    this.events = this.samples = this.sum = this.bytes = this.processingMs = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }
}

/**
 * One series over one period (a second, a minute): counts, extremes and a
 * mergeable quantile sketch, so percentiles over any range come from merged
 * sketches, never from averaging percentiles.
 */
export class Rollup extends RollupTotals {
  readonly sketch: DDSketch;

  constructor(sketch?: DDSketch) {
    super();
    this.sketch = sketch ?? new DDSketch({ relativeAccuracy: SKETCH_ACCURACY });
  }

  addEvent(sampleMs: number | undefined, bytes: number, processingMs: number): void {
    if (this.count(sampleMs, bytes, processingMs)) this.sketch.accept(sampleMs);
  }

  merge(other: Rollup): void {
    this.events += other.events;
    this.bytes += other.bytes;
    this.processingMs += other.processingMs;
    if (other.samples > 0) {
      this.samples += other.samples;
      this.sum += other.sum;
      this.min = Math.min(this.min, other.min);
      this.max = Math.max(this.max, other.max);
      this.sketch.merge(other.sketch);
    }
  }

  /**
   * Nearest-rank percentile as SPEC F2 defines it (the sample at index
   * ceil(p/100 · n) − 1 in sorted order), within the sketch's accuracy.
   */
  percentile(p: number): number {
    const n = this.samples;
    if (n === 0) return 0;
    const index = Math.min(n - 1, Math.max(0, Math.ceil((p * n) / 100) - 1));
    if (index === 0) return this.min;
    if (index === n - 1) return this.max;
    // DDSketch reads rank q·(n − 1) and returns the bin whose running count
    // first exceeds it; half a rank past our index lands in that sample's bin.
    const value = this.sketch.getValueAtQuantile((index + 0.5) / (n - 1));
    // The true extremes are known exactly: never answer outside them.
    return Math.min(this.max, Math.max(this.min, value));
  }
}

/** A rollup as stored: the columns of the rollup tables. */
export interface RollupRow {
  series_id: number;
  ts: number;
  events: number;
  samples: number;
  sum: number;
  min: number | null;
  max: number | null;
  bytes: number;
  proc_ms: number;
  sketch: Buffer | null;
}

export function rollupToRow(seriesId: number, ts: number, r: Rollup): RollupRow {
  return {
    series_id: seriesId,
    ts,
    events: r.events,
    samples: r.samples,
    sum: r.sum,
    min: r.samples > 0 ? r.min : null,
    max: r.samples > 0 ? r.max : null,
    bytes: r.bytes,
    proc_ms: r.processingMs,
    sketch: r.samples > 0 ? encodeSketch(r.sketch) : null,
  };
}

/** Adds a stored row to a rollup, decoding its bins straight into the rollup's sketch. */
export function mergeRow(into: Rollup, row: RollupRow): void {
  into.events += row.events;
  into.bytes += row.bytes;
  into.processingMs += row.proc_ms;
  if (row.samples === 0 || row.sketch === null) return;
  into.samples += row.samples;
  into.sum += row.sum;
  into.min = Math.min(into.min, row.min ?? Number.POSITIVE_INFINITY);
  into.max = Math.max(into.max, row.max ?? Number.NEGATIVE_INFINITY);
  decodeSketchInto(into.sketch, row.sketch);
}

export function rollupFromRow(row: RollupRow): Rollup {
  const r = new Rollup(row.sketch ? decodeSketch(row.sketch, SKETCH_ACCURACY) : undefined);
  r.events = row.events;
  r.samples = row.samples;
  r.sum = row.sum;
  r.min = row.min ?? Number.POSITIVE_INFINITY;
  r.max = row.max ?? Number.NEGATIVE_INFINITY;
  r.bytes = row.bytes;
  r.processingMs = row.proc_ms;
  return r;
}
