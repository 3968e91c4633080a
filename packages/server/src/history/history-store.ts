import type Database from 'better-sqlite3';
import { checkpointWal, ensureWal, type Db } from '../storage/database.js';
import { markSecondWritten } from '../wal/history-checkpoint.js';
import type { HistoryBackend, Resolution, SecondRange, SeriesIdentity, StoredSeries, WalMark } from './history-backend.js';
import { storageProblem } from '../storage/storage-errors.js';
import { Rollup, mergeRow, rollupFromRow, rollupToRow, type RollupRow } from './rollup.js';
import { timedWith, type DiskOp, type DiskTimings } from '../storage/disk-timings.js';

const TABLE: Record<Resolution, string> = { '1s': 'rollup_1s', '1m': 'rollup_1m' };
export type { Resolution, SecondRange, SeriesIdentity, StoredSeries };

/** Canonical JSON of a metadata set, so equal sets map to one stored series. */
export function metadataJson(metadata: Readonly<Record<string, string>>): string {
  const sorted: Record<string, string> = {};
  for (const name of Object.keys(metadata).sort()) sorted[name] = metadata[name];
  return JSON.stringify(sorted);
}

const ROLLUP_COLUMNS = `series_id INTEGER NOT NULL,
  ts INTEGER NOT NULL,
  events INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  sum REAL NOT NULL,
  min REAL,
  max REAL,
  bytes INTEGER NOT NULL,
  proc_ms REAL NOT NULL,
  sketch BLOB`;
/**
 * Per-second rows are keyed second first: each second's rows are appended
 * together at the end of the file, 10-25 times cheaper to write than one row
 * in each series' part of the file (a page dirtied per row). Per-minute rows
 * are written 60 times less often and read in long ranges: series first.
 */
const SCHEMA_1S = `CREATE TABLE IF NOT EXISTS rollup_1s (${ROLLUP_COLUMNS}, PRIMARY KEY (ts, series_id)) WITHOUT ROWID;`;
const ROWS_PER_PAGE = 2000;
const SECONDS_PER_PAGE = 2000;

/**
 * Rewrites a per-second table of the first layout (series first, and an
 * index on ts) into the current one, in one transaction; returns the rows
 * moved, or undefined when there was nothing to do.
 */
function migratePerSecondLayout(db: Db): number | undefined {
  const pk = db.prepare<[], { name: string; pk: number }>("SELECT name, pk FROM pragma_table_info('rollup_1s') WHERE pk = 1").get();
  if (pk === undefined || pk.name === 'ts') return undefined;
  return db.transaction(() => {
    db.exec('DROP INDEX IF EXISTS rollup_1s_ts; ALTER TABLE rollup_1s RENAME TO rollup_1s_old;');
    db.exec(SCHEMA_1S);
    const moved = db.prepare('INSERT INTO rollup_1s SELECT * FROM rollup_1s_old').run().changes;
    db.exec('DROP TABLE rollup_1s_old');
    return moved;
  })();
}

/**
 * The history file: stored series, per-second and per-minute rollups.
 * better-sqlite3 is synchronous; writes are batched into one transaction
 * per flush so the event loop is held for milliseconds, not per event.
 *
 * A new file on a full disk cannot even take its tables: the store then
 * starts empty and unready, reads find nothing, and every write first tries
 * again to create them (ensureReady).
 */
export class HistoryStore implements HistoryBackend {
  readonly kind = 'sqlite';
  private readonly seriesIds = new Map<string, number>();
  private stmts!: ReturnType<HistoryStore['prepare']>;
  private ready = false;
  /** Rows written onto a row already there (a second written in two parts), each merged row by row. */
  mergedRows = 0;
  /** Rows moved when this open rewrote a per-second table of the old layout (series first), for the log. */
  migrated1sRows: number | undefined;

  constructor(
    readonly db: Db,
    private readonly timings?: DiskTimings,
  ) {
    try {
      this.ensureReady();
    } catch (err) {
      if (storageProblem(err) === undefined) throw err;
    }
  }

  private timed<T>(op: DiskOp, fn: () => T): T {
    return timedWith(this.timings, op, fn);
  }

