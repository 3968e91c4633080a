/** The write-ahead log's counters, read by /metrics (wal-metrics.ts). */
export class WalStats {
  recordsWritten = 0;
  bytesWritten = 0;
  /** Events and target removals written. */
  entriesLogged = 0;
  fsyncs = 0;
  fsyncErrors = 0;
  writeErrors = 0;
  /** Applied to the engine but not logged: the log was failing or full. */
  eventsUnlogged = 0;
  /** Refused with 503 LD_ERR_WAL_UNAVAILABLE (--wal-fsync always). */
  batchesRefused = 0;
  snapshots = 0;
  snapshotErrors = 0;
  snapshotsAtLastError = 0;
  /** Snapshots put off because history was not durable up to the log yet. */
  snapshotsPostponed = 0;
  lastSnapshotBytes = 0;
  lastSnapshotEncodeMs = 0;
  // Recovery at start.
  /** Records cut at start: incomplete (torn), failing their checksum, or with an impossible length; and unreadable segment headers. */
  damagedRecords = 0;
  /** Bytes cut off segments at start. */
  bytesCut = 0;
  damagedSnapshots = 0;
  replayedEvents = 0;
  /** Replayed events the engine refused (a cardinality limit lowered since). */
  replayRefused = 0;
  recoveryMs = 0;
}
