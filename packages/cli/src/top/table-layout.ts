import { METRICS, type Metric, type MetricId } from '@latency-dash/protocol';
import { ago, bytes, bytesPerSecond, count, ms, rate, type Row } from '@latency-dash/protocol/live';

/** A column of the terminal table: its width in characters and how a row reads in it. */
export interface TopColumn {
  readonly id: MetricId | 'key' | 'metadata';
  readonly header: string;
  readonly width: number;
  readonly align: 'left' | 'right';
  /** Latency statistics get threshold colours (and a cue character, as in the dashboard). */
  readonly latency: boolean;
  text(r: Row, nowMs: number): string;
}

/** How a metric's unit reads in a cell, and the most characters that takes (a latency's cue included). */
const UNIT: Record<Metric['unit'], { format: (v: number, nowMs: number) => string; width: number }> = {
  ms: { format: ms, width: 8 },
  'B/s': { format: bytesPerSecond, width: 10 },
  'events/s': { format: rate, width: 6 },
  B: { format: bytes, width: 8 },
  events: { format: count, width: 9 },
  samples: { format: count, width: 8 },
  time: { format: ago, width: 10 },
};

/**
 * Which metric columns a narrow terminal keeps first; metrics the table
 * gains later (not named here) come last.
 */
const PRIORITY: readonly string[] = [
  'p90',
  'p99',
  'p50',
  'avg',
  'max',
  'min',
  'eventsPerSecond',
  'count',
  'p95',
  'throughput',
  'avgProcessing',
  'lastPayload',
  'lastUpdateMs',
];

/** Characters between two columns. */
export const GAP = 1;
const KEY_MIN = 8;
const KEY_MAX = 40;
const META_MIN = 12;
const META_MAX = 60;

const SHOWN = METRICS.filter((m) => m.column);
const BY_PRIORITY = [...SHOWN].sort((a, b) => rank(a.id) - rank(b.id));

function rank(id: string): number {
  const i = PRIORITY.indexOf(id);
  return i < 0 ? PRIORITY.length : i;
}

function metricColumn(m: Metric): TopColumn {
  const unit = UNIT[m.unit];
  const latency = m.kind === 'latency';
  return {
    id: m.id,
    header: m.label,
    width: Math.max(unit.width, m.label.length + 1),
    align: 'right',
    latency,
    // A latency statistic over an empty window has no value yet.
    text: latency ? (r, now) => (r.sampleCount > 0 ? unit.format(r[m.id], now) : '–') : (r, now) => unit.format(r[m.id], now),
  };
}

export interface LayoutInput {
  /** Terminal width in characters. */
  width: number;
  split: boolean;
  /** The longest key and metadata label among the rows: those columns grow to them while there is room. */
  longestKey: number;
  longestMetadata: number;
}

/**
 * The columns that fit the width. The key (and the metadata when split)
 * come first: they get up to half the width, as far as their longest text
 * needs; then metrics by PRIORITY while they fit, shown in the metric
 * table's order; room left over widens the key and metadata columns up to
 * their longest text. The widths with the gaps between them never exceed
 * the width (on a terminal of 10 characters or more).
 */
export function fitColumns({ width, split, longestKey, longestMetadata }: LayoutInput): TopColumn[] {
  const keyWant = Math.max(3, Math.min(KEY_MAX, longestKey));
  const metaWant = split ? Math.max(8, Math.min(META_MAX, longestMetadata)) : 0;
  const keyMin = Math.min(keyWant, KEY_MIN);
  const gaps = split ? GAP : 0;
  const metaMin = Math.max(0, Math.min(metaWant, META_MIN, width - keyMin - gaps));
  // Up to half the width for what names a row; never less than the minimums.
  const identity = Math.max(keyMin + metaMin, Math.min(keyWant + metaWant, Math.floor(width / 2) - gaps));
  let keyWidth = Math.min(keyWant, Math.max(keyMin, identity - metaMin));
  let metaWidth = split ? Math.min(metaWant, identity - keyWidth) : 0;
  let spare = width - keyWidth - metaWidth - gaps;
  const chosen = new Set<string>();
  for (const m of BY_PRIORITY) {
    const w = GAP + metricColumn(m).width;
    if (w > spare) continue;
    spare -= w;
    chosen.add(m.id);
  }
  const grow = (now: number, want: number) => {
    const got = Math.max(0, Math.min(spare, want - now));
    spare -= got;
    return now + got;
  };
  keyWidth = grow(keyWidth, keyWant);
  if (split) metaWidth = grow(metaWidth, metaWant);
  const columns: TopColumn[] = [{ id: 'key', header: 'Key', width: keyWidth, align: 'left', latency: false, text: (r) => r.key }];
  if (split) {
    columns.push({ id: 'metadata', header: 'Metadata', width: metaWidth, align: 'left', latency: false, text: (r) => r.metadataLabel || '(all)' });
  }
  for (const m of SHOWN) if (chosen.has(m.id)) columns.push(metricColumn(m));
  return columns;
}

/** `text` in exactly `width` characters: padded, or cut with an ellipsis. */
export function fitText(text: string, width: number, align: 'left' | 'right'): string {
  const chars = [...text];
  if (chars.length > width) return width <= 0 ? '' : chars.slice(0, width - 1).join('') + '…';
  const pad = ' '.repeat(width - chars.length);
  return align === 'left' ? text + pad : pad + text;
}

/** The ids the table can sort on, in the order ←/→ walk them: the columns shown. */
export function sortIds(columns: readonly TopColumn[]): string[] {
  return columns.map((c) => c.id);
}
