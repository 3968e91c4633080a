import { useMemo } from 'react';
import type { Row } from '@latency-dash/protocol/live';

/** The k rows with the highest p90, without sorting all of them. */
function topByP90(rows: readonly Row[], k: number): Row[] {
  const top: Row[] = [];
  for (const r of rows) {
    if (top.length < k) top.push(r);
    else if (r.p90 > top[k - 1].p90) top[k - 1] = r;
    else continue;
    top.sort((a, b) => b.p90 - a.p90);
  }
  return top;
}

/** The series the latency chart draws: the selected rows (up to 8), else the 5 with the highest p90; and their labels. */
export function useChartSeries(rows: readonly Row[], selected: ReadonlySet<string>): { ids: string[]; labels: Map<string, string> } {
  return useMemo(() => {
    const pinned = rows.filter((r) => selected.has(r.id)).map((r) => r.id);
    const ids =
      pinned.length > 0
        ? pinned.slice(0, 8)
        : topByP90(rows, 5)
            .map((r) => r.id)
            .sort();
    const wanted = new Set(ids);
    const labels = new Map(ids.map((id) => [id, id]));
    for (const r of rows) if (wanted.has(r.id)) labels.set(r.id, `${r.targetId}/${r.key}${r.metadataLabel ? ` {${r.metadataLabel}}` : ''}`);
    return { ids, labels };
  }, [rows, selected]);
}
