/**
 * Shapes of the JSON HTTP API that the server and the dashboard share (the
 * WebSocket messages come from latency.proto instead).
 */

/** One bucket of GET /api/v1/history. */
export interface HistoryPoint {
  /** Bucket start, Unix ms. */
  t: number;
  events: number;
  samples: number;
  min: number;
  max: number;
  avg: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  /** Payload bytes per second over the bucket. */
  throughput: number;
  eventsPerSecond: number;
  avgProcessingMs: number;
}

export interface HistorySeries {
  key: string;
  metadata: Record<string, string>;
  points: HistoryPoint[];
}

/** A stretch of time, [from, to) in Unix ms. */
export type TimeRange = [fromMs: number, toMs: number];

export interface HistoryResult {
  target: string;
  split: boolean;
  fromMs: number;
  toMs: number;
  stepS: number;
  resolution: '1s' | '1m';
  series: HistorySeries[];
  /**
   * Seconds of the range whose history was lost: the disk could not take them
   * and they overflowed the server's memory buffer. No point there means
   * "unknown", never "no events"; a bucket that overlaps one is incomplete.
   */
  gaps: TimeRange[];
  /** Seconds of the range held in memory until the disk takes them again: asked later, they are there. */
  pending: TimeRange[];
}

/** A CSV cell: numbers as they are; text quoted when needed, with spreadsheet formulas (=, +, -, @) defused. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
