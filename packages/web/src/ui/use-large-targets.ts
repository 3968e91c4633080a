import { useState } from 'react';
import type { ConnectionState, SeriesStore } from '@latency-dash/protocol/live';
import { isLargeTarget } from '../core/window-plan.js';

const streamKey = (targetId: string, split: boolean) => `${split ? 's' : 'c'}${targetId}`;

/**
 * The watched targets too large to stream whole: more series than the
 * server's view threshold, by the targets list or by what a whole stream
 * delivered. Once large, a target stays large for the session: its window
 * holds few rows, which must not make it look small and flip back to the
 * whole stream.
 */
export function useLargeTargets(state: ConnectionState, targets: readonly string[], split: boolean, store: SeriesStore): string[] {
  const [known, setKnown] = useState<ReadonlySet<string>>(() => new Set());
  const large = targets.filter(
    (t) => known.has(streamKey(t, split)) || isLargeTarget(state, t, split, store.windowOf(t, split) === undefined ? store.streamSize(t, split) : 0),
  );
  // Remembered during render (React re-renders at once with it), as a state derived from the props.
  if (large.some((t) => !known.has(streamKey(t, split)))) setKnown(new Set([...known, ...large.map((t) => streamKey(t, split))]));
  return large;
}
