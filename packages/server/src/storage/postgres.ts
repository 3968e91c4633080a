import pg from 'pg';
import { redactUrl } from './postgres-url.js';

/**
 * A failure of PostgreSQL (unreachable, refused, out of room) as the
 * storage layer reports it: the code is PG_<SQLSTATE>, or PG_<errno> for a
 * connection that could not be made or was lost, so storage-errors.ts
 * classifies it like SQLite's and the fault model (/health, /metrics, one
 * log line a minute, retried) is the same.
 */
export class PostgresError extends Error {
  override name = 'PostgresError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Any error from the driver, with a PG_ code. */
export function wrapPgError(err: unknown): PostgresError {
  if (err instanceof PostgresError) return err;
  const e = err as { code?: unknown; message?: unknown } | null;
  const raw = typeof e?.code === 'string' && e.code !== '' ? e.code : 'CONNECTION';
  return new PostgresError(`PG_${raw}`, typeof e?.message === 'string' ? e.message : String(err));
}

export interface PostgresOptions {
  /** Connections at most. */
  poolMax: number;
  /** Connecting, and each statement, give up after this long. */
  timeoutMs: number;
}

const INT8_OID = 20;
/** BIGINT columns (counts, Unix seconds) as numbers: every value stored here is far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Version of each schema change, applied once per database in order (the migrations table). */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
   CREATE TABLE IF NOT EXISTS history_gaps (from_s BIGINT NOT NULL, to_s BIGINT NOT NULL);
   CREATE INDEX IF NOT EXISTS history_gaps_to ON history_gaps (to_s);
   CREATE TABLE IF NOT EXISTS series (
     id BIGSERIAL PRIMARY KEY,
     target TEXT NOT NULL,
     key TEXT NOT NULL,
     metadata TEXT NOT NULL,
     split BOOLEAN NOT NULL,
     UNIQUE (target, key, metadata, split)
   );
   CREATE TABLE IF NOT EXISTS rollup_1s (
     series_id BIGINT NOT NULL, ts BIGINT NOT NULL, events BIGINT NOT NULL, samples BIGINT NOT NULL,
     sum DOUBLE PRECISION NOT NULL, min DOUBLE PRECISION, max DOUBLE PRECISION, bytes BIGINT NOT NULL,
     proc_ms DOUBLE PRECISION NOT NULL, sketch BYTEA, PRIMARY KEY (series_id, ts)
   );
   CREATE INDEX IF NOT EXISTS rollup_1s_ts ON rollup_1s (ts, series_id);
   CREATE TABLE IF NOT EXISTS rollup_1m (
     series_id BIGINT NOT NULL, ts BIGINT NOT NULL, events BIGINT NOT NULL, samples BIGINT NOT NULL,
     sum DOUBLE PRECISION NOT NULL, min DOUBLE PRECISION, max DOUBLE PRECISION, bytes BIGINT NOT NULL,
     proc_ms DOUBLE PRECISION NOT NULL, sketch BYTEA, PRIMARY KEY (series_id, ts)
   );
   CREATE INDEX IF NOT EXISTS rollup_1m_ts ON rollup_1m (ts);
   CREATE TABLE IF NOT EXISTS alert_rules (
     id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, target_pattern TEXT NOT NULL, key_pattern TEXT NOT NULL,
     metric TEXT NOT NULL, op TEXT NOT NULL, threshold DOUBLE PRECISION NOT NULL, for_s INTEGER NOT NULL,
     webhook_url TEXT, enabled BOOLEAN NOT NULL, created_at BIGINT NOT NULL
   );
   CREATE TABLE IF NOT EXISTS alert_events (
     id BIGSERIAL PRIMARY KEY, rule_id BIGINT NOT NULL, rule_name TEXT NOT NULL, target TEXT NOT NULL,
     key TEXT NOT NULL, state TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, at BIGINT NOT NULL
   );
   CREATE INDEX IF NOT EXISTS alert_events_at ON alert_events (at);
   CREATE TABLE IF NOT EXISTS alert_state (
     rule_id BIGINT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL, state TEXT NOT NULL,
     value DOUBLE PRECISION NOT NULL, at BIGINT NOT NULL, PRIMARY KEY (rule_id, target, key)
   );`,
  // The data an alert state was decided on (the series' last event, Unix ms): a server behind it cannot change it.
  `ALTER TABLE alert_state ADD COLUMN IF NOT EXISTS as_of BIGINT NOT NULL DEFAULT 0;`,
];

/** Advisory lock keys (any constant; named so two uses never collide). */
export const LOCK_MIGRATE = 0x4c44_0001;
export const LOCK_MAINTAIN = 0x4c44_0002;

/**
 * The PostgreSQL database that holds history and alert rules for every
 * server of a cluster: a bounded pool, and the schema, created on first use
 * (each migration once, under an advisory lock, so servers starting
 * together do not race). An unreachable server is not fatal: `ensureSchema`
 * is tried again before each use until it succeeds.
 */
export class PostgresDatabase {
  readonly pool: pg.Pool;
  /** As logs and /health show it. */
  readonly name: string;
  private schema: Promise<void> | undefined;

  constructor(url: string, options: PostgresOptions) {
    this.name = redactUrl(url);
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.poolMax,
      connectionTimeoutMillis: options.timeoutMs,
      statement_timeout: options.timeoutMs,
      query_timeout: options.timeoutMs,
      idleTimeoutMillis: 30_000,
      types,
    });
    // An idle connection dropped by the server (restart, outage) must not end the process: the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  /** Creates what is missing of the schema; rejects (PG_ code) while PostgreSQL cannot be reached. */
  ensureSchema(): Promise<void> {
    this.schema ??= this.migrate().catch((err: unknown) => {
      this.schema = undefined;
      throw wrapPgError(err);
    });
    return this.schema;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
      await c.query('CREATE TABLE IF NOT EXISTS latency_dash_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
      const done = new Set((await c.query<{ version: number }>('SELECT version FROM latency_dash_migrations')).rows.map((r) => r.version));
      for (let i = 0; i < MIGRATIONS.length; i++) {
        if (done.has(i + 1)) continue;
        await c.query(MIGRATIONS[i]);
        await c.query('INSERT INTO latency_dash_migrations (version) VALUES ($1)', [i + 1]);
      }
    }, false);
  }

  /** A query on any pooled connection, once the schema exists; failures are PostgresErrors. */
  async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    await this.ensureSchema();
    try {
      return await this.pool.query<R>(sql, params);
    } catch (err) {
      throw wrapPgError(err);
    }
  }

  /** `fn` inside BEGIN … COMMIT on one connection: all of it is written or none. */
  async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, schema = true): Promise<T> {
    if (schema) await this.ensureSchema();
    return this.withClient(async (client, broken) => {
      try {
        await client.query('BEGIN');
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(broken);
        throw err;
      }
    });
  }

  /**
   * Runs `fn` only if no other server runs it now (a session advisory lock):
   * history's fold and prune, once per cluster. Undefined when another has it.
   */
  async exclusive<T>(lock: number, fn: () => Promise<T>): Promise<T | undefined> {
    await this.ensureSchema();
    return this.withClient(async (client, broken) => {
      try {
        const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [lock]);
        if (!got.rows[0]?.ok) return undefined;
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [lock]).catch(broken);
        }
      } catch (err) {
        // A session lock may still be held on it: the connection is not given back to the pool.
        broken();
        throw err;
      }
    });
  }

  /**
   * `fn` on one pooled connection, given back after it (or destroyed, when
   * `fn` called `broken`: a connection in an unknown state must not serve
   * the next query); failures are PostgresErrors.
   */
  private async withClient<T>(fn: (client: pg.PoolClient, broken: () => void) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw wrapPgError(err);
    }
    let isBroken = false;
    try {
      return await fn(client, () => (isBroken = true));
    } catch (err) {
      throw wrapPgError(err);
    } finally {
      client.release(isBroken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
