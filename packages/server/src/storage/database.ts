import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describeProblem, storageProblem } from './storage-errors.js';

export type Db = Database.Database;

/** A history file the server cannot use at all: main prints the message (path, problem, fix) and exits. */
export class StorageOpenError extends Error {
  override name = 'StorageOpenError';
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function errno(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}

/**
 * Why `path` cannot be the history file, checked before SQLite touches it
 * (SQLite's own words are "unable to open database file"), or undefined.
 */
export function historyPathProblem(path: string): string | undefined {
  const file = `history file ${path}`;
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    if (errno(err) !== 'ENOENT' && errno(err) !== 'ENOTDIR')
      return `${file} cannot be read (${errno(err)}): check its permissions, or pass --history another path`;
  }
  if (st !== undefined) {
    if (st.isDirectory()) return `${file} is a folder: pass a file in it, e.g. --history ${join(path, 'latency-dash.sqlite')}`;
    if (!st.isFile()) return `${file} is not a regular file: pass --history the path of a file`;
    if (st.size > 0 && !hasSqliteHeader(path)) return `${file} is not a SQLite database: move it away or pass --history another.sqlite`;
    return writeProblem(path, file, path);
  }
  // The nearest folder that exists: the file and any missing folders are created in it.
  let dir = dirname(resolve(path));
  while (!existsSync(dir)) dir = dirname(dir);
  if (!statSync(dir).isDirectory()) return `${file} cannot be created: ${dir} is a file, not a folder: move it away or pass --history another path`;
  return writeProblem(dir, file, `the folder ${dir}`);
}

function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

function writeProblem(path: string, file: string, what: string): string | undefined {
  try {
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (err) {
    if (errno(err) === 'EROFS')
      return `${file} cannot be written: ${what} is on a read-only file system: remount it read-write, or pass --history a writable path (or --history off)`;
    return `${file} cannot be written: no permission to write ${what} (${errno(err)}): give the server's user write access, or pass --history a writable path`;
  }
}

/** The message for a file SQLite refused to open or read. */
function openError(path: string, err: unknown): StorageOpenError {
  const code = storageProblem(err)?.code ?? '';
  const file = `history file ${path}`;
  if (code === 'SQLITE_NOTADB') return new StorageOpenError(`${file} is not a SQLite database: move it away or pass --history another.sqlite`);
  if (code.startsWith('SQLITE_CORRUPT'))
    return new StorageOpenError(`${file} is damaged (${code}): move it away (keep it for recovery) or pass --history another.sqlite`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new StorageOpenError(`${file} is locked by another process: stop it (another latency-dash?) or pass --history another.sqlite`);
  const p = storageProblem(err);
  return new StorageOpenError(`cannot open ${file}: ${describeProblem(err)}${p ? `: ${p.fix}` : ''}`);
}

function isDiskFull(err: unknown): boolean {
  const code = storageProblem(err)?.code;
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE';
}

/** A connection that has read the schema: a file that is not a database, or is damaged, fails here rather than later. */
function connect(path: string, exclusive: boolean): Db {
  const db = new Database(path);
  try {
    if (exclusive) db.pragma('locking_mode = EXCLUSIVE');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Opens the server's SQLite file (history, alert rules), creating its folder.
 * Throws a StorageOpenError naming the path, the problem and a fix when the
 * file cannot be used at all. A full disk is not such a case: the file opens
 * (reads work, writes fail until there is room) and `warn` says how.
 */
export function openDatabase(path: string, warn: (message: string) => void = () => {}): Db {
  if (path === ':memory:') return new Database(path);
  const problem = historyPathProblem(path);
  if (problem) throw new StorageOpenError(problem);
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (err) {
    throw new StorageOpenError(
      `cannot create the folder ${dirname(path)} for history file ${path}: ${describeProblem(err)}: create it yourself, or pass --history another path`,
    );
  }
  let db: Db;
  try {
    db = connect(path, false);
  } catch (err) {
    if (!isDiskFull(err)) throw openError(path, err);
    // WAL's shared-memory index (the -shm file) cannot be created on a full
    // disk. In exclusive locking mode SQLite keeps it in memory instead; the
    // cost, other processes cannot read the file meanwhile, lasts until restart.
    try {
      db = connect(path, true);
    } catch (again) {
      throw openError(path, again);
    }
    warn(
      `the disk of history file ${path} is full: opened it without a shared-memory index (other processes cannot read it until restart); writes wait for room`,
    );
  }
  db.pragma('synchronous = NORMAL');
  try {
    ensureWal(db);
  } catch (err) {
    if (storageProblem(err) === undefined) throw err;
    warn(`history file ${path}: cannot switch to WAL yet (${describeProblem(err)}); retried on the next write`);
  }
  return db;
}

/** WAL journaling; fails (SQLITE_FULL) on a new file on a full disk, so stores call it again before their first write. */
export function ensureWal(db: Db): void {
  if (db.memory || db.pragma('journal_mode', { simple: true }) === 'wal') return;
  db.pragma('journal_mode = WAL');
}

/** The smallest write there is: succeeds once the disk takes writes again. */
export function probeWrite(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS storage_probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)');
  db.prepare('INSERT OR REPLACE INTO storage_probe (id, at) VALUES (1, ?)').run(Date.now());
}

/**
 * Copies the WAL into the database file and truncates it. On a full disk
 * the WAL can hold most of the file's space (it only shrinks here), so this
 * gives space back once the file itself can take the pages; until then it
 * fails, harmlessly. Returns whether it completed.
 */
export function checkpointWal(db: Db): boolean {
  if (db.memory) return true;
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0;
  } catch {
    return false;
  }
}
