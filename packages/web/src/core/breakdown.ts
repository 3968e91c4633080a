import type { Row } from '@latency-dash/protocol/live';

/** What events are grouped by: a series' key, its target, or one of its metadata labels (split view). */
export type Dimension = { kind: 'key' } | { kind: 'target' } | { kind: 'label'; name: string };

export interface Slice {
  label: string;
  /** Events per second of every series in the group. */
  value: number;
  /** How many groups this slice stands for: 1, or more for the "other" slice. */
  groups: number;
}

export interface Breakdown {
  dimension: Dimension;
  /** Largest first; with more groups than `maxSlices`, the last one is "other (n)". */
  slices: Slice[];
  total: number;
  /** Every group there is, before the smallest were folded into "other". */
  groupCount: number;
}

/** The label a group of rows without the chosen metadata label goes under. */
export const NO_LABEL = '(none)';

export const dimensionName = (d: Dimension) => (d.kind === 'label' ? d.name : d.kind);

/** `key`, `target`, or `label:<name>`: a dimension as a select's value. */
export const dimensionValue = (d: Dimension) => (d.kind === 'label' ? `label:${d.name}` : d.kind);

export function parseDimension(value: string): Dimension {
  if (value === 'target') return { kind: 'target' };
  if (value.startsWith('label:')) return { kind: 'label', name: value.slice('label:'.length) };
  return { kind: 'key' };
}

/**
 * The dimensions these rows can be broken down by: key and target always,
 * and each metadata label name split rows carry (combined rows have none).
 */
export function dimensionsOf(rows: readonly Row[]): Dimension[] {
  const names = new Set<string>();
  for (const r of rows) if (r.split) for (const name of Object.keys(r.metadata)) names.add(name);
  return [{ kind: 'key' }, { kind: 'target' }, ...[...names].sort().map((name): Dimension => ({ kind: 'label', name }))];
}

/** The first metadata label when the rows are split (what "by metadata" means), else the key. */
export function defaultDimension(dimensions: readonly Dimension[]): Dimension {
  return dimensions.find((d) => d.kind === 'label') ?? { kind: 'key' };
}

/**
 * Events per second grouped by one dimension, largest first. Past
 * `maxSlices` groups the smallest fold into one "other (n)" slice, so the
 * biggest stay readable at any cardinality. A label dimension counts only
 * split rows: combined rows would count the same events twice.
 */
export function breakdown(rows: readonly Row[], dimension: Dimension, maxSlices: number): Breakdown {
  const sums = new Map<string, number>();
  for (const r of rows) {
    let label: string;
    if (dimension.kind === 'key') label = r.key;
    else if (dimension.kind === 'target') label = r.targetId;
    else if (!r.split) continue;
    else label = r.metadata[dimension.name] ?? NO_LABEL;
    sums.set(label, (sums.get(label) ?? 0) + r.eventsPerSecond);
  }
  const all = [...sums].map(([label, value]): Slice => ({ label, value, groups: 1 }));
  // Ties by label, so equal groups keep their places from one second to the next.
  all.sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const total = all.reduce((s, x) => s + x.value, 0);
  if (all.length <= maxSlices) return { dimension, slices: all, total, groupCount: all.length };
  const kept = all.slice(0, maxSlices - 1);
  const rest = all.slice(maxSlices - 1);
  const other: Slice = { label: `other (${rest.length})`, value: rest.reduce((s, x) => s + x.value, 0), groups: rest.length };
  return { dimension, slices: [...kept, other], total, groupCount: all.length };
}
