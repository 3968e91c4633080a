import type pg from 'pg';
import { LOCK_MAINTAIN, type PostgresDatabase } from '../storage/postgres.js';
import type { HistoryBackend, Resolution, SecondRange, SeriesIdentity, StoredSeries, WalMark } from './history-backend.js';
import { type Rollup, mergeRow, rollupFromRow, rollupToRow, type RollupRow } from './rollup.js';

const TABLE: Record<Resolution, string> = { '1s': 'rollup_1s', '1m': 'rollup_1m' };
const COLUMNS = 'series_id, ts, events, samples, sum, min, max, bytes, proc_ms, sketch';
/** One statement per batch of rows: the columns as arrays, unnested. */
const UNNEST = `SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::float8[], $6::float8[], $7::float8[], $8::bigint[], $9::float8[], $10::bytea[])`;
const SET_ALL =
  'events = EXCLUDED.events, samples = EXCLUDED.samples, sum = EXCLUDED.sum, min = EXCLUDED.min, max = EXCLUDED.max, bytes = EXCLUDED.bytes, proc_ms = EXCLUDED.proc_ms, sketch = EXCLUDED.sketch';
const ROWS_PER_PAGE = 2000;
const SECONDS_PER_PAGE = 2000;

function columns(rows: readonly RollupRow[]): unknown[] {
  return [
    rows.map((r) => r.series_id),
    rows.map((r) => r.ts),
    rows.map((r) => r.events),
    rows.map((r) => r.samples),
    rows.map((r) => r.sum),
    rows.map((r) => r.min),
    rows.map((r) => r.max),
    rows.map((r) => r.bytes),
    rows.map((r) => r.proc_ms),
    rows.map((r) => r.sketch),
  ];
}

/** Rows of one (series, second) merged into one: a second moved twice (a query's flush, then later events) is held twice. */
function mergeDuplicates(rows: readonly RollupRow[]): RollupRow[] {
  const byKey = new Map<string, RollupRow>();
  for (const row of rows) {
    const k = `${row.series_id}:${row.ts}`;
    const held = byKey.get(k);
    if (held === undefined) {
      byKey.set(k, row);
      continue;
    }
    const merged = rollupFromRow(held);
    mergeRow(merged, row);
    byKey.set(k, rollupToRow(row.series_id, row.ts, merged));
  }
  return [...byKey.values()];
}

/**
 * History in PostgreSQL, shared by every server of a cluster: the same
 * tables, rows and sketch bytes (bytea) as the SQLite file, so the same
 * answers. Each write is one transaction of a few batched statements (the
 * rows as arrays), not a round trip per row. A row already there is merged
 * under a row lock, so two servers writing the same second add up.
 */
export class PgHistoryStore implements HistoryBackend {
  readonly kind = 'postgres';
  private readonly seriesIds = new Map<string, number>();
  /**
   * The write-ahead log this server writes with (its folder's id), if any:
   * the log's checkpoint is kept per log in the meta table, as servers
   * sharing the database each have their own log.
   */
  walId: string | undefined;

  constructor(readonly db: PostgresDatabase) {}

  get name(): string {
    return this.db.name;
  }

  private async lookupOrAdd(c: pg.PoolClient, s: SeriesIdentity, created: Map<string, number>): Promise<number> {
    const cacheKey = `${s.split ? 1 : 0}\u0000${s.target}\u0000${s.key}\u0000${s.metadata}`;
    const known = this.seriesIds.get(cacheKey) ?? created.get(cacheKey);
    if (known !== undefined) return known;
    // DO UPDATE (a no-op) rather than DO NOTHING, so the id comes back whether the row is new or another server added it.
    const r = await c.query<{ id: number }>(
      `INSERT INTO series (target, key, metadata, split) VALUES ($1, $2, $3, $4)
       ON CONFLICT (target, key, metadata, split) DO UPDATE SET split = EXCLUDED.split RETURNING id`,
      [s.target, s.key, s.metadata, s.split],
    );
    const id = r.rows[0].id;
    created.set(cacheKey, id);
    return id;
  }

  private walMetaNames(): [lsn: string, second: string] {
    return [`wal_lsn:${this.walId}`, `wal_second:${this.walId}`];
  }

