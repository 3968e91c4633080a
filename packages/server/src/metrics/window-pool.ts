import { SampleWindow } from './sample-window.js';

/** Spares made at once when the pool is empty (views of one buffer). */
const SPARES_AT_ONCE = 64;
/** Spare windows kept, in bytes of their arrays: a snapshot of ~1,000 busy series copies about 10 MiB. */
const DEFAULT_MAX_BYTES = 16 * 2 ** 20;

/**
 * Spare windows for copies that live a moment (a snapshot's copy on write,
 * snapshot-capture.ts): a copy reuses a spare's arrays instead of
 * allocating new ones, and goes back once encoded. Bounded in bytes; what
 * does not fit is left to the collector.
 */
export class WindowPool {
  private spare: SampleWindow[] = [];
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** A copy of `w` as it is now. */
  copyOf(w: SampleWindow): SampleWindow {
    // A full window (the busy ones a snapshot copies): spares are made in batches, cheaper than one at a time.
    if (this.spare.length === 0 && w.size === w.capacity) for (const c of SampleWindow.spares(w.capacity, SPARES_AT_ONCE)) this.release(c);
    const c = this.spare.pop();
    if (c === undefined) return w.clone();
    this.bytes -= c.bytes;
    // All windows share --window-samples; after a change, spares of the old capacity are dropped as they come up.
    return c.capacity === w.capacity ? w.copyInto(c) : w.clone();
  }

  /** Takes back a copy nobody reads any more. */
  release(c: SampleWindow): void {
    if (this.bytes + c.bytes > this.maxBytes) return;
    this.spare.push(c);
    this.bytes += c.bytes;
  }

  get size(): number {
    return this.spare.length;
  }
}
