import type { Row } from '@latency-dash/protocol/live';

/** Seconds of per-series history kept in the browser for the live charts. */
export const TIMELINE_POINTS = 120;

export interface Totals {
  eventsPerSecond: number;
  throughput: number;
  worstP90: number;
  activeSeries: number;
}

/**
 * Once a second, records each series' p90 and the view's totals, so the
 * charts can draw the last two minutes and the cards can show trends.
 * Float32 rings keep 10,000 series under 5 MB.
 */
export class Timeline {
  readonly times = new Float64Array(TIMELINE_POINTS);
  readonly totals: Totals[] = [];
  private readonly p90 = new Map<string, { ring: Float32Array; seen: number }>();
  /** Number of samples taken; index of the next is samples % TIMELINE_POINTS. */
  samples = 0;

  sample(rows: readonly Row[], nowMs: number): void {
    const i = this.samples % TIMELINE_POINTS;
    this.times[i] = nowMs / 1000;
    const generation = this.samples;
    const totals: Totals = { eventsPerSecond: 0, throughput: 0, worstP90: 0, activeSeries: 0 };
    for (const r of rows) {
      let entry = this.p90.get(r.id);
      if (entry === undefined) {
        entry = { ring: new Float32Array(TIMELINE_POINTS).fill(Number.NaN), seen: generation };
        this.p90.set(r.id, entry);
      }
      entry.seen = generation;
      entry.ring[i] = r.sampleCount > 0 ? r.p90 : Number.NaN;
      totals.eventsPerSecond += r.eventsPerSecond;
      totals.throughput += r.throughput;
      if (r.p90 > totals.worstP90) totals.worstP90 = r.p90;
      if (r.eventsPerSecond > 0) totals.activeSeries++;
    }
    for (const [id, entry] of this.p90) if (entry.seen !== generation) this.p90.delete(id);
    this.totals.push(totals);
    if (this.totals.length > TIMELINE_POINTS) this.totals.shift();
    this.samples++;
  }

  /**
   * Times (s) oldest first, and each requested series' p90 aligned with them,
   * as of the `samples`-th sample (the UI's tick; the rings hold the last
   * TIMELINE_POINTS).
   */
  series(ids: readonly string[], samples: number = this.samples): { times: number[]; values: (number | null)[][] } {
    const end = Math.min(samples, this.samples);
    const times: number[] = [];
    const values: (number | null)[][] = ids.map(() => []);
    for (let k = Math.max(0, this.samples - TIMELINE_POINTS); k < end; k++) {
      const i = k % TIMELINE_POINTS;
      times.push(this.times[i]);
      ids.forEach((id, j) => {
        const v = this.p90.get(id)?.ring[i];
        values[j].push(v === undefined || Number.isNaN(v) ? null : v);
      });
    }
    return { times, values };
  }

  /** The totals kept, oldest first, as of the `samples`-th sample. */
  totalsUpTo(samples: number = this.samples): Totals[] {
    const newer = this.samples - Math.min(samples, this.samples);
    return this.totals.slice(0, Math.max(0, this.totals.length - newer));
  }

  /** Totals `secondsAgo` seconds before the `samples`-th sample (for trends), or undefined if not that old yet. */
  totalsAgo(secondsAgo: number, samples: number = this.samples): Totals | undefined {
    const i = this.totals.length - 1 - secondsAgo - (this.samples - Math.min(samples, this.samples));
    return i >= 0 ? this.totals[i] : undefined;
  }
}
