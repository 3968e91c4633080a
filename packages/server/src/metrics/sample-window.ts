/**
 * The most recent `capacity` samples of a series, kept twice: in arrival
 * order (a ring, to know which sample leaves) and sorted (so exact
 * percentiles, min and max are O(1) reads). Each add is two binary searches
 * and one memmove of the span between the leaving and the arriving value,
 * instead of a sort per read.
 *
 * Storage grows by doubling up to `capacity`, so quiet series stay small.
 */
export class SampleWindow {
  private ring: Float64Array;
  private sorted: Float64Array;
  private head = 0;
  private n = 0;
  private sum = 0;
  private addsSinceResum = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('window capacity must be a positive integer');
    const initial = Math.min(capacity, 16);
    this.ring = new Float64Array(initial);
    this.sorted = new Float64Array(initial);
  }

  get size(): number {
    return this.n;
  }

  add(value: number): void {
    if (this.n < this.capacity) {
      this.insertGrowing(value);
    } else {
      this.replaceOldest(value);
    }
    // A running sum drifts with floating-point error; recompute it exactly
    // once per window turn, which keeps the amortized cost O(1).
    if (++this.addsSinceResum >= this.capacity) this.resum();
  }

  min(): number {
    return this.n === 0 ? 0 : this.sorted[0];
  }

  max(): number {
    return this.n === 0 ? 0 : this.sorted[this.n - 1];
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
    return this.sorted[index];
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

  /** Bytes held by the typed arrays, for memory accounting. */
  get bytes(): number {
    return this.ring.byteLength + this.sorted.byteLength;
  }

  private insertGrowing(value: number): void {
    if (this.n === this.ring.length) this.grow();
    this.ring[this.n] = value;
    const at = upperBound(this.sorted, this.n, value);
    this.sorted.copyWithin(at + 1, at, this.n);
    this.sorted[at] = value;
    this.n++;
    this.sum += value;
    if (this.n === this.capacity) this.head = 0;
  }

  private replaceOldest(value: number): void {
    const old = this.ring[this.head];
    this.ring[this.head] = value;
    this.head = this.head + 1 === this.capacity ? 0 : this.head + 1;
    this.sum += value - old;
    const sorted = this.sorted;
    const from = lowerBound(sorted, this.n, old);
    if (value >= old) {
      const to = upperBound(sorted, this.n, value) - 1;
      sorted.copyWithin(from, from + 1, to + 1);
      sorted[to] = value;
    } else {
      const to = upperBound(sorted, this.n, value);
      sorted.copyWithin(to + 1, to, from);
      sorted[to] = value;
    }
  }

  private grow(): void {
    const size = Math.min(this.capacity, this.ring.length * 2);
    const ring = new Float64Array(size);
    ring.set(this.ring);
    const sorted = new Float64Array(size);
    sorted.set(this.sorted);
    this.ring = ring;
    this.sorted = sorted;
  }

  private resum(): void {
    let s = 0;
    for (let i = 0; i < this.n; i++) s += this.ring[i];
    this.sum = s;
    this.addsSinceResum = 0;
  }
}

/** First index in a[0..n) whose value is >= x. */
function lowerBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in a[0..n) whose value is > x. */
function upperBound(a: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
