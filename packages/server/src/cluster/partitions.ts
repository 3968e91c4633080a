/**
 * Targets are spread over a fixed number of partitions, and partitions,
 * not targets, are owned: the number of leases, streams and ownership
 * changes stays bounded however many targets come and go, and every node
 * computes the same partition for a target without asking anyone.
 */
export const DEFAULT_PARTITIONS = 64;

/** FNV-1a over the UTF-16 units: stable across processes, machines and versions (never change it: it decides ownership). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // A final avalanche, so similar names (svc-1, svc-2) land far apart.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function partitionOf(targetId: string, partitions: number): number {
  return hash32(targetId) % partitions;
}

/**
 * Rendezvous (highest random weight) hashing: the owner of a partition is
 * the live node with the highest hash of (partition, node). When a node
 * leaves only its partitions move, and a new node takes an even share
 * from every other node, with no table to agree on.
 */
export function ownerOf(partition: number, nodes: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestWeight = -1;
  for (const node of nodes) {
    const weight = hash32(`${partition}/${node}`);
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && node < best)) {
      best = node;
      bestWeight = weight;
    }
  }
  return best;
}

/** The partitions `node` should own among `nodes`. */
export function partitionsFor(node: string, nodes: readonly string[], partitions: number): Set<number> {
  const mine = new Set<number>();
  for (let p = 0; p < partitions; p++) if (ownerOf(p, nodes) === node) mine.add(p);
  return mine;
}
