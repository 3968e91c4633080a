import { useEffect, useState } from 'react';
import { api } from '../core/api.js';

export interface GlobPreview {
  total: number;
  series: { targetId: string; key: string }[];
}

/** How long the patterns must rest before the server is asked (typing a glob asks once, not per letter). */
const SETTLE_MS = 250;

/** The live series a rule with these globs would watch, from the server; undefined while asking or when a pattern is empty. */
export function useGlobPreview(targetPattern: string, keyPattern: string, apiKey: string | undefined): GlobPreview | undefined {
  const [preview, setPreview] = useState<{ query: string; result: GlobPreview }>();
  const query = targetPattern && keyPattern ? new URLSearchParams({ targetPattern, keyPattern, limit: '10' }).toString() : '';
  useEffect(() => {
    if (query === '') return;
    let cancelled = false;
    const timer = setTimeout(() => {
      api<GlobPreview>(`/api/v1/alerts/matches?${query}`, { apiKey }).then(
        (result) => {
          if (!cancelled) setPreview({ query, result });
        },
        () => undefined,
      );
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, apiKey]);
  return preview?.query === query ? preview.result : undefined;
}
