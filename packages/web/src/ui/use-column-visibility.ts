import { useCallback, useMemo, useState } from 'react';
import { COLUMN_IDS } from './columns.js';

const STORAGE_KEY = 'latency-dash.hiddenColumns';

/** Which columns show; kept in localStorage across reloads. */
export function useColumnVisibility(): [Set<string>, (id: string, visible: boolean) => void] {
  const [hidden, setHidden] = useState<Set<string>>(() => {
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      return new Set(raw ? (JSON.parse(raw) as string[]) : []);
    } catch {
      return new Set();
    }
  });
  const toggle = useCallback((id: string, visible: boolean) => {
    setHidden((h) => {
      const next = new Set(h);
      if (visible) next.delete(id);
      else next.add(id);
      localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      return next;
    });
  }, []);
  const visible = useMemo(() => new Set(COLUMN_IDS.filter((id) => !hidden.has(id))), [hidden]);
  return [visible, toggle];
}
