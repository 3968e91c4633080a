type Ranks = Uint16Array | Uint32Array;

/** Below this many ranks a loop moves them faster than copyWithin's call. */
const SHORT_MOVE = 32;

/**
 * Up to this many adds to a full window since the last read are settled by
 * replaying them one by one (their old values are kept past the ring's end);
 * more are settled by one merge pass over the ranks. A replay costs what
 * ranking each add at once did (a search and a move); a merge walks the
 * whole window, which for 1000 samples costs about as much as replaying 60
 * adds (measured), so below that a merge would make a series read 10 times
 * a second at a few hundred samples a second dearer than ranking every add.
 * 64 doubles: 512 bytes a full window, 5% of its 10,000.
 */
const REPLAY_MAX = 64;

/** Slot numbers for settle()'s sort, shared by all windows (one runs at a time); grown to the largest capacity seen. */
let scratchA = new Uint32Array(0);
let scratchB = new Uint32Array(0);

/** A window's exact inner state, for snapshots (wal/): restoring it gives back the same statistics bit for bit. */
export interface SampleWindowState {
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
 * ascending order of (value, slot), so min, max and exact percentiles are
 * O(1) reads once that order is current. A full 1000-sample window costs
 * 8,000 bytes of values plus 2,000 of order (and 512 for settling).
 *
 * Samples arrive far more often than statistics are read (the fan-out reads
 * a changed series ~10 times a second), so an add to a full window only
 * writes the ring and the running sum; the order is settled by the first
 * read after it (settle()). Since ranks are ordered by (value, slot), a
 * total order, the settled ranks are exactly those that keeping them on
 * every add would give, which snapshots (exportState) rely on.
 *
 * Storage grows by doubling up to `capacity`, so quiet series stay small.
 */
export class SampleWindow {
  private ring: Float64Array;
  private order: Ranks;
  private head = 0;
  private n = 0;
  private sum = 0;
  private addsSinceResum = 0;
  /** Adds to the full window not yet in `order`: the slots written last, just behind head. */
  private pending = 0;

  constructor(
    readonly capacity: number,
    /** Full-size arrays to use (spares()); by default small ones, grown as samples come. */
    arrays?: { ring: Float64Array; order: Ranks },
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('window capacity must be a positive integer');
    if (arrays !== undefined) {
      this.ring = arrays.ring;
      this.order = arrays.order;
      return;
    }
    const initial = Math.min(capacity, 16);
    this.ring = this.values(initial);
    this.order = this.ranks(initial);
  }

  /**
   * `count` empty windows with full-size arrays, all views of one buffer:
   * spares for copies of full windows (copyInto). An ArrayBuffer each cost
   * about as much as the copy itself, times two per window.
   */
  static spares(capacity: number, count: number): SampleWindow[] {
    const ringLength = capacity + REPLAY_MAX;
    const wide = capacity > 0xffff;
    const ringBytes = ringLength * 8;
    // Orders after the rings: every view stays aligned to its element size.
    const orderBytes = capacity * (wide ? 4 : 2);
    const slab = new ArrayBuffer(count * (ringBytes + orderBytes));
    // A new buffer's pages are mapped on first write, ~15 µs a page on these machines: touched here, where the
    // caller chose to spend that time (WindowPool.reserve), not in the first copies into them.
    new Uint8Array(slab).fill(0);
    const out: SampleWindow[] = [];
    for (let i = 0; i < count; i++) {
      const ring = new Float64Array(slab, i * ringBytes, ringLength);
      const at = count * ringBytes + i * orderBytes;
      const order = wide ? new Uint32Array(slab, at, capacity) : new Uint16Array(slab, at, capacity);
      out.push(new SampleWindow(capacity, { ring, order }));
    }
    return out;
  }

  get size(): number {
    return this.n;
  }

