import { Counter, Gauge, type Registry } from 'prom-client';
import type { WalStats } from './wal-stats.js';
import type { WriteAheadLog } from './write-ahead-log.js';

type CounterName = { [K in keyof WalStats]: WalStats[K] extends number ? K : never }[keyof WalStats];

const COUNTERS: [string, string, CounterName][] = [
  ['latency_dash_wal_records_written_total', 'Write-ahead log records written (one per batch, or per burst of demo events)', 'recordsWritten'],
  ['latency_dash_wal_bytes_written_total', 'Bytes written to the write-ahead log', 'bytesWritten'],
  ['latency_dash_wal_entries_logged_total', 'Events (and target removals) written to the write-ahead log', 'entriesLogged'],
  ['latency_dash_wal_fsyncs_total', 'fdatasync calls of the write-ahead log', 'fsyncs'],
  ['latency_dash_wal_fsync_errors_total', 'Failed fdatasync calls of the write-ahead log', 'fsyncErrors'],
  ['latency_dash_wal_write_errors_total', 'Failed writes to the write-ahead log (e.g. a full disk)', 'writeErrors'],
  ['latency_dash_wal_events_unlogged_total', 'Events applied but not logged, because the log was failing or full', 'eventsUnlogged'],
  ['latency_dash_wal_batches_refused_total', 'Batches answered 503 LD_ERR_WAL_UNAVAILABLE (--wal-fsync always)', 'batchesRefused'],
  ['latency_dash_wal_snapshots_total', 'Live-state snapshots written', 'snapshots'],
  ['latency_dash_wal_snapshot_errors_total', 'Live-state snapshots that could not be written', 'snapshotErrors'],
  ['latency_dash_wal_snapshots_postponed_total', 'Snapshots put off because history was not yet written up to the log', 'snapshotsPostponed'],
  ['latency_dash_wal_damaged_records_total', 'Records cut at start: incomplete (torn by a crash), bad checksum or impossible length', 'damagedRecords'],
  ['latency_dash_wal_bytes_cut_total', 'Bytes cut off damaged segments at start', 'bytesCut'],
  ['latency_dash_wal_damaged_snapshots_total', 'Snapshots that could not be read at start', 'damagedSnapshots'],
  ['latency_dash_wal_replayed_events_total', 'Events replayed from the log at start', 'replayedEvents'],
  ['latency_dash_wal_replay_refused_total', 'Replayed events refused by a cardinality limit (lowered since)', 'replayRefused'],
];

const STATES = ['ok', 'failing', 'full'] as const;

/** The log's figures at /metrics (registered once the registry exists). */
export function registerWalMetrics(registry: Registry, wal: WriteAheadLog): void {
  for (const [name, help, field] of COUNTERS) {
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(wal.stats[field]);
      },
    });
  }
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('latency_dash_wal_bytes', 'Bytes of write-ahead log segments on disk', () => wal.totalBytes);
  gauge('latency_dash_wal_unsynced_seconds', 'Age of the oldest written but not yet fsynced log record (0 when all are; always 0 with --wal-fsync off)', () =>
    wal.unsyncedSeconds(),
  );
  gauge('latency_dash_wal_recovery_seconds', 'Time the last start took to load the snapshot and replay the log', () => wal.stats.recoveryMs / 1000);
  gauge('latency_dash_wal_snapshot_bytes', 'Size of the last live-state snapshot', () => wal.stats.lastSnapshotBytes);
  new Gauge({
    name: 'latency_dash_wal_state',
    help: 'Write-ahead log state: 1 for the current one (ok, failing: cannot write, full: at --wal-max-mb)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      for (const s of STATES) this.set({ state: s }, wal.state === s ? 1 : 0);
    },
  });
}
