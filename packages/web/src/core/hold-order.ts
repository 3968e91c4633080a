import type { Row } from '@latency-dash/protocol/live';

/**
 * `rows` in the order `previous` showed them, so nothing moves under a
 * reader's pointer: rows still there keep their places (with their current
 * values), rows gone are dropped, and new ones join at the end in the order
 * given. Rows are matched by id, since a paused or history view holds
 * copies, not the store's objects.
 */
export function holdOrder(previous: readonly Row[], rows: readonly Row[]): Row[] {
  const byId = new Map<string, Row>();
  for (const r of rows) byId.set(r.id, r);
  const out: Row[] = [];
  for (const p of previous) {
    const r = byId.get(p.id);
    if (r === undefined) continue;
    out.push(r);
    byId.delete(p.id);
  }
  for (const r of byId.values()) out.push(r);
  return out;
}
