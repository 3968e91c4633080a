/**
 * An independent, obvious implementation of SPEC F2 for tests to compare
 * against: keep every sample, sort the last `window` of them on each read.
 */
export function nearestRank(sortedAsc: number[], p: number): number {
  const n = sortedAsc.length;
  if (n === 0) return 0;
  // ceil(q·n) − 1 with q = p/100, computed in integers (p·n ≤ 100·n).
  const rank = Math.floor((p * n + 99) / 100);
  return sortedAsc[rank - 1];
}

export function expectedStats(allSamples: number[], window: number) {
  const w = allSamples.slice(-window);
  const sorted = [...w].sort((a, b) => a - b);
  const sum = w.reduce((a, b) => a + b, 0);
  return {
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    avg: w.length ? sum / w.length : 0,
    p50: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    n: w.length,
  };
}
