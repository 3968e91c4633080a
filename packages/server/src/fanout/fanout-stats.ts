/** Counters the fan-out keeps for /metrics and the bench. */
export class FanoutStats {
  batches = 0;
  snapshots = 0;
  framesSent = 0;
  bytesSent = 0;
  skipped = 0;
  resyncs = 0;
  slowClosed = 0;
  /** Windowed views: orderings (distinct sort and filters) sorted, one per ordering per tick that changed something. */
  viewSorts = 0;
}
