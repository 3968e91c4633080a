/**
 * Each bench prints its own lines; it also hands its headline figures to
 * `bench/run.ts` (through the file named by BENCH_RESULTS) for the summary.
 */
import { appendFileSync } from 'node:fs';

export interface SummaryRow {
  bench: string;
  /** What was measured, e.g. "engine events/s/core". */
  figure: string;
  /** The figure, formatted with its unit. */
  value: string;
  /** The SPEC goal, if there is one, and whether it was met. */
  goal?: string;
  met?: boolean;
  /** Ratio against the baseline run in the same process, formatted. */
  ratio?: string;
}

export function summarize(row: SummaryRow): void {
  const file = process.env.BENCH_RESULTS;
  if (file) appendFileSync(file, JSON.stringify(row) + '\n');
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : String(n);

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Nearest-rank quantile of an ascending array. */
export const quantile = (sorted: ArrayLike<number>, q: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