  add(value: number): void {
    if (this.n === this.capacity) {
      const slot = this.head;
      this.head = slot + 1 === this.capacity ? 0 : slot + 1;
      const ring = this.ring;
      const old = ring[slot];
      // Kept for a replay by settle(); past REPLAY_MAX settle merges instead and needs none.
      if (this.pending < REPLAY_MAX) ring[this.capacity + this.pending] = old;
      this.pending++;
      ring[slot] = value;
      this.sum -= old;
      this.sum += value;
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

  /** Brings `order` up to date with the ring: every reader of the ranks calls it first. */
  private settle(): void {
    const k = this.pending;
    if (k === 0) return;
    this.pending = 0;
    if (k <= REPLAY_MAX && k <= this.capacity) this.replay(k);
    else this.merge(k);
  }

  /**
   * Few adds: put their old values back in the ring, then rank the adds
   * one at a time, oldest first, as if each had been ranked as it came.
   * (Their slots differ, as k <= capacity.)
   */
  private replay(k: number): void {
    const { ring, capacity } = this;
    const first = this.head - k < 0 ? this.head - k + capacity : this.head - k;
    for (let j = 0, slot = first; j < k; j++, slot = slot + 1 === capacity ? 0 : slot + 1) {
      const value = ring[slot];
      ring[slot] = ring[capacity + j];
      // The new value waits where the old one was kept; rerank() reads it there.
      ring[capacity + j] = value;
    }
    for (let j = 0, slot = first; j < k; j++, slot = slot + 1 === capacity ? 0 : slot + 1) this.rerank(slot, ring[capacity + j]);
  }

  /**
   * Many adds: keep the ranks of the untouched slots (still in order), sort
   * the pending slots by (value, slot), and merge the two runs.
   */
  private merge(pendingAdds: number): void {
    const { ring, order, n, head } = this;
    const k = Math.min(pendingAdds, n);
    if (scratchA.length < n) {
      scratchA = new Uint32Array(n);
      scratchB = new Uint32Array(n);
    }
    // The pending slots in ascending slot order (the run behind head may wrap), so equal values need no tie-break in the sort.
    let p = 0;
    if (k === n) {
      for (let s = 0; s < n; s++) scratchA[p++] = s;
    } else {
      const first = head - k;
      if (first >= 0) {
        for (let s = first; s < head; s++) scratchA[p++] = s;
      } else {
        for (let s = 0; s < head; s++) scratchA[p++] = s;
        for (let s = first + n; s < n; s++) scratchA[p++] = s;
      }
    }
    const sorted = sortSlots(ring, scratchA, scratchB, k);
    // Survivors, in place: a slot is pending when it is within k behind head.
    let m = 0;
    if (k < n) {
      for (let i = 0; i < n; i++) {
        const s = order[i];
        const back = head - 1 - s;
        if ((back < 0 ? back + n : back) >= k) order[m++] = s;
      }
    }
    // Merge from the top down, into the same array: a rank is written only after it was read.
    let i = m - 1;
    let j = k - 1;
    for (let w = n - 1; j >= 0; w--) {
      const b = sorted[j];
      if (i >= 0) {
        const a = order[i];
        const va = ring[a];
        const vb = ring[b];
        if (va > vb || (va === vb && a > b)) {
          order[w] = a;
          i--;
          continue;
        }
      }
      order[w] = b;
      j--;
    }
  }

  /**
   * Ranks `slot`, whose old value is still in the ring and ranked, as now
   * holding `value`. The ranks between the leaving sample's and the new
   * one's shift by one, in one move, instead of closing the gap and opening
   * another (which moves three times as many on average).
   */
  private rerank(slot: number, value: number): void {
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
    if (order[r] !== slot) throw new Error(`sample window: slot ${slot} is missing from the ranks`);
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
  }

  min(): number {
    if (this.n === 0) return 0;
    this.settle();
    return this.ring[this.order[0]];
  }

  max(): number {
    if (this.n === 0) return 0;
    this.settle();
    return this.ring[this.order[this.n - 1]];
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
    this.settle();
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
   * An independent copy of the window as it is, pending adds and all: two
   * array copies. A snapshot's copy on write (wal/snapshot-capture.ts)
   * takes one on the ingest path, where settling a window nobody read for
   * a while (a sort of its pending slots) held the event loop; the copy is
   * settled later, by its own first read.
   */
  clone(): SampleWindow {
    return this.copyInto(new SampleWindow(this.capacity));
  }

  /**
   * clone() into a window of the same capacity, reusing its arrays when
   * they are the same size (a spare from a pool): a snapshot copies a few
   * hundred windows at once, and allocating each copy cost more than the
   * copying, and a collection after.
   */
  copyInto(c: SampleWindow): SampleWindow {
    if (c.capacity !== this.capacity) throw new RangeError(`sample window: a copy needs capacity ${this.capacity}, not ${c.capacity}`);
    if (c.ring.length === this.ring.length) c.ring.set(this.ring);
    else c.ring = this.ring.slice();
    if (c.order.length === this.order.length) c.order.set(this.order);
    else c.order = this.order.slice();
    c.head = this.head;
    c.n = this.n;
    c.sum = this.sum;
    c.addsSinceResum = this.addsSinceResum;
    c.pending = this.pending;
    return c;
  }

  /**
   * The exact state (see SampleWindowState), as views of the window's own
   * arrays: valid until the next add, so a snapshot of many full windows
   * is encoded without a second copy of them in memory.
   */
  exportState(): SampleWindowState {
    this.settle();
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
   * added again in arrival order. Equal values out of slot order (a
   * snapshot of a version that did not keep them so) are put in slot order:
   * the same statistics, and the order settle() relies on.
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
    this.ring = this.values(size);
    this.ring.set(state.ring);
    this.order = this.ranks(size);
    this.order.set(state.order);
    this.head = state.head;
    this.n = n;
    this.sum = state.sum;
    this.addsSinceResum = state.addsSinceResum;
    this.pending = 0;
    if (!this.inSlotOrder()) {
      const sorted = sortSlots(this.ring, Uint32Array.from(this.order.subarray(0, n)).sort(), new Uint32Array(n), n);
      this.order.set(sorted.subarray(0, n));
    }
  }

  private inSlotOrder(): boolean {
    const { ring, order } = this;
    for (let i = 1; i < this.n; i++) {
      const a = order[i - 1];
      const b = order[i];
      if (ring[a] > ring[b] || (ring[a] === ring[b] && a > b)) return false;
    }
    return true;
  }

  /** True when the arrays are a full window's (a spare a full window can be copied into). */
  get fullSize(): boolean {
    return this.ring.length === this.capacity + REPLAY_MAX && this.order.length === this.capacity;
  }

  /** Bytes of a full window's arrays. */
  static fullBytes(capacity: number): number {
    return (capacity + REPLAY_MAX) * 8 + capacity * (capacity > 0xffff ? 4 : 2);
  }

  /** Bytes held by the typed arrays, for memory accounting. */
  get bytes(): number {
    return this.ring.byteLength + this.order.byteLength;
  }

  /** A full window's ring has REPLAY_MAX more doubles, for the old values settle() replays. */
  private values(size: number): Float64Array {
    return new Float64Array(size === this.capacity ? size + REPLAY_MAX : size);
  }

  private ranks(size: number): Ranks {
    return this.capacity <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.ring.length * 2);
    const ring = this.values(size);
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

/**
 * Sorts `slots[0..k)` (in ascending slot order) by their values in `ring`,
 * keeping slot order among equal values: insertion sort of short runs,
 * then merges between `slots` and `spare`. Returns whichever holds the
 * result.
 */
function sortSlots(ring: Float64Array, slots: Uint32Array, spare: Uint32Array, k: number): Uint32Array {
  const RUN = 16;
  for (let lo = 0; lo < k; lo += RUN) {
    const hi = Math.min(k, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const s = slots[i];
      const v = ring[s];
      let j = i - 1;
      // Strictly greater only: equal values keep their (ascending) slot order.
      while (j >= lo && ring[slots[j]] > v) {
        slots[j + 1] = slots[j];
        j--;
      }
      slots[j + 1] = s;
    }
  }
  let from = slots;
  let to = spare;
  for (let width = RUN; width < k; width *= 2) {
    for (let lo = 0; lo < k; lo += 2 * width) {
      const mid = Math.min(k, lo + width);
      const hi = Math.min(k, lo + 2 * width);
      let i = lo;
      let j = mid;
      let w = lo;
      while (i < mid && j < hi) {
        // Left first on equal values: the left run holds the lower slots.
        if (ring[from[j]] < ring[from[i]]) to[w++] = from[j++];
        else to[w++] = from[i++];
      }
      while (i < mid) to[w++] = from[i++];
      while (j < hi) to[w++] = from[j++];
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}
