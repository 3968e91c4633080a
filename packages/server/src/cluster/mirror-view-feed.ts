import { METRICS, type MetricsUpdate } from '@latency-dash/protocol';
import type { FanoutStats } from '../fanout/fanout-stats.js';
import { ViewSource } from '../fanout/view-source.js';
import type { ViewFeed } from '../fanout/windowed-views.js';

const FIELDS = METRICS.map((m) => m.field);

/** A mirror row's numbers without its labels: what a window's batches carry of a series it already sent. */
function numbersOf(row: MetricsUpdate): MetricsUpdate {
  const out: MetricsUpdate = { seriesId: row.seriesId };
  const to = out as Record<string, unknown>;
  const from = row as Record<string, unknown>;
  for (const f of FIELDS) if (from[f] !== undefined) to[f] = from[f];
  return out;
}

/**
 * The windows of a cluster node over its mirror of an owner's stream
 * (relay-hub.ts): the rows are the ones the owner published, field deltas
 * applied, so a window here sorts, filters and cuts the very numbers a
 * whole-stream viewer of any node holds, and every relayed batch is a tick.
 * Nothing crosses nodes for it: windows are computed where their viewers are.
 */
export class MirrorViewFeed implements ViewFeed {
  readonly source: ViewSource;

  constructor(
    targetId: string,
    split: boolean,
    intervalMs: number,
    stats: FanoutStats,
    private readonly detach: () => void,
  ) {
    this.source = new ViewSource(targetId, split, intervalMs, () => Date.now(), stats);
    // Until the mirror has its first snapshot there is nothing to show: viewers wait for `replaced`.
    this.source.ready = false;
  }

  /** The mirror holds another set of series (its first snapshot, or a new owner's, whose ids are its own): every window starts over. */
  replaced(rows: ReadonlyMap<number, MetricsUpdate>): void {
    this.source.clear();
    for (const [id, row] of rows) this.put(id, row);
    this.source.restart();
  }

  /** Rows of the mirror changed (a relayed batch, or a snapshot of the same stream after a gap), and `removed` went: one tick. */
  changed(rows: ReadonlyMap<number, MetricsUpdate>, ids: Iterable<number>, removed: Iterable<number>): void {
    for (const id of ids) {
      const row = rows.get(id);
      if (row !== undefined) this.put(id, row);
    }
    for (const id of removed) this.source.remove(id);
    this.source.tick();
  }

  private put(id: number, row: MetricsUpdate): void {
    this.source.put(id, row.key ?? '', row.metadata ?? {}, numbersOf(row));
  }

  /** Ticks with no change: windows owe snapshots to viewers whose sockets drained (the relay's timer calls it). */
  flush(): void {
    this.source.tick();
  }

  stop(): void {
    this.source.stop();
    this.detach();
  }
}