  /** How far this server's log is in history (wal/history-checkpoint.ts); undefined before its first second. */
  async readWalCheckpoint(): Promise<{ lsn: number; second: number } | undefined> {
    const [lsn, second] = this.walMetaNames();
    const r = await this.db.query<{ name: string; value: number }>('SELECT name, value FROM meta WHERE name = $1 OR name = $2', [lsn, second]);
    const got = new Map(r.rows.map((row) => [row.name, row.value]));
    const s = got.get(second);
    return s === undefined ? undefined : { lsn: got.get(lsn) ?? 0, second: s };
  }

  async writeSecond(
    rows: readonly { series: number | SeriesIdentity; row: RollupRow }[],
    gaps: readonly SecondRange[] = [],
    walMark?: WalMark,
  ): Promise<number[]> {
    const created = new Map<string, number>();
    const ids = await this.db.transaction(async (c) => {
      const out: number[] = [];
      for (const { series, row } of rows) {
        row.series_id = typeof series === 'number' ? series : await this.lookupOrAdd(c, series, created);
        out.push(row.series_id);
      }
      await this.writeIn(
        c,
        '1s',
        rows.map((r) => r.row),
        gaps,
      );
      if (walMark !== undefined && this.walId !== undefined) {
        const [lsn, second] = this.walMetaNames();
        await c.query(
          'INSERT INTO meta (name, value) VALUES ($1, $2), ($3, $4) ON CONFLICT (name) DO UPDATE SET value = GREATEST(meta.value, EXCLUDED.value)',
          [lsn, walMark.lsn, second, walMark.second],
        );
      }
      return out;
    });
    for (const [k, v] of created) this.seriesIds.set(k, v);
    return ids;
  }

  writeRows(resolution: Resolution, rows: readonly RollupRow[], gaps: readonly SecondRange[] = []): Promise<void> {
    return this.db.transaction((c) => this.writeIn(c, resolution, rows, gaps));
  }

  private async writeIn(c: pg.PoolClient, resolution: Resolution, input: readonly RollupRow[], gaps: readonly SecondRange[]): Promise<void> {
    const table = TABLE[resolution];
    const rows = mergeDuplicates(input);
    if (rows.length > 0) {
      const inserted = await c.query<{ series_id: number; ts: number }>(
        `INSERT INTO ${table} (${COLUMNS}) ${UNNEST} ON CONFLICT (series_id, ts) DO NOTHING RETURNING series_id, ts`,
        columns(rows),
      );
      const done = new Set(inserted.rows.map((r) => `${r.series_id}:${r.ts}`));
      const clashes = rows.filter((r) => !done.has(`${r.series_id}:${r.ts}`));
      if (clashes.length > 0) {
        // A second written before (a flush at shutdown, then events of the same second after a restart): merge, don't lose.
        const held = await c.query<RollupRow>(
          `SELECT ${COLUMNS} FROM ${table} WHERE (series_id, ts) IN (SELECT * FROM unnest($1::bigint[], $2::bigint[])) FOR UPDATE`,
          [clashes.map((r) => r.series_id), clashes.map((r) => r.ts)],
        );
        const stored = new Map(held.rows.map((r) => [`${r.series_id}:${r.ts}`, r]));
        const merged = clashes.map((row) => {
          const old = stored.get(`${row.series_id}:${row.ts}`);
          if (old === undefined) return row;
          const r = rollupFromRow(old);
          mergeRow(r, row);
          return rollupToRow(row.series_id, row.ts, r);
        });
        await this.upsert(c, resolution, merged);
      }
    }
    if (gaps.length > 0) {
      await c.query('INSERT INTO history_gaps (from_s, to_s) SELECT * FROM unnest($1::bigint[], $2::bigint[])', [gaps.map((g) => g[0]), gaps.map((g) => g[1])]);
    }
  }

  private async upsert(c: pg.PoolClient, resolution: Resolution, rows: readonly RollupRow[]): Promise<void> {
    if (rows.length === 0) return;
    await c.query(`INSERT INTO ${TABLE[resolution]} (${COLUMNS}) ${UNNEST} ON CONFLICT (series_id, ts) DO UPDATE SET ${SET_ALL}`, columns(rows));
  }

