import { useCallback, useState } from 'react';

/** Rows picked for the chart (by id); the toggle keeps its identity, so memoized rows ignore it. */
export function useSelection(): [ReadonlySet<string>, (id: string) => void] {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setSelected((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  return [selected, toggle];
}
