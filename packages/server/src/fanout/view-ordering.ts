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
   * place) and the series removed. Rows keep last tick's order and TimSort
   * finishes an almost-sorted array in close to linear time, so a tick
   * where a few values moved costs little even at 10,000 rows.
   */
  update(changed: readonly Row[], removed: ReadonlySet<number>): void {
    const passes = this.passes;
    let dropped = removed.size > 0;
    if (passes !== undefined) {
      for (const r of changed) {
        if (this.members.has(r.seriesId) && !passes(r)) {
          this.members.delete(r.seriesId);
          dropped = true;
        }
      }
    }
    if (dropped) {
      for (const id of removed) this.members.delete(id);
      this.rows = this.rows.filter((r) => this.members.has(r.seriesId));
    }
    for (const r of changed) {
      if (this.members.has(r.seriesId) || removed.has(r.seriesId) || (passes !== undefined && !passes(r))) continue;
      this.members.add(r.seriesId);
      this.rows.push(r);
    }
    this.rows.sort(this.compare);
  }
}
