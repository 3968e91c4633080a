import { useState } from 'react';

const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * `value` as it was at the last tick, or at the last change of one of
 * `keys`: what costs too much to redo every frame (charts over 10,000 rows)
 * follows the once-a-second tick, yet a change of view shows at once.
 */
export function useSampled<T>(value: T, tick: number, keys: readonly unknown[]): T {
  const [held, setHeld] = useState({ value, tick, keys });
  // React's "adjust state when a prop changes": a render, not an effect, takes the new sample.
  if (held.tick !== tick || !same(held.keys, keys)) {
    setHeld({ value, tick, keys });
    return value;
  }
  return held.value;
}
