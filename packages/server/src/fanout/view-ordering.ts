import type { CanonicalView } from '@latency-dash/protocol';
import { rowComparator, viewFilter, type Row } from '@latency-dash/protocol/live';

/**
 * One distinct (sort, filters) of a target's views: the rows that pass the
 * filters, in order. Every window with this sort and these filters is cut
 * from it, so a tick sorts once per ordering however many windows and
 * viewers it has. The comparator and the filters are the dashboard's
 * (protocol/live), so a window holds what the dashboard would show there.
 */
export class ViewOrdering {
  /** The rows that pass the filters, sorted (empty until ready). */
  rows: Row[] = [];
  /** Windows (ViewGroups) cut from this ordering. */
  users = 0;
  /** False until build() ends: ticks' changes wait in `pending` meanwhile. */
  ready = false;
  /** Bumped by `reset`: a build of an earlier generation is abandoned. */
  generation = 0;
  private members = new Set<number>();
  private pending: { changed: Map<number, Row>; removed: Set<number> } | undefined = { changed: new Map(), removed: new Set() };
  private readonly whenReady: (() => void)[] = [];
  private readonly passes: ((r: Row) => boolean) | undefined;
  private readonly compare: (a: Row, b: Row) => number;

  private readonly sortField: keyof Row;

  constructor(view: CanonicalView) {
    this.passes = viewFilter(view);
    this.compare = rowComparator(view.sort, view.descending);
    this.sortField = view.sort as keyof Row;
  }

  /**
   * What the comparator reads of a row (the sorted column and the tie
   * breakers: target, key, labels, id), copied: a whole row has some forty
   * fields, and 100,000 copies of them kept the young generation's
   * collector busy for longer than a slice.
   */
  private sortCopy(r: Row): Row {
    const copy = { seriesId: r.seriesId, targetId: r.targetId, key: r.key, metadataLabel: r.metadataLabel, id: r.id } as Record<string, unknown>;
    copy[this.sortField] = r[this.sortField];
    return copy as unknown as Row;
  }

  /** Back to not ready, to be built again over other rows (a cluster target's new owner); returns the new generation. */
  reset(): number {
    this.rows = [];
    this.members = new Set();
    this.ready = false;
    this.pending = { changed: new Map(), removed: new Set() };
    return ++this.generation;
  }

  /** Calls `f` once the ordering is ready: at once if it is. */
  onReady(f: () => void): void {
    if (this.ready) f();
    else this.whenReady.push(f);
  }

  /**
   * Filters and sorts every row, as a job for runInSlices (slices.ts): a
   * new ordering of 100,000 rows takes tens of ms to sort, which would hold
   * every viewer and request. Ticks go on meanwhile and change rows in
   * place, so the sort works on copies of what it compares, as it was when
   * copied (a comparison must not change its answer halfway through a
   * sort); the rows a tick changed or removed meanwhile are then taken in
   * as update() takes any tick's, and the ordering is ready.
   */
  *build(all: Iterable<Row>): Generator<void, void, void> {
    if (this.pending === undefined) throw new Error('a view ordering is built once per reset()');
    const real = new Map<number, Row>();
    const copies: Row[] = [];
    let n = 0;
    // A Map's iterator survives changes between slices: rows added meanwhile are met here or in `pending`, both apply.
    for (const r of all) {
      if (this.passes === undefined || this.passes(r)) {
        real.set(r.seriesId, r);
        copies.push(this.sortCopy(r));
      }
      if ((++n & 255) === 0) yield;
    }
    const sorted = yield* sortInSlices(copies, this.compare);
    // Back to the live rows: 100,000 of them take a few ms, so this yields too.
    const rows: Row[] = new Array<Row>(sorted.length);
    const members = new Set<number>();
    for (let i = 0; i < sorted.length; i++) {
      const id = sorted[i].seriesId;
      rows[i] = real.get(id)!;
      members.add(id);
      if ((i & 4095) === 4095) yield;
    }
    this.rows = rows;
    this.members = members;
    const { changed, removed } = this.pending!;
    this.pending = undefined;
    this.ready = true;
    for (const id of removed) changed.delete(id);
    this.update([...changed.values()], removed);
    for (const f of this.whenReady.splice(0)) f();
  }

