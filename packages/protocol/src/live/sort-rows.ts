import type { Row } from './types.js';

type SortValue = (r: Row) => number | string;

const TEXT: Record<string, SortValue> = {
  targetId: (r) => r.targetId,
  key: (r) => r.key,
  metadata: (r) => r.metadataLabel,
};

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Ties go the way a person reads the table: target, key, labels; then the row id, which is unique. */
function tie(a: Row, b: Row): number {
  return cmp(a.targetId, b.targetId) || cmp(a.key, b.key) || cmp(a.metadataLabel, b.metadataLabel) || cmp(a.id, b.id);
}

/**
 * Sorts rows by one column. Numbers compare as numbers (NaN last), text by
 * locale-free code order; ties fall back to target, key, labels and row id, so equal
 * values never swap places between updates: the order is a function of the
 * values alone.
 *
 * For speed, rows are first laid out where the last sort put them (their
 * `sortRank`), and V8's TimSort finishes an almost-sorted array in close to
 * linear time; values drift a little per update. The result then records
 * each row's new rank for the next time.
 */
export function sortRows(rows: readonly Row[], sortId: string, desc: boolean): Row[] {
  const out = byLastRank(rows);
  out.sort(rowComparator(sortId, desc));
  for (let i = 0; i < out.length; i++) out[i].sortRank = i;
  return out;
}

/** The order sortRows puts rows in, as a comparator (the server sorts windowed views with it too). */
export function rowComparator(sortId: string, desc: boolean): (a: Row, b: Row) => number {
  const dir = desc ? -1 : 1;
  const text = TEXT[sortId];
  if (text !== undefined) {
    return (a, b) => {
      const x = text(a);
      const y = text(b);
      return x < y ? -dir : x > y ? dir : tie(a, b);
    };
  }
  const field = sortId as keyof Row;
  return (a, b) => {
    const x = a[field] as number;
    const y = b[field] as number;
    if (x === y) return tie(a, b);
    // NaN (no value) sorts last whichever the direction.
    if (Number.isNaN(x)) return Number.isNaN(y) ? tie(a, b) : 1;
    if (Number.isNaN(y)) return -1;
    return (x - y) * dir;
  };
}

/** The rows in their last sorted positions; rows without one (or sharing one) go last. */
function byLastRank(rows: readonly Row[]): Row[] {
  const n = rows.length;
  const slots: (Row | undefined)[] = new Array(n);
  const rest: Row[] = [];
  for (const r of rows) {
    const i = r.sortRank;
    if (i >= 0 && i < n && slots[i] === undefined) slots[i] = r;
    else rest.push(r);
  }
  const out: Row[] = [];
  for (const r of slots) if (r !== undefined) out.push(r);
  for (const r of rest) out.push(r);
  return out;
}