  replaceRows(resolution: Resolution, rows: readonly { seriesId: number; ts: number; rollup: Rollup }[]): Promise<void> {
    return this.db.transaction((c) =>
      this.upsert(
        c,
        resolution,
        rows.map((r) => rollupToRow(r.seriesId, r.ts, r.rollup)),
      ),
    );
  }

  async gaps(fromS: number, toS: number): Promise<SecondRange[]> {
    const r = await this.db.query<{ from_s: number; to_s: number }>('SELECT from_s, to_s FROM history_gaps WHERE to_s > $1 AND from_s < $2 ORDER BY from_s', [
      fromS,
      toS,
    ]);
    return r.rows.map((g) => [g.from_s, g.to_s]);
  }

  async findSeries(target: string, split: boolean, key?: string, metadata?: string): Promise<StoredSeries[]> {
    let sql = 'SELECT id, target, key, metadata, split FROM series WHERE target = $1 AND split = $2';
    const args: (string | boolean)[] = [target, split];
    if (key !== undefined) {
      args.push(key);
      sql += ` AND key = $${args.length}`;
    }
    if (metadata !== undefined) {
      args.push(metadata);
      sql += ` AND metadata = $${args.length}`;
    }
    // COLLATE "C": the same order as SQLite's (byte order), whatever the database's locale.
    return (await this.db.query<StoredSeries>(sql + ' ORDER BY key COLLATE "C", metadata COLLATE "C"', args)).rows;
  }

  async rowsPage(resolution: Resolution, seriesId: number, fromS: number, toS: number): Promise<{ rows: RollupRow[]; next: number }> {
    const end = resolution === '1s' ? Math.min(toS, fromS + SECONDS_PER_PAGE) : toS;
    const rows = (
      await this.db.query<RollupRow>(`SELECT ${COLUMNS} FROM ${TABLE[resolution]} WHERE series_id = $1 AND ts >= $2 AND ts < $3 ORDER BY ts LIMIT $4`, [
        seriesId,
        fromS,
        end,
        ROWS_PER_PAGE,
      ])
    ).rows;
    if (resolution === '1s') return { rows, next: end };
    return { rows, next: rows.length < ROWS_PER_PAGE ? toS : rows[rows.length - 1].ts + 1 };
  }

  async span(resolution: Resolution): Promise<{ from: number; to: number } | undefined> {
    const r = (await this.db.query<{ lo: number | null; hi: number | null }>(`SELECT MIN(ts) AS lo, MAX(ts) AS hi FROM ${TABLE[resolution]}`)).rows[0];
    return r?.lo == null || r.hi == null ? undefined : { from: r.lo, to: r.hi };
  }

  async firstSecondFrom(fromS: number): Promise<number | undefined> {
    return (await this.db.query<{ ts: number | null }>('SELECT MIN(ts) AS ts FROM rollup_1s WHERE ts >= $1', [fromS])).rows[0]?.ts ?? undefined;
  }

  async secondRowsPage(second: number, afterSeriesId: number, limit: number): Promise<RollupRow[]> {
    return (
      await this.db.query<RollupRow>(`SELECT ${COLUMNS} FROM rollup_1s WHERE ts = $1 AND series_id > $2 ORDER BY series_id LIMIT $3`, [
        second,
        afterSeriesId,
        limit,
      ])
    ).rows;
  }

  async pruneSome(resolution: Resolution, beforeS: number, limit: number): Promise<number> {
    const t = TABLE[resolution];
    const r = await this.db.query(`DELETE FROM ${t} WHERE ctid IN (SELECT ctid FROM ${t} WHERE ts < $1 ORDER BY ts LIMIT $2)`, [beforeS, limit]);
    return r.rowCount ?? 0;
  }

  async pruneGaps(beforeS: number): Promise<void> {
    await this.db.query('DELETE FROM history_gaps WHERE to_s < $1', [beforeS]);
  }

  async getMeta(name: string): Promise<number | undefined> {
    return (await this.db.query<{ value: number }>('SELECT value FROM meta WHERE name = $1', [name])).rows[0]?.value;
  }

  async setMeta(name: string, value: number): Promise<void> {
    await this.db.query('INSERT INTO meta (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value', [name, value]);
  }

  reclaim(): void {}

  exclusive<T>(fn: () => Promise<T>): Promise<T | undefined> {
    return this.db.exclusive(LOCK_MAINTAIN, fn);
  }
}