  /**
   * Takes in a tick's changes: the rows whose values changed (updated in
   * place) and the series removed. The rows that did not change are still
   * in order: they are kept as they are, and the changed ones that pass
   * are sorted among themselves and merged in by binary search, about
   * k·log n comparisons for k changed rows of n rather than a sort of all
   * n. When most rows changed, one sort of everything is cheaper.
   */
  update(changed: readonly Row[], removed: ReadonlySet<number>): void {
    if (changed.length === 0 && removed.size === 0) return;
    const pending = this.pending;
    if (pending !== undefined) {
      for (const r of changed) pending.changed.set(r.seriesId, r);
      for (const id of removed) pending.removed.add(id);
      return;
    }
    const passes = this.passes;
    // Nothing of this ordering moved (a filter that keeps few rows, say): its order stands, at no cost per row.
    if (passes !== undefined && !this.touches(changed, removed, passes)) return;
    const moved = new Set<number>();
    for (const r of changed) moved.add(r.seriesId);
    const incoming: Row[] = [];
    for (const r of changed) {
      if (passes !== undefined && !passes(r)) this.members.delete(r.seriesId);
      else {
        this.members.add(r.seriesId);
        incoming.push(r);
      }
    }
    for (const id of removed) this.members.delete(id);
    const kept: Row[] = [];
    for (const r of this.rows) if (!moved.has(r.seriesId) && !removed.has(r.seriesId)) kept.push(r);
    if (incoming.length * 4 > kept.length) {
      for (const r of incoming) kept.push(r);
      this.rows = kept.sort(this.compare);
      return;
    }
    incoming.sort(this.compare);
    this.rows = mergeInto(kept, incoming, this.compare);
  }

  /** Whether a change concerns this ordering: a row it holds changed or went, or a changed row now passes its filters. */
  private touches(changed: readonly Row[], removed: ReadonlySet<number>, passes: (r: Row) => boolean): boolean {
    for (const id of removed) if (this.members.has(id)) return true;
    for (const r of changed) if (this.members.has(r.seriesId) || passes(r)) return true;
    return false;
  }
}

/** `rows` and `add`, each sorted, as one sorted array: each of `add` placed by binary search in `rows`. */
function mergeInto(rows: readonly Row[], add: readonly Row[], compare: (a: Row, b: Row) => number): Row[] {
  const out: Row[] = [];
  let from = 0;
  for (const r of add) {
    let lo = from;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(rows[mid], r) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(rows[i]);
    out.push(r);
    from = lo;
  }
  for (let i = from; i < rows.length; i++) out.push(rows[i]);
  return out;
}

/** Rows in runs this long are sorted by Array.prototype.sort in one step; the merges after it yield every MERGE_STEP rows. */
const RUN = 512;
const MERGE_STEP = 2048;

/** `items` sorted by `compare` (a total order), as a job that yields between steps: runs, then bottom-up merges. */
function* sortInSlices<T>(items: T[], compare: (a: T, b: T) => number): Generator<void, T[], void> {
  const n = items.length;
  let src: T[] = [];
  for (let lo = 0; lo < n; lo += RUN) {
    for (const x of items.slice(lo, lo + RUN).sort(compare)) src.push(x);
    if (lo + RUN < n) yield;
  }
  for (let width = RUN; width < n; width *= 2) {
    const dst: T[] = new Array<T>(n);
    let k = 0;
    let step = 0;
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      while (i < mid && j < hi) {
        dst[k++] = compare(src[j], src[i]) < 0 ? src[j++] : src[i++];
        if (++step === MERGE_STEP) {
          step = 0;
          yield;
        }
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    src = dst;
  }
  return src;
}
