import type { Slicer } from '../slices.js';
import { SampleWindow } from './sample-window.js';

/** Spares made at once when the pool is empty (views of one buffer). */
const SPARES_AT_ONCE = 64;
/** Spare windows kept, in bytes of their arrays: a snapshot of ~1,000 busy series copies about 10 MiB. */
const DEFAULT_MAX_BYTES = 16 * 2 ** 20;

/**
 * Spare windows for copies that live a moment (a snapshot's copy on write,
 * snapshot-capture.ts): a copy of a full window reuses a spare's arrays
 * instead of allocating new ones, and goes back once encoded. Bounded in
 * bytes; what does not fit is left to the collector. Only full-size spares
 * are kept: a spare that took a smaller window's arrays would make the next
 * full copy into it allocate (and fault in) new ones, which in the soak
 * turned copies of 400 windows from 2 ms back into 5–8 ms.
 */
export class WindowPool {
  private spare: SampleWindow[] = [];
  private bytes = 0;
  /** Spare rate slots (RateWindow.exportSlots' length), views of shared buffers. */
  private spareSlots: Float64Array[] = [];

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** A copy of `w` as it is now. */
  copyOf(w: SampleWindow): SampleWindow {
    // Windows still growing are small and few: copied into arrays of their own size.
    if (!w.fullSize) return w.clone();
    // Spares are made in batches, cheaper than one at a time; reserve() makes them before they are needed.
    if (this.spare.length === 0) this.add(SampleWindow.spares(w.capacity, SPARES_AT_ONCE));
    const c = this.spare.pop();
    if (c === undefined) return w.clone();
    this.bytes -= c.bytes;
    // All windows share --window-samples; after a change, spares of the old capacity are dropped as they come up.
    return c.capacity === w.capacity ? w.copyInto(c) : w.clone();
  }

  /** Takes back a copy nobody reads any more. */
  release(c: SampleWindow): void {
    if (!c.fullSize || this.bytes + c.bytes > this.maxBytes) return;
    this.spare.push(c);
    this.bytes += c.bytes;
  }

  /**
   * Makes sure `count` spares of `capacity` wait in the pool (as many as its
   * cap allows), made in batches between turns of the event loop. Called
   * before a capture starts, whose first batch of events may copy every busy
   * window at once: making and first touching those spares there held the
   * loop ~15 ms per 400 windows.
   */
  async reserve(capacity: number, count: number, slicer: Slicer): Promise<void> {
    const want = Math.min(count, Math.floor(this.maxBytes / SampleWindow.fullBytes(capacity)));
    while (this.spare.length < want) {
      this.add(SampleWindow.spares(capacity, Math.min(SPARES_AT_ONCE, want - this.spare.length)));
      if (slicer.due()) await slicer.yield();
    }
  }

  /** An array of `length` doubles for a copy of a series' rate slots (RateWindow.exportSlots), from a spare when one is free. */
  slots(length: number): Float64Array {
    const c = this.spareSlots.pop();
    if (c !== undefined && c.length === length) return c;
    // One buffer for a batch of them: a small typed array each is an allocation each.
    const block = new Float64Array(length * SPARES_AT_ONCE);
    for (let i = 1; i < SPARES_AT_ONCE; i++) this.spareSlots.push(block.subarray(i * length, (i + 1) * length));
    return block.subarray(0, length);
  }

  releaseSlots(c: Float64Array): void {
    // One per spare window the byte cap allows (a full window is ~10 KiB), with room to spare: 352 bytes each.
    if (this.spareSlots.length < this.maxBytes / 4096) this.spareSlots.push(c);
  }

  get size(): number {
    return this.spare.length;
  }

  private add(spares: SampleWindow[]): void {
    for (const c of spares) this.release(c);
  }
}
