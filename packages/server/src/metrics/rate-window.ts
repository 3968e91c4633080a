/** Seconds covered by throughput, event rate and processing-time averages. */
export const RATE_WINDOW_S = 10;
const SLOTS = RATE_WINDOW_S + 1;
// Per slot: [second, bytes, events, processing ms]
const FIELDS = 4;

/**
 * Per-second buckets over the last 10 s. A read covers exactly the 10 s
 * before `nowMs`: the current (partial) second, the 9 before it, and the
 * share of the 11th-oldest second still inside the window, assuming
 * arrivals were spread evenly within it. This avoids the sawtooth a
 * plain "last 10 buckets" sum shows as each second rolls over.
 */
export class RateWindow {
  private readonly slots = new Float64Array(SLOTS * FIELDS).fill(-1);

  record(nowMs: number, bytes: number, processingMs: number): void {
    const second = Math.floor(nowMs / 1000);
    const base = (second % SLOTS) * FIELDS;
    const slots = this.slots;
    if (slots[base] !== second) {
      slots[base] = second;
      slots[base + 1] = 0;
      slots[base + 2] = 0;
      slots[base + 3] = 0;
    }
    slots[base + 1] += bytes;
    slots[base + 2] += 1;
    slots[base + 3] += processingMs;
  }

  /** Length of exportSlots()' array. */
  static readonly slotsLength = SLOTS * FIELDS;

  /** A copy of the buckets, for snapshots (wal/): into `into` (of slotsLength) when given. */
  exportSlots(into?: Float64Array): Float64Array {
    if (into === undefined) return this.slots.slice();
    into.set(this.slots);
    return into;
  }

  importSlots(slots: Float64Array): void {
    if (slots.length === this.slots.length) this.slots.set(slots);
  }

  /** Payload bytes per second over the last 10 s. */
  bytesPerSecond(nowMs: number): number {
    return this.windowSum(nowMs, 1) / RATE_WINDOW_S;
  }

  /** Events per second over the last 10 s. */
  eventsPerSecond(nowMs: number): number {
    return this.windowSum(nowMs, 2) / RATE_WINDOW_S;
  }

  /** Mean processing time (ms) of the events in the last 10 s, 0 if none. */
  meanProcessingMs(nowMs: number): number {
    const events = this.windowSum(nowMs, 2);
    return events === 0 ? 0 : this.windowSum(nowMs, 3) / events;
  }

  private windowSum(nowMs: number, field: number): number {
    const second = Math.floor(nowMs / 1000);
    const elapsedFraction = nowMs / 1000 - second;
    let total = 0;
    for (let ago = 0; ago <= RATE_WINDOW_S; ago++) {
      const s = second - ago;
      const base = (((s % SLOTS) + SLOTS) % SLOTS) * FIELDS;
      if (this.slots[base] !== s) continue;
      const weight = ago === RATE_WINDOW_S ? 1 - elapsedFraction : 1;
      total += this.slots[base + field] * weight;
    }
    return total;
  }
}
