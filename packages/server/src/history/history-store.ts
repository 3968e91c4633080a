import type Database from 'better-sqlite3';
import type { Db } from '../storage/database.js';
import { type Rollup, rollupFromRow, rollupToRow, type RollupRow } from './rollup.js';

export type Resolution = '1s' | '1m';
const TABLE: Record<Resolution, string> = { '1s': 'rollup_1s', '1m': 'rollup_1m' };

export interface StoredSeries {
  id: number;
  target: string;
  key: string;
  /** Canonical JSON of the metadata (names sorted); '{}' for combined series. */
  metadata: string;
  split: boolean;
}

/** Canonical JSON of a metadata set, so equal sets map to one stored series. */
export function metadataJson(metadata: Readonly<Record<string, string>>): string {
  const sorted: Record<string, string> = {};
  for (const name of Object.keys(metadata).sort()) sorted[name] = metadata[name];
  return JSON.stringify(sorted);
}

/**
 * The history file: stored series, per-second and per-minute rollups.
 * better-sqlite3 is synchronous; writes are batched into one transaction
 * per flush so the event loop is held for milliseconds, not per event.
 */
export class HistoryStore {
  private readonly seriesIds = new Map<string, number>();
  private readonly stmts;

  constructor(readonly db: Db) {
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS series (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        key TEXT NOT NULL,
        metadata TEXT NOT NULL,
        split INTEGER NOT NULL,
        UNIQUE (target, key, metadata, split)
      );
      ${(['rollup_1s', 'rollup_1m'] as const)
        .map(
          (t) => `CREATE TABLE IF NOT EXISTS ${t} (
            series_id INTEGER NOT NULL,
            ts INTEGER NOT NULL,
            events INTEGER NOT NULL,
            samples INTEGER NOT NULL,
            sum REAL NOT NULL,
            min REAL,
            max REAL,
            bytes INTEGER NOT NULL,
            proc_ms REAL NOT NULL,
            sketch BLOB,
            PRIMARY KEY (series_id, ts)
          ) WITHOUT ROWID;
          CREATE INDEX IF NOT EXISTS ${t}_ts ON ${t} (ts);`,
        )
        .join('\n')}
    `);
    this.stmts = {
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
      rows: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [
          res,
          this.db.prepare<[number, number, number, number], RollupRow>(
            `SELECT * FROM ${TABLE[res]} WHERE series_id = ? AND ts >= ? AND ts < ? ORDER BY ts LIMIT ?`,
          ),
        ]),
      ) as Record<Resolution, Database.Statement<[number, number, number, number], RollupRow>>,
      secondsPage: this.db.prepare<[number, number, number, number, number], RollupRow>(
        'SELECT * FROM rollup_1s WHERE ts >= ? AND ts < ? AND (ts, series_id) > (?, ?) ORDER BY ts, series_id LIMIT ?',
      ),
      prune: Object.fromEntries(
        (['1s', '1m'] as const).map((res) => [
          res,
          this.db.prepare(`DELETE FROM ${TABLE[res]} WHERE (series_id, ts) IN (SELECT series_id, ts FROM ${TABLE[res]} WHERE ts < ? ORDER BY ts LIMIT ?)`),
        ]),
      ) as Record<Resolution, Database.Statement<[number, number]>>,
    };
  }

  /** The stored id of a series, created on first use. */
  seriesId(target: string, key: string, metadata: string, split: boolean): number {
    const cacheKey = `${split ? 1 : 0}\u0000${target}\u0000${key}\u0000${metadata}`;
    let id = this.seriesIds.get(cacheKey);
    if (id !== undefined) return id;
    id = this.stmts.findSeries.get(target, key, metadata, split ? 1 : 0)?.id;
    if (id === undefined) id = Number(this.stmts.addSeries.run(target, key, metadata, split ? 1 : 0).lastInsertRowid);
    this.seriesIds.set(cacheKey, id);
    return id;
  }

  /**
   * Stored ids of many series at once, the new ones created in one
   * transaction: a flood of new series costs one commit, not one each.
   */
  seriesIdMany(series: readonly { target: string; key: string; metadata: string; split: boolean }[]): number[] {
    return this.db.transaction(() => series.map((s) => this.seriesId(s.target, s.key, s.metadata, s.split)))();
  }

  /** Writes rollups in one transaction, merging with any row already there. */
  write(resolution: Resolution, rows: readonly { seriesId: number; ts: number; rollup: Rollup }[]): void {
    const upsert = this.stmts.upsert[resolution];
    const get = this.stmts.get[resolution];
    const replace = this.stmts.replace[resolution];
    this.db.transaction(() => {
      for (const { seriesId, ts, rollup } of rows) {
        const row = rollupToRow(seriesId, ts, rollup);
        if (upsert.run(row).changes === 0) {
          const merged = rollupFromRow(get.get(seriesId, ts)!);
          merged.merge(rollup);
          replace.run(rollupToRow(seriesId, ts, merged));
        }
      }
    })();
  }

  /** Writes rollups in one transaction, replacing any row already there (rows derived whole from others, as minutes from seconds). */
  replaceRows(resolution: Resolution, rows: readonly { seriesId: number; ts: number; rollup: Rollup }[]): void {
    const replace = this.stmts.replace[resolution];
    this.db.transaction(() => {
      for (const { seriesId, ts, rollup } of rows) replace.run(rollupToRow(seriesId, ts, rollup));
    })();
  }

  /** Stored series of a target, filtered by key, metadata and view. */
  findSeries(target: string, split: boolean, key?: string, metadata?: string): StoredSeries[] {
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
    return this.db
      .prepare<[], { target: string }>('SELECT DISTINCT target FROM series ORDER BY target')
      .all()
      .map((r) => r.target);
  }

  /** Up to `limit` rollup rows of one series with from <= ts < to (Unix seconds), oldest first: one page of a range. */
  rows(resolution: Resolution, seriesId: number, fromS: number, toS: number, limit = -1): RollupRow[] {
    return this.stmts.rows[resolution].all(seriesId, fromS, toS, limit);
  }

  /** Oldest and newest second held at a resolution, or undefined if empty. */
  span(resolution: Resolution): { from: number; to: number } | undefined {
    const r = this.db.prepare<[], { lo: number | null; hi: number | null }>(`SELECT MIN(ts) AS lo, MAX(ts) AS hi FROM ${TABLE[resolution]}`).get();
    return r?.lo == null || r.hi == null ? undefined : { from: r.lo, to: r.hi };
  }

  /**
   * Up to `limit` per-second rows with from <= ts < to, in (ts, series) order
   * after the row (afterTs, afterSeriesId): one page of a scan that resumes
   * where the previous page ended, through the ts index.
   */
  secondRowsPage(fromS: number, toS: number, after: { ts: number; seriesId: number } | undefined, limit: number): RollupRow[] {
    const a = after ?? { ts: fromS - 1, seriesId: Number.MAX_SAFE_INTEGER };
    return this.stmts.secondsPage.all(fromS, toS, a.ts, a.seriesId, limit);
  }

  /** Deletes at most `limit` rollups older than the given second at one resolution; returns how many. */
  pruneSome(resolution: Resolution, beforeS: number, limit: number): number {
    return this.stmts.prune[resolution].run(beforeS, limit).changes;
  }

  getMeta(name: string): number | undefined {
    return this.db.prepare<[string], { value: number }>('SELECT value FROM meta WHERE name = ?').get(name)?.value;
  }

  setMeta(name: string, value: number): void {
    this.db.prepare('INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }
}