  /** Creates the tables if that has not been possible yet; throws the storage error if it still is not. */
  ensureReady(): void {
    if (this.ready) return;
    ensureWal(this.db);
    this.stmts = this.prepare();
    this.ready = true;
  }

  private prepare() {
    this.migrated1sRows = migratePerSecondLayout(this.db);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS history_gaps (from_s INTEGER NOT NULL, to_s INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS history_gaps_to ON history_gaps (to_s);
      CREATE TABLE IF NOT EXISTS series (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        key TEXT NOT NULL,
        metadata TEXT NOT NULL,
        split INTEGER NOT NULL,
        UNIQUE (target, key, metadata, split)
      );
      ${SCHEMA_1S}
      CREATE TABLE IF NOT EXISTS rollup_1m (${ROLLUP_COLUMNS}, PRIMARY KEY (series_id, ts)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS rollup_1m_ts ON rollup_1m (ts);
    `);
    return {
      findSeries: this.db.prepare<[string, string, string, number], { id: number }>(
        'SELECT id FROM series WHERE target = ? AND key = ? AND metadata = ? AND split = ?',
      ),
      addSeries: this.db.prepare('INSERT INTO series (target, key, metadata, split) VALUES (?, ?, ?, ?)'),
      upsert: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [
          res,
          // A second can be written twice (e.g. a flush at shutdown and then
          // events in the same second after a restart): merge, don't lose.
          this.db.prepare(`INSERT INTO ${TABLE[res]} (series_id, ts, events, samples, sum, min, max, bytes, proc_ms, sketch)
            VALUES (@series_id, @ts, @events, @samples, @sum, @min, @max, @bytes, @proc_ms, @sketch)
            ON CONFLICT (series_id, ts) DO NOTHING`),
        ]),
      ) as Record<Resolution, Database.Statement>,
      get: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [res, this.db.prepare<[number, number], RollupRow>(`SELECT * FROM ${TABLE[res]} WHERE series_id = ? AND ts = ?`)]),
      ) as Record<Resolution, Database.Statement<[number, number], RollupRow>>,
      replace: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [
          res,
          this.db.prepare(`INSERT OR REPLACE INTO ${TABLE[res]} (series_id, ts, events, samples, sum, min, max, bytes, proc_ms, sketch)
            VALUES (@series_id, @ts, @events, @samples, @sum, @min, @max, @bytes, @proc_ms, @sketch)`),
        ]),
      ) as Record<Resolution, Database.Statement>,
      addGap: this.db.prepare('INSERT INTO history_gaps (from_s, to_s) VALUES (?, ?)'),
      minuteRows: this.db.prepare<[number, number, number, number], RollupRow>(
        'SELECT * FROM rollup_1m WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts LIMIT ?',
      ),
      // Per-second rows are stored second first: one series' range is a seek per second, not a scan of every series.
      secondRows: this.db.prepare<[number, number, number], RollupRow>(
        `WITH RECURSIVE second(ts) AS (SELECT ? UNION ALL SELECT ts + 1 FROM second WHERE ts + 1 < ?)
         SELECT r.* FROM second JOIN rollup_1s r ON r.ts = second.ts AND r.series_id = ? ORDER BY r.ts`,
      ),
      secondsPage: this.db.prepare<[number, number, number], RollupRow>('SELECT * FROM rollup_1s WHERE ts = ? AND series_id > ? ORDER BY series_id LIMIT ?'),
      prune: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [
          res,
          this.db.prepare(`DELETE FROM ${TABLE[res]} WHERE (series_id, ts) IN (SELECT series_id, ts FROM ${TABLE[res]} WHERE ts < ? ORDER BY ts LIMIT ?)`),
        ]),
      ) as Record<Resolution, Database.Statement<[number, number]>>,
      pruneGaps: this.db.prepare('DELETE FROM history_gaps WHERE to_s < ?'),
    };
  }

  /** A series' id from the cache, the file, or a new row; new ids go to `created`, cached by the caller once committed. */
  private lookupOrAdd(s: SeriesIdentity, created: Map<string, number>): number {
    const cacheKey = `${s.split ? 1 : 0}\u0000${s.target}\u0000${s.key}\u0000${s.metadata}`;
    let id = this.seriesIds.get(cacheKey) ?? created.get(cacheKey);
    if (id !== undefined) return id;
    id = this.stmts.findSeries.get(s.target, s.key, s.metadata, s.split ? 1 : 0)?.id;
    if (id === undefined) id = Number(this.stmts.addSeries.run(s.target, s.key, s.metadata, s.split ? 1 : 0).lastInsertRowid);
    created.set(cacheKey, id);
    return id;
  }

  /**
   * Writes a second of rows, adding the series the file does not know yet,
   * and lost ranges, in one transaction: all of it reaches the file or none
   * does (a rolled-back series insert leaves no id behind in the cache).
   * Returns the series ids, in the order of `rows`.
   */
  writeSecond(rows: readonly { series: number | SeriesIdentity; row: RollupRow }[], gaps: readonly SecondRange[] = [], walMark?: WalMark): number[] {
    this.ensureReady();
    const created = new Map<string, number>();
    const write = this.db.transaction(() => {
      const out = rows.map(({ series, row }) => {
        row.series_id = typeof series === 'number' ? series : this.lookupOrAdd(series, created);
        return row.series_id;
      });
      this.writeRows(
        '1s',
        rows.map((r) => r.row),
        gaps,
      );
      if (walMark !== undefined) markSecondWritten(this, walMark.lsn, walMark.second);
      return out;
    });
    const ids = this.timed('history-write', () => write());
    for (const [k, v] of created) this.seriesIds.set(k, v);
    return ids;
  }

  /**
   * Writes encoded rollup rows and lost ranges in one transaction, merging
   * with any row already there: all of it reaches the file, or none does.
   */
  writeRows(resolution: Resolution, rows: readonly RollupRow[], gaps: readonly SecondRange[] = []): void {
    this.ensureReady();
    const upsert = this.stmts.upsert[resolution];
    const get = this.stmts.get[resolution];
    const replace = this.stmts.replace[resolution];
    this.db.transaction(() => {
      for (const row of rows) {
        if (upsert.run(row).changes === 0) {
          this.mergedRows++;
          const merged = rollupFromRow(get.get(row.series_id, row.ts)!);
          mergeRow(merged, row);
          replace.run(rollupToRow(row.series_id, row.ts, merged));
        }
      }
      for (const [fromS, toS] of gaps) this.stmts.addGap.run(fromS, toS);
    })();
  }

  /** Lost ranges that overlap [fromS, toS), oldest first. */
  gaps(fromS: number, toS: number): SecondRange[] {
    if (!this.ready) return [];
    return this.db
      .prepare<[number, number], { from_s: number; to_s: number }>('SELECT from_s, to_s FROM history_gaps WHERE to_s > ? AND from_s < ? ORDER BY from_s')
      .all(fromS, toS)
      .map((r) => [r.from_s, r.to_s]);
  }

  /** Stored series of a target, filtered by key, metadata and view. */
  findSeries(target: string, split: boolean, key?: string, metadata?: string): StoredSeries[] {
    if (!this.ready) return [];
    let sql = 'SELECT id, target, key, metadata, split FROM series WHERE target = ? AND split = ?';
    const args: (string | number)[] = [target, split ? 1 : 0];
    if (key !== undefined) {
      sql += ' AND key = ?';
      args.push(key);
    }
    if (metadata !== undefined) {
      sql += ' AND metadata = ?';
      args.push(metadata);
    }
    return this.db
      .prepare<(string | number)[], { id: number; target: string; key: string; metadata: string; split: number }>(sql + ' ORDER BY key, metadata')
      .all(...args)
      .map((r) => ({ ...r, split: r.split === 1 }));
  }

  targets(): string[] {
    if (!this.ready) return [];
    return this.db
      .prepare<[], { target: string }>('SELECT DISTINCT target FROM series ORDER BY target')
      .all()
      .map((r) => r.target);
  }

  /**
   * One page of a series' rows with from <= ts < to (Unix seconds), oldest
   * first, and where the next page starts (`to` when this one ends the
   * range): up to ROWS_PER_PAGE per-minute rows, or the per-second rows of
   * SECONDS_PER_PAGE seconds (each a seek).
   */
  rowsPage(resolution: Resolution, seriesId: number, fromS: number, toS: number): { rows: RollupRow[]; next: number } {
    if (!this.ready) return { rows: [], next: toS };
    if (resolution === '1s') {
      const end = Math.min(toS, fromS + SECONDS_PER_PAGE);
      return { rows: this.stmts.secondRows.all(fromS, end, seriesId), next: end };
    }
    const rows = this.stmts.minuteRows.all(seriesId, fromS, toS, ROWS_PER_PAGE);
    return { rows, next: rows.length < ROWS_PER_PAGE ? toS : rows[rows.length - 1].ts + 1 };
  }

  /** Oldest and newest second held at a resolution, or undefined if empty. */
  span(resolution: Resolution): { from: number; to: number } | undefined {
    if (!this.ready) return undefined;
    // One aggregate per query: SQLite reads a lone MIN or MAX off the index's end, but both in one query scan it all.
    const table = TABLE[resolution];
    const r = this.db
      .prepare<[], { lo: number | null; hi: number | null }>(`SELECT (SELECT MIN(ts) FROM ${table}) AS lo, (SELECT MAX(ts) FROM ${table}) AS hi`)
      .get();
    return r?.lo == null || r.hi == null ? undefined : { from: r.lo, to: r.hi };
  }

  /**
   * Up to `limit` rows of one second, in series order after `afterSeriesId`:
   * one page of a scan that resumes where the previous page ended, each a
   * seek in the ts index (a range over several seconds with a row-value
   * bound made SQLite rescan the range for every page).
   */
  secondRowsPage(second: number, afterSeriesId: number, limit: number): RollupRow[] {
    if (!this.ready) return [];
    return this.stmts.secondsPage.all(second, afterSeriesId, limit);
  }

  firstSecondFrom(fromS: number): number | undefined {
    if (!this.ready) return undefined;
    return this.db.prepare<[number], { ts: number | null }>('SELECT MIN(ts) AS ts FROM rollup_1s WHERE ts >= ?').get(fromS)?.ts ?? undefined;
  }

  /** Writes rollups in one transaction, replacing any row already there (rows derived whole from others, as minutes from seconds). */
  replaceRows(resolution: Resolution, rows: readonly { seriesId: number; ts: number; rollup: Rollup }[]): void {
    this.replaceEncodedRows(
      resolution,
      rows.map(({ seriesId, ts, rollup }) => rollupToRow(seriesId, ts, rollup)),
    );
  }

  /** Writes encoded rows in one transaction, replacing any row already there (minutes folded on the SQLite thread). */
  replaceEncodedRows(resolution: Resolution, rows: readonly RollupRow[]): void {
    this.ensureReady();
    const replace = this.stmts.replace[resolution];
    const write = this.db.transaction(() => {
      for (const row of rows) replace.run(row);
    });
    this.timed('history-fold', () => write());
  }

  /** Deletes the per-second rows after `second`: a second left part-written by a crash, before the log writes it again. */
  deleteSecondsAfter(second: number): number {
    this.ensureReady();
    return this.db.prepare('DELETE FROM rollup_1s WHERE ts > ?').run(second).changes;
  }

  /** Deletes at most `limit` rollups older than the given second at one resolution; returns how many. */
  pruneSome(resolution: Resolution, beforeS: number, limit: number): number {
    this.ensureReady();
    return this.timed('history-prune', () => this.stmts.prune[resolution].run(beforeS, limit).changes);
  }

  /** Deletes lost ranges that end before the given second (they go with the coarsest history they describe). */
  pruneGaps(beforeS: number): void {
    this.ensureReady();
    this.stmts.pruneGaps.run(beforeS);
  }

  get name(): string {
    return this.db.name;
  }

  reclaim(): void {
    checkpointWal(this.db);
  }

  /** One server per file: nothing to share the fold with. */
  exclusive<T>(fn: () => Promise<T>): Promise<T | undefined> {
    return fn();
  }

  getMeta(name: string): number | undefined {
    if (!this.ready) return undefined;
    return this.db.prepare<[string], { value: number }>('SELECT value FROM meta WHERE name = ?').get(name)?.value;
  }

  deleteMeta(names: readonly string[]): void {
    this.ensureReady();
    for (const name of names) this.db.prepare('DELETE FROM meta WHERE name = ?').run(name);
  }

  setMeta(name: string, value: number): void {
    this.ensureReady();
    this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }
}
