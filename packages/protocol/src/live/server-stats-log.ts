import { serverStatsWarnings, type ServerStatsFigures, type StatsWarning } from '../server-stats.js';

/** Samples kept per node: five minutes at one a second, for the panel's sparklines. */
export const STATS_HISTORY_POINTS = 300;

/** A node not heard from for this long is left out (it stopped, or this page lost the connection). */
export const NODE_STALE_MS = 10_000;

export interface NodeStats {
  nodeId: string;
  latest: ServerStatsFigures;
  /** Client ms when the latest sample arrived. */
  receivedAtMs: number;
  /** Oldest first, at most STATS_HISTORY_POINTS. */
  history: ServerStatsFigures[];
  warnings: StatsWarning[];
}

export type HealthLevel = 'none' | 'ok' | 'warn' | 'bad';

/**
 * The server's own health as the page has received it: per node, the
 * latest ServerStats, the last five minutes of them, and their warnings.
 * In a cluster each node reports on its own; alone, there is one.
 */
export class ServerStatsLog {
  private readonly nodes = new Map<string, NodeStats>();
  private readonly listeners = new Set<() => void>();
  /** Bumped on every change: what React compares. */
  version = 0;

  add(stats: ServerStatsFigures, nowMs: number): void {
    let node = this.nodes.get(stats.nodeId);
    if (node === undefined) {
      node = { nodeId: stats.nodeId, latest: stats, receivedAtMs: nowMs, history: [], warnings: [] };
      this.nodes.set(stats.nodeId, node);
    }
    // A node that restarted under the same id counts again from 1: its old samples describe another process.
    if (stats.seq < node.latest.seq) node.history = [];
    node.latest = stats;
    node.receivedAtMs = nowMs;
    node.history.push(stats);
    if (node.history.length > STATS_HISTORY_POINTS) node.history.splice(0, node.history.length - STATS_HISTORY_POINTS);
    node.warnings = serverStatsWarnings(stats);
    this.changed();
  }

  /** Nodes heard from within NODE_STALE_MS of `nowMs`, by id. */
  live(nowMs: number): NodeStats[] {
    return [...this.nodes.values()].filter((n) => nowMs - n.receivedAtMs <= NODE_STALE_MS).sort((a, b) => a.nodeId.localeCompare(b.nodeId));
  }

  /** The worst state among live nodes: 'none' when no node has reported lately. */
  level(nowMs: number): HealthLevel {
    const live = this.live(nowMs);
    if (live.length === 0) return 'none';
    const all = live.flatMap((n) => n.warnings);
    return all.some((w) => w.level === 'bad') ? 'bad' : all.length > 0 ? 'warn' : 'ok';
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
