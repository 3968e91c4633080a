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

export interface HistoryResult {
  target: string;
  split: boolean;
  fromMs: number;
  toMs: number;
  stepS: number;
  resolution: '1s' | '1m';
  series: HistorySeries[];
}

/** A CSV cell: numbers as they are; text quoted when needed, with spreadsheet formulas (=, +, -, @) defused. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
