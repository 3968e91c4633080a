import type { Metadata } from './series.js';

/**
 * Map key of a split series inside its target: the key and the metadata
 * entries sorted by name, joined with control characters (which validation
 * keeps out of names and values), so two events with the same labels in
 * any order map to one series and no two label sets collide.
 */
export function splitSeriesKey(key: string, metadata: Metadata): string {
  const names = Object.keys(metadata);
  if (names.length > 1) names.sort();
  let id = key;
  for (let i = 0; i < names.length; i++) id += '\u001e' + names[i] + '\u001d' + metadata[names[i]];
  return id;
}

/** Human-readable `k=v,k=v` with names sorted, for logs and exports. */
export function metadataLabel(metadata: Metadata): string {
  return Object.keys(metadata)
    .sort()
    .map((name) => `${name}=${metadata[name]}`)
    .join(',');
}
