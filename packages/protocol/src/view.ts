import type { latency } from '../gen/latency.js';
import { METRICS, type MetricId } from './metric-table.js';

/** A column a View may sort by: a metric of the table, or a text column (the dashboard's column ids). */
export type ViewSortId = MetricId | 'key' | 'metadata' | 'targetId';

/** Longest key or metadata filter a View may carry (characters). */
export const VIEW_MAX_FILTER_CHARS = 256;
/** Most terms in a metadata filter. */
export const VIEW_MAX_FILTER_TERMS = 16;
/** Most pinned series a View may carry (latency.proto). */
export const VIEW_MAX_PINNED = 32;

/**
 * Every name View.sort accepts, to the dashboard's column id: the ids
 * themselves (p90, eventsPerSecond, lastUpdateMs, ...) and the snake_case
 * names latency.proto lists (events_per_second, last_update, samples, target, ...).
 */
const SORT_NAMES: ReadonlyMap<string, ViewSortId> = new Map<string, ViewSortId>([
  ...METRICS.map((m) => [m.id, m.id] as const),
  ...METRICS.flatMap((m) => ('alert' in m ? [[m.alert, m.id] as const] : [])),
  ['last_payload', 'lastPayload'],
  ['last_update', 'lastUpdateMs'],
  ['samples', 'sampleCount'],
  ['key', 'key'],
  ['metadata', 'metadata'],
  ['targetId', 'targetId'],
  ['target', 'targetId'],
]);

export function viewSortId(name: string): ViewSortId | undefined {
  return SORT_NAMES.get(name);
}

/** A View as the server serves it (and echoes): checked, its sort named by column id, its filters trimmed and lower-cased, its pinned series sorted and unique. */
export interface CanonicalView {
  sort: ViewSortId;
  descending: boolean;
  offset: number;
  limit: number;
  keyFilter: string;
  metadataFilter: string;
  p90AtLeastMs?: number;
  activeOnly: boolean;
  pinned: number[];
}

export interface ViewLimits {
  maxRows: number;
  maxPinned: number;
}

/** Checks a View from the wire; returns the canonical view, or the reason it is refused. */
export function checkView(v: latency.View.$Properties, limits: ViewLimits): CanonicalView | string {
  const sort = viewSortId(v.sort ?? '');
  if (sort === undefined)
    return `unknown sort column ${JSON.stringify((v.sort ?? '').slice(0, 40))}: use a metric (p90, events_per_second, ...) or key, metadata, target`;
  const limit = v.limit ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > limits.maxRows) return `limit must be 1-${limits.maxRows} (--max-view-rows); got ${limit}`;
  const offset = v.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) return `offset must be a whole number >= 0; got ${offset}`;
  const keyFilter = v.keyFilter ?? '';
  const metadataFilter = v.metadataFilter ?? '';
  for (const [name, f] of [
    ['keyFilter', keyFilter],
    ['metadataFilter', metadataFilter],
  ] as const) {
    if (f.length > VIEW_MAX_FILTER_CHARS) return `${name} is ${f.length} characters; at most ${VIEW_MAX_FILTER_CHARS}`;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(f)) return `${name} holds a control character`;
  }
  if (metadataFilter.split(/[\s,]+/).filter((t) => t !== '').length > VIEW_MAX_FILTER_TERMS)
    return `metadataFilter has more than ${VIEW_MAX_FILTER_TERMS} terms`;
  const p90 = v.p90AtLeastMs ?? undefined;
  if (p90 !== undefined && !Number.isFinite(p90)) return `p90AtLeastMs must be a finite number; got ${p90}`;
  const pinned = [...new Set(v.pinned ?? [])].sort((a, b) => a - b);
  const maxPinned = Math.min(limits.maxPinned, VIEW_MAX_PINNED);
  if (pinned.length > maxPinned) return `${pinned.length} pinned series; at most ${maxPinned}`;
  // Filters match case-insensitively: lower-cased and trimmed, equal filters are one view.
  const out: CanonicalView = {
    sort,
    descending: v.descending === true,
    offset,
    limit,
    keyFilter: keyFilter.trim().toLowerCase(),
    metadataFilter: metadataFilter.trim().toLowerCase(),
    activeOnly: v.activeOnly === true,
    pinned,
  };
  if (p90 !== undefined) out.p90AtLeastMs = p90;
  return out;
}

/** Views with equal keys sort and filter the same way (whatever their window). */
export function orderingKey(v: CanonicalView): string {
  return JSON.stringify([v.sort, v.descending, v.keyFilter, v.metadataFilter, v.p90AtLeastMs ?? null, v.activeOnly]);
}

/** Views with equal keys get the same frames. */
export function viewKey(v: CanonicalView): string {
  return JSON.stringify([orderingKey(v), v.offset, v.limit, v.pinned]);
}
