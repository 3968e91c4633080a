import { METRICS } from '../index.js';
import type { MetricValues } from './types.js';

export function metadataLabel(metadata: Record<string, string>): string {
  return Object.keys(metadata)
    .sort()
    .map((k) => `${k}=${metadata[k]}`)
    .join(', ');
}

export function rowId(targetId: string, split: boolean, seriesId: number): string {
  return `${targetId}\u0000${split ? 's' : 'c'}\u0000${seriesId}`;
}

/** Every metric of the table at 0, in the table's order. */
export function zeroMetrics(): MetricValues {
  const out = {} as MetricValues;
  for (const m of METRICS) out[m.id] = 0;
  return out;
}
