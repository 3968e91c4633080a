import { DDSketch } from '@datadog/sketches-js';
import { RollupTotals, SKETCH_ACCURACY, type RollupRow } from './rollup.js';
import { encodeBins } from './sketch-codec.js';

/** The stored sketches' key mapping, shared: a value's bin is computed exactly as a DDSketch of the same accuracy computes it. */
const mapping = new DDSketch({ relativeAccuracy: SKETCH_ACCURACY }).mapping;
/** Bins added on each side when the range grows, so a series' usual spread fits after its first few seconds. */
const GROW_MARGIN = 32;

/**
 * One series' events in the second in progress: counts, extremes and the
 * bins of its quantile sketch, encoded once when the second ends. The
 * history's stored bytes are those of a DDSketch fed the same samples
 * (`Rollup` + `encodeSketch`; a test compares them), but nothing here is
 * allocated per second: the bins are a typed array kept across seconds
 * by `SecondRollupPool`. A DDSketch per series per second (its mapping,
 * two stores, bins arrays re-sliced as the range grows) lived just long
 * enough to be promoted out of the young generation, and the old
 * generation's collections that followed were the soak's longest pauses.
 */
export class SecondRollup extends RollupTotals {
  /** The series' target, while it holds a series' second. */
  targetId = '';
  private zeroCount = 0;
  private bins = new Float64Array(0);
  /** The key of bins[0]. */
  private offset = 0;
  /** The occupied keys' range: [loKey, hiKey], empty when loKey > hiKey. */
  private loKey = 0;
  private hiKey = -1;

  addEvent(sampleMs: number | undefined, bytes: number, processingMs: number): void {
    if (!this.count(sampleMs, bytes, processingMs)) return;
    // As DDSketch.accept: values at or under the mapping's smallest are counted as zeros (samples are never negative).
    if (!(sampleMs > mapping.minPossible)) {
      this.zeroCount++;
      return;
    }
    const key = mapping.key(sampleMs);
    let index = key - this.offset;
    if (index < 0 || index >= this.bins.length) index = this.grow(key);
    this.bins[index]++;
    if (this.loKey > this.hiKey) this.loKey = this.hiKey = key;
    else if (key < this.loKey) this.loKey = key;
    else if (key > this.hiKey) this.hiKey = key;
  }

  /** The stored row, with the same sketch bytes as `encodeSketch` writes for a DDSketch of these samples. */
  toRow(seriesId: number, ts: number): RollupRow {
    const has = this.samples > 0;
    return {
      series_id: seriesId,
      ts,
      events: this.events,
      samples: this.samples,
      sum: this.sum,
      min: has ? this.min : null,
      max: has ? this.max : null,
      bytes: this.bytes,
      proc_ms: this.processingMs,
      sketch: has ? encodeBins(this.zeroCount, this.bins, this.loKey - this.offset, this.hiKey - this.offset, this.offset) : null,
    };
  }

  /** Empty again, keeping its bins' memory. */
  reset(): void {
    if (this.loKey <= this.hiKey) this.bins.fill(0, this.loKey - this.offset, this.hiKey - this.offset + 1);
    this.loKey = 0;
    this.hiKey = -1;
    this.zeroCount = 0;
    this.resetTotals();
  }

  /**
   * Makes room for `key` (the range never shrinks while pooled); the key's
   * new index. The side that grows gains half the length again (at least
   * the margin): a new series' first second grows it a few times, not once
   * per 32 bins (600 new series at once spent 10–19 ms here).
   */
  private grow(key: number): number {
    const occupied = this.loKey <= this.hiKey;
    const len = this.bins.length;
    const extra = Math.max(GROW_MARGIN, len >> 1);
    const below = key < this.offset;
    const from = len === 0 ? key - GROW_MARGIN : below ? key - extra : this.offset;
    const to = len === 0 ? key + GROW_MARGIN : below ? this.offset + len - 1 : key + extra;
    const bins = new Float64Array(to - from + 1);
    if (occupied) bins.set(this.bins.subarray(this.loKey - this.offset, this.hiKey - this.offset + 1), this.loKey - from);
    this.bins = bins;
    this.offset = from;
    return key - from;
  }
}

/**
 * Rollups of finished seconds, kept for the next seconds. The pool holds
 * at most as many as were in use at the last second's end, so a burst of
 * series gives its memory back a second after it ends.
 */
export class SecondRollupPool {
  private readonly free: SecondRollup[] = [];
  private inUse = 0;
  private peak = 0;

  take(): SecondRollup {
    this.inUse++;
    if (this.inUse > this.peak) this.peak = this.inUse;
    return this.free.pop() ?? new SecondRollup();
  }

  give(r: SecondRollup): void {
    this.inUse--;
    if (this.free.length >= this.peak) return;
    r.reset();
    this.free.push(r);
  }

  /** After each flush: keep no more than the last second needed. */
  trim(): void {
    if (this.free.length > this.peak) this.free.length = this.peak;
    this.peak = this.inUse;
  }

  get size(): number {
    return this.free.length;
  }
}
