import type { Series } from '../metrics/series.js';
import type { SecondRange } from './history-store.js';
import type { RollupRow } from './rollup.js';

/** A finished second of one series, encoded (a tenth of a live Rollup's memory), waiting for its series id and the disk. */
export interface BufferedRow {
  targetId: string;
  series: Series;
  row: RollupRow;
}

export interface HistoryBufferLimits {
  /** Seconds held at most; older ones are dropped first. */
  maxSeconds: number;
  /** Rows (series × seconds) held at most, so memory stays bounded however many series there are. */
  maxRows: number;
}

/** Lost ranges not yet in the file, at most this many; beyond, the oldest two merge (a wider gap, never a hidden one). */
const MAX_UNSAVED_GAPS = 1000;

/**
 * Finished seconds that are not in the history file yet: normally one, a
 * few minutes' worth while the disk is full. Bounded by seconds and by rows;
 * what does not fit is dropped, oldest first, counted, and remembered as a
 * lost range until the file can take that too.
 */
export class HistoryBuffer {
  /** Unix second → its rows, in arrival order (oldest first). */
  private readonly seconds = new Map<number, BufferedRow[]>();
  private readonly unsavedGaps: SecondRange[] = [];
  /** The write-ahead log's position when each second's rows were last added (absent: none given). */
  private readonly lsns = new Map<number, number>();
  rows = 0;
  droppedSeconds = 0;
  droppedRows = 0;

  constructor(readonly limits: HistoryBufferLimits) {}

  get size(): number {
    return this.seconds.size;
  }

  /** Adds a second's rows (to those of the same second already held), then drops the oldest seconds past the limits. */
  add(second: number, rows: BufferedRow[], lsn?: number): void {
    if (lsn !== undefined) this.lsns.set(second, Math.max(lsn, this.lsns.get(second) ?? lsn));
    if (rows.length === 0) {
      // Nothing to write for it: the position still counts once the seconds before are written.
      if (lsn !== undefined && !this.seconds.has(second)) this.seconds.set(second, []);
      return;
    }
    const held = this.seconds.get(second);
    if (held === undefined) this.seconds.set(second, rows);
    else for (const r of rows) held.push(r);
    this.rows += rows.length;
    while (this.seconds.size > this.limits.maxSeconds || this.rows > this.limits.maxRows) {
      const [oldest, lost] = this.seconds.entries().next().value as [number, BufferedRow[]];
      this.seconds.delete(oldest);
      this.lsns.delete(oldest);
      this.rows -= lost.length;
      this.droppedSeconds++;
      this.droppedRows += lost.length;
      this.addGap(oldest);
    }
  }

  /** Whether adding these rows would drop a second. */
  wouldOverflow(second: number, rows: number): boolean {
    const seconds = this.seconds.size + (this.seconds.has(second) ? 0 : 1);
    return seconds > this.limits.maxSeconds || this.rows + rows > this.limits.maxRows;
  }

  /** The oldest second held and its rows. */
  oldest(): [number, BufferedRow[]] | undefined {
    return this.seconds.entries().next().value;
  }

  /** The write-ahead log's position given with a second's rows, if any. */
  lsnOf(second: number): number | undefined {
    return this.lsns.get(second);
  }

  /** Forgets the first `n` rows of a second once they are written (a big second is written in several transactions). */
  removeRows(second: number, n: number): void {
    const rows = this.seconds.get(second);
    if (rows === undefined) return;
    const removed = rows.splice(0, n).length;
    this.rows -= removed;
    if (rows.length === 0) {
      this.seconds.delete(second);
      this.lsns.delete(second);
    }
  }

  /** The oldest second held, if any. */
  oldestSecond(): number | undefined {
    return this.oldest()?.[0];
  }

  /** Held seconds that overlap [fromS, toS), as ranges. */
  pendingIn(fromS: number, toS: number): SecondRange[] {
    const held = [...this.seconds.keys()].filter((s) => s >= fromS && s < toS).sort((a, b) => a - b);
    return toRanges(held);
  }

  /** Lost ranges the file does not hold yet. */
  gapsToSave(): readonly SecondRange[] {
    return this.unsavedGaps;
  }

  /** The first `n` lost ranges are in the file now. */
  gapsSaved(n: number): void {
    this.unsavedGaps.splice(0, n);
  }

  /** Lost ranges not yet saved that overlap [fromS, toS). */
  unsavedGapsIn(fromS: number, toS: number): SecondRange[] {
    return this.unsavedGaps.filter(([from, to]) => to > fromS && from < toS);
  }

  private addGap(second: number): void {
    const last = this.unsavedGaps.at(-1);
    if (last !== undefined && last[1] === second) {
      last[1] = second + 1;
      return;
    }
    this.unsavedGaps.push([second, second + 1]);
    if (this.unsavedGaps.length > MAX_UNSAVED_GAPS) {
      const [a, b] = this.unsavedGaps.splice(0, 2);
      this.unsavedGaps.unshift([Math.min(a[0], b[0]), Math.max(a[1], b[1])]);
    }
  }
}

/** Sorted seconds as [from, to) ranges of consecutive seconds. */
export function toRanges(seconds: readonly number[]): SecondRange[] {
  const out: SecondRange[] = [];
  for (const s of seconds) {
    const last = out.at(-1);
    if (last !== undefined && last[1] === s) last[1] = s + 1;
    else out.push([s, s + 1]);
  }
  return out;
}

/** Overlapping or touching ranges merged, sorted. */
export function mergeRanges(ranges: readonly SecondRange[]): SecondRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: SecondRange[] = [];
  for (const [from, to] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
