import { METRICS, type MetricsUpdate } from '@latency-dash/protocol';
import { readRow } from '../metrics/metric-readers.js';
import type { Series } from '../metrics/series.js';

const FIELDS = METRICS.map((m) => m.field);
const WIDTH = FIELDS.length;

/**
 * The numbers of every series as one stream's batches last carried them:
 * what every viewer in step with the stream holds, which the next delta
 * applies onto. Kept as slots of one growing Float64Array, updated in place,
 * rather than an update object per series replaced every tick: those objects
 * lived until their series changed again (seconds for a quiet one), so they
 * outlived young collections and were promoted, only to die in the old
 * generation and feed its Mark-Compacts. Only the tick's deltas are new
 * objects now, and they die young.
 */
export class SentRows {
  private readonly slots = new Map<number, number>();
  private readonly freed: number[] = [];
  private rows = new Float64Array(WIDTH * 64);
  private used = 0;
  private readonly fresh = new Float64Array(WIDTH);

  has(seriesId: number): boolean {
    return this.slots.has(seriesId);
  }

  delete(seriesId: number): void {
    const slot = this.slots.get(seriesId);
    if (slot === undefined) return;
    this.slots.delete(seriesId);
    this.freed.push(slot);
  }

  /**
   * Reads `series` now and records it as sent. Returns what a batch carries
   * for it: the full row with its labels the first time; after that the
   * fields that changed (Object.is: NaN equals NaN, 0 and -0 differ), or
   * undefined when none did, or every field when `deltas` is off.
   */
  next(series: Series, nowMs: number, deltas: boolean): MetricsUpdate | undefined {
    let slot = this.slots.get(series.id);
    if (slot === undefined) {
      slot = this.claim(series.id);
      readRow(this.rows, slot * WIDTH, series, nowMs);
      return this.update(series, slot, true);
    }
    const fresh = this.fresh;
    readRow(fresh, 0, series, nowMs);
    const rows = this.rows;
    const at = slot * WIDTH;
    if (!deltas) {
      rows.set(fresh, at);
      return this.update(series, slot, false);
    }
    let delta: Record<string, unknown> | undefined;
    for (let i = 0; i < WIDTH; i++) {
      const v = fresh[i];
      if (Object.is(v, rows[at + i])) continue;
      delta ??= { seriesId: series.id };
      delta[FIELDS[i]] = v;
      rows[at + i] = v;
    }
    return delta as MetricsUpdate | undefined;
  }

  /** The row as the stream last sent it, with labels (a snapshot's row); undefined if it never carried the series. */
  sent(series: Series): MetricsUpdate | undefined {
    const slot = this.slots.get(series.id);
    return slot === undefined ? undefined : this.update(series, slot, true);
  }

  private update(series: Series, slot: number, withLabels: boolean): MetricsUpdate {
    const out: Record<string, unknown> = { seriesId: series.id };
    const rows = this.rows;
    const at = slot * WIDTH;
    for (let i = 0; i < WIDTH; i++) out[FIELDS[i]] = rows[at + i];
    if (withLabels) {
      out.key = series.key;
      out.metadata = { ...series.metadata };
    }
    return out as unknown as MetricsUpdate;
  }

  private claim(seriesId: number): number {
    let slot = this.freed.pop();
    if (slot === undefined) {
      slot = this.used++;
      if (this.used * WIDTH > this.rows.length) {
        const grown = new Float64Array(this.rows.length * 2);
        grown.set(this.rows);
        this.rows = grown;
      }
    }
    this.slots.set(seriesId, slot);
    return slot;
  }
}
