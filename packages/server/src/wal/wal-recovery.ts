import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';
import { restoreEngine } from '../metrics/engine-restore.js';
import { historyLacks, NO_CHECKPOINT, type HistoryCheckpoint } from './history-checkpoint.js';
import { decodeRecord, FRAME_BYTES, scanSegment, type Damage } from './record-codec.js';
import { lockFolder } from './folder-lock.js';
import { decodeSnapshot } from './snapshot-codec.js';
import { SEGMENT_FILE, SNAPSHOT_FILE, unlinkQuietly, type WriteAheadLog } from './write-ahead-log.js';

export interface RecoveryReport {
  snapshotLsn: number;
  restoredTargets: number;
  restoredSeries: number;
  replayed: number;
  /** Of them, handed to history (it had not stored their second). */
  toHistory: number;
  damaged: { file: string; offset: number; damage: Damage; bytesCut: number }[];
  ms: number;
}

/**
 * Brings the engine back to where the log ends: loads the newest snapshot
 * that reads back whole, then replays, in order, every logged entry after
 * it with the arrival and processing times it had. History gets the
 * replayed events it had not stored (history-checkpoint.ts), so no second
 * is counted twice. A damaged record (torn by a crash, a bad checksum) ends
 * its segment: the file is cut there, counted and logged, never fatal.
 *
 * Runs before the server listens; leaves `wal` with its sequence numbers
 * and the segments still on disk, ready for start().
 */
export function recover(wal: WriteAheadLog, engine: MetricsEngine, historyCheckpoint: HistoryCheckpoint | undefined, log: Log): RecoveryReport {
  const t0 = performance.now();
  const dir = wal.dir;
  mkdirSync(dir, { recursive: true });
  wal.unlock = lockFolder(dir);
  const names = readdirSync(dir);
  for (const name of names) if (name.endsWith('.tmp')) unlinkQuietly(join(dir, name));
  const report: RecoveryReport = { snapshotLsn: 0, restoredTargets: 0, restoredSeries: 0, replayed: 0, toHistory: 0, damaged: [], ms: 0 };

  const snapshots = names.flatMap((n) => (SNAPSHOT_FILE.test(n) ? [n] : [])).sort((a, b) => b.localeCompare(a));
  for (const name of snapshots) {
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) throw new Error('not a regular file');
      const snap = decodeSnapshot(readFileSync(path));
      const restored = restoreEngine(engine, snap.targets);
      report.snapshotLsn = snap.lsn;
      report.restoredTargets = restored.targets;
      report.restoredSeries = restored.series;
      if (restored.skipped > 0) log.warn({ skipped: restored.skipped }, 'series of the snapshot left out: they are over the cardinality limits now');
      break;
    } catch (err) {
      wal.stats.damagedSnapshots++;
      log.error({ err, file: path }, 'write-ahead log snapshot unreadable; deleted, trying an older one');
      unlinkQuietly(path);
    }
  }
  wal.snapshotLsn = report.snapshotLsn;

  const cp = historyCheckpoint ?? NO_CHECKPOINT;
  const toHistory = historyCheckpoint !== undefined;
  let lastLsn = Math.max(report.snapshotLsn, cp.lsn);
  const segments = names.flatMap((n) => (SEGMENT_FILE.test(n) ? [n] : [])).sort();
  for (const name of segments) {
    const path = join(dir, name);
    let file: Buffer;
    try {
      // Not a regular file (a link to a device, a folder): never read it, it may not end.
      if (!statSync(path).isFile()) throw new Error('not a regular file');
      file = readFileSync(path);
    } catch (err) {
      wal.stats.damagedRecords++;
      log.error({ err, file: path }, 'write-ahead log segment unreadable; left out');
      continue;
    }
    const scan = scanSegment(file);
    let goodEnd = scan.goodEnd;
    let damage = scan.damage;
    let segLast = Number.isNaN(scan.firstLsn) ? 0 : scan.firstLsn - 1;
    for (const record of scan.records) {
      try {
        decodeRecord(record.payload, {
          event(e) {
            segLast = e.lsn;
            if (e.lsn <= report.snapshotLsn) return;
            const tell = toHistory && historyLacks(cp, e.lsn, e.arrivalMs);
            if (engine.replay(e.event, e.arrivalMs, e.processingMs, tell) === undefined) {
              report.replayed++;
              if (tell) report.toHistory++;
            } else {
              wal.stats.replayRefused++;
            }
          },
          removal(lsn, targetId) {
            segLast = lsn;
            if (lsn > report.snapshotLsn) engine.removeTarget(targetId);
          },
        });
      } catch {
        // The checksum matched but the inside does not parse: treat it as the end, like any damage.
        goodEnd = record.end - record.payload.length - FRAME_BYTES;
        damage = 'checksum';
        break;
      }
    }
    lastLsn = Math.max(lastLsn, segLast);
    if (damage !== undefined) {
      const bytesCut = file.length - goodEnd;
      wal.stats.damagedRecords++;
      wal.stats.bytesCut += bytesCut;
      report.damaged.push({ file: path, offset: goodEnd, damage, bytesCut });
      log.warn(
        { file: path, offset: goodEnd, damage, bytesCut },
        `write-ahead log: ${damage === 'torn' ? 'an incomplete record' : damage === 'header' ? 'an unreadable segment header' : `a damaged record (${damage})`} at the end of what could be read; cut there, the entries before it are kept`,
      );
      if (damage === 'header') {
        unlinkQuietly(path);
        continue;
      }
      try {
        cut(path, goodEnd);
      } catch (err) {
        // New entries go to a new segment anyway; the next start reads up to the same place.
        log.error({ err, file: path }, 'write-ahead log: could not cut the damaged tail');
      }
    }
    if (segLast <= report.snapshotLsn) {
      // Everything in it is in the snapshot.
      unlinkQuietly(path);
      continue;
    }
    wal.segments.push({ path, firstLsn: scan.firstLsn, lastLsn: segLast, bytes: goodEnd });
  }
  wal.lastLsn = lastLsn;
  wal.stats.replayedEvents = report.replayed;
  report.ms = performance.now() - t0;
  wal.stats.recoveryMs = report.ms;
  return report;
}

function cut(path: string, length: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, length);
  } finally {
    closeSync(fd);
  }
}
