// Today's (eager) SampleWindow before lazy ranks, kept verbatim as the reference the lazy window must equal bit for bit (sample-window-lazy.test.ts).
type Ranks = Uint16Array | Uint32Array;

/** Below this many ranks a loop moves them faster than copyWithin's call. */
const SHORT_MOVE = 32;

/** A window's exact inner state, for snapshots (wal/): restoring it gives back the same statistics bit for bit. */
interface SampleWindowState {
  capacity: number;
  /** Ring slots 0..size-1 (all of them once full). */
  ring: Float64Array;
  /** Slots in ascending order of value, size entries. */
  order: Uint16Array | Uint32Array;
  head: number;
  sum: number;
  addsSinceResum: number;
}

/**
 * The most recent `capacity` samples of a series. Values live in a ring
 * (slot = arrival position); a second array lists the ring's slots in
 * ascending order of value, so min, max and exact percentiles are O(1)
 * reads. Each add is two binary searches and two short memmoves of slot
 * numbers (2 bytes each), instead of a sort per read: a full 1000-sample
 * window costs 8,000 bytes of values plus 2,000 of order.
 *
 * Storage grows by doubling up to `capacity`, so quiet series stay small.
 */
export class EagerSampleWindow {
  private ring: Float64Array;
  private order: Ranks;
  private head = 0;
  private n = 0;
  private sum = 0;
  private addsSinceResum = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('window capacity must be a positive integer');
    const initial = Math.min(capacity, 16);
    this.ring = new Float64Array(initial);
    this.order = this.ranks(initial);
  }

  get size(): number {
    return this.n;
  }

  add(value: number): void {
    if (this.n === this.capacity) {
      this.replace(value);
    } else {
      if (this.n === this.ring.length) this.grow();
      const slot = this.n;
      this.ring[slot] = value;
      const at = this.upperBound(value, this.n);
      this.order.copyWithin(at + 1, at, this.n);
      this.order[at] = slot;
      this.n++;
      this.sum += value;
    }
    // A running sum drifts with floating-point error; recompute it exactly
    // once per window turn, which keeps the amortized cost O(1).
    if (++this.addsSinceResum >= this.capacity) this.resum();
  }

  /**
   * A full window: the oldest sample leaves and `value` takes its slot. The
   * ranks between the leaving sample's and the new one's shift by one, in
   * one move, instead of closing the gap and opening another (which moves
   * three times as many on average). Ranks stay in ascending order of
   * value, and of slot among equal values.
   */
  private replace(value: number): void {
    const slot = this.head;
    this.head = slot + 1 === this.capacity ? 0 : slot + 1;
    const { ring, order } = this;
    const old = ring[slot];
    // The leaving sample's rank: the first with its value, then along
    // equal values to its own slot.
    const n = this.n;
    // Both binary searches in one loop, over (value, slot): equal values
    // stay in slot order, so the leaving sample's rank is found directly
    // even in a window of equal values (zero intervals of events that
    // arrived together) instead of by walking along them. The new value's
    // place is searched with the leaving sample still in place, so a key
    // >= the leaving one lands after it. Two independent chains of loads
    // overlap in the CPU where two loops would wait for each in turn.
    let r = 0;
    let at = 0;
    for (let len = n; len > 1;) {
      const half = len >>> 1;
      const a = order[r + half];
      const va = ring[a];
      if (va < old || (va === old && a < slot)) r += half;
      const b = order[at + half];
      const vb = ring[b];
      if (vb < value || (vb === value && b <= slot)) at += half;
      len -= half;
    }
    const a = order[r];
    if (ring[a] < old || (ring[a] === old && a < slot)) r++;
    const b = order[at];
    if (ring[b] < value || (ring[b] === value && b <= slot)) at++;
    if (order[r] !== slot) {
      // Equal values in another order (a snapshot taken before they were kept in slot order): walk along them.
      r = this.lowerBound(old, n);
      while (r < n && order[r] !== slot) r++;
      if (r === n) throw new Error(`sample window: slot ${slot} is missing from the ranks`);
    }
    if (at > r) {
      const last = at - 1;
      if (last - r < SHORT_MOVE) for (let i = r; i < last; i++) order[i] = order[i + 1];
      else order.copyWithin(r, r + 1, at);
      order[last] = slot;
    } else {
      if (r - at < SHORT_MOVE) for (let i = r; i > at; i--) order[i] = order[i - 1];
      else order.copyWithin(at + 1, at, r);
      order[at] = slot;
    }
    ring[slot] = value;
    this.sum -= old;
    this.sum += value;
  }

  min(): number {
    return this.n === 0 ? 0 : this.ring[this.order[0]];
  }

  max(): number {
    return this.n === 0 ? 0 : this.ring[this.order[this.n - 1]];
  }

  mean(): number {
    return this.n === 0 ? 0 : this.sum / this.n;
  }

  /** Nearest-rank percentile: the value at index ceil(p/100 · n) − 1 of the sorted window. */
  percentile(p: number): number {
    if (this.n === 0) return 0;
    // p·n is an integer for integer p, so the division is exact when the
    // rank is whole and ceil never rounds a representation error upward.
    const rank = Math.ceil((p * this.n) / 100);
    const index = Math.min(this.n - 1, Math.max(0, rank - 1));
    return this.ring[this.order[index]];
  }

  /** A copy of the samples in arrival order (oldest first). */
  toArray(): number[] {
    const out: number[] = [];
    if (this.n < this.capacity) {
      for (let i = 0; i < this.n; i++) out.push(this.ring[i]);
    } else {
      for (let i = 0; i < this.n; i++) out.push(this.ring[(this.head + i) % this.capacity]);
    }
    return out;
  }

  /**
   * The exact state (see SampleWindowState), as views of the window's own
   * arrays: valid until the next add, so a snapshot of many full windows
   * is encoded without a second copy of them in memory.
   */
  exportState(): SampleWindowState {
    return {
      capacity: this.capacity,
      ring: this.ring.subarray(0, this.n),
      order: this.order.subarray(0, this.n),
      head: this.head,
      sum: this.sum,
      addsSinceResum: this.addsSinceResum,
    };
  }

  /**
   * Takes a state back. With the same capacity it is exact, running sum and
   * all; with another (--window-samples changed) the newest samples are
   * added again in arrival order.
   */
  importState(state: SampleWindowState): void {
    const n = state.ring.length;
    if (state.capacity !== this.capacity) {
      const start = Math.max(0, n - this.capacity);
      for (let i = start; i < n; i++) this.add(state.ring[n < state.capacity ? i : (state.head + i) % n]);
      return;
    }
    // Any length from size to capacity works: add() grows a full ring by doubling.
    const size = n === this.capacity ? n : Math.min(this.capacity, Math.max(16, n));
    this.ring = new Float64Array(size);
    this.ring.set(state.ring);
    this.order = this.ranks(size);
    this.order.set(state.order);
    this.head = state.head;
    this.n = n;
    this.sum = state.sum;
    this.addsSinceResum = state.addsSinceResum;
  }

  /** Bytes held by the typed arrays, for memory accounting. */
  get bytes(): number {
    return this.ring.byteLength + this.order.byteLength;
  }

  private ranks(size: number): Ranks {
    return this.capacity <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.ring.length * 2);
    const ring = new Float64Array(size);
    ring.set(this.ring);
    const order = this.ranks(size);
    order.set(this.order);
    this.ring = ring;
    this.order = order;
  }

  private resum(): void {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += this.ring[i];
    this.sum = s;
    this.addsSinceResum = 0;
  }

  /** First rank in [0, n) whose value is >= x. */
  private lowerBound(x: number, n: number): number {
    const { ring, order } = this;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ring[order[mid]] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First rank in [0, n) whose value is > x. */
  private upperBound(x: number, n: number): number {
    const { ring, order } = this;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ring[order[mid]] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
