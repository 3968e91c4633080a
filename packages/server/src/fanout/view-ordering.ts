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
  /** The rows that pass the filters, sorted. */
  rows: Row[] = [];
  /** Windows (ViewGroups) cut from this ordering. */
  users = 0;
  private readonly members = new Set<number>();
  private readonly passes: ((r: Row) => boolean) | undefined;
  private readonly compare: (a: Row, b: Row) => number;

  constructor(view: CanonicalView) {
    this.passes = viewFilter(view);
    this.compare = rowComparator(view.sort, view.descending);
  }

  /** Filters and sorts every row (a new ordering). */
  rebuild(all: Iterable<Row>): void {
    this.rows = [];
    this.members.clear();
    for (const r of all) {
      if (this.passes !== undefined && !this.passes(r)) continue;
      this.rows.push(r);
      this.members.add(r.seriesId);
    }
    this.rows.sort(this.compare);
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
    const passes = this.passes;
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
