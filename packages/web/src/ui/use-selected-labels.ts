import { useMemo } from 'react';
import type { Row } from '@latency-dash/protocol/live';
import { seriesLabel } from '../core/history-view.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * The live rows picked in the table (before a range was chosen), as
 * "target/key {labels}": how the history chart finds the same series. Only
 * looked up while `active` (history mode); the set keeps its identity while
 * the picks stay the same, though the live rows change every frame.
 */
export function useSelectedLabels(active: boolean, selected: ReadonlySet<string>, rows: readonly Row[]): ReadonlySet<string> {
  let key = '';
  if (active && selected.size > 0) {
    const labels: string[] = [];
    for (const r of rows) if (selected.has(r.id)) labels.push(seriesLabel(r.targetId, r.key, r.metadata));
    key = labels.sort().join('\n');
  }
  return useMemo(() => (key === '' ? NONE : new Set(key.split('\n'))), [key]);
}
