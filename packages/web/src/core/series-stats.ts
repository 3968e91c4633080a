/** A series' figures for a chart legend. */
export interface SeriesStats {
  min: number;
  max: number;
  mean: number;
  /** The latest point with a value. */
  last: number;
}

/**
 * Min, max, mean and last over the points that have a value (gaps,
 * null or NaN, are skipped); undefined when none has.
 */
export function seriesStats(values: ArrayLike<number | null | undefined>): SeriesStats | undefined {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let n = 0;
  let last = Number.NaN;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    n++;
    last = v;
  }
  return n === 0 ? undefined : { min, max, mean: sum / n, last };
}
