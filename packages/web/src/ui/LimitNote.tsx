import { count } from '@latency-dash/protocol/live';

/**
 * Says when a watched target is at a cardinality limit: its new keys or
 * metadata are being dropped by the server, so the table is not the whole
 * picture. The fix is on the producer's side (or a higher limit).
 */
export function LimitNote({ limited, watched }: { limited: Record<string, number>; watched: readonly string[] }) {
  const hit = watched.filter((t) => t in limited);
  if (hit.length === 0) return null;
  return (
    <div className="limit-note" role="status" data-testid="limit-note">
      At a series limit:{' '}
      {hit.map((t, i) => (
        <span key={t}>
          {i > 0 ? ', ' : ''}
          <strong>{t}</strong> ({count(limited[t])} events dropped)
        </span>
      ))}
      . New keys or metadata of {hit.length === 1 ? 'this target are' : 'these targets are'} refused by the server (see --max-series-per-target and related
      settings); existing series keep updating.
    </div>
  );
}
