/** What went wrong with the SQLite file, in words an operator can act on. */
export interface StorageProblem {
  /** The SQLite or system error code, e.g. SQLITE_FULL, ENOSPC. */
  code: string;
  /** What is wrong: "the disk is full". */
  problem: string;
  /** What to do about it. */
  fix: string;
}

const FULL: Omit<StorageProblem, 'code'> = {
  problem: 'the disk is full',
  fix: 'free space on that disk, or move the file (--history) to a disk with room',
};
const READ_ONLY: Omit<StorageProblem, 'code'> = {
  problem: 'the file or its disk is read-only',
  fix: 'remount the disk read-write and check the file and its folder are writable, or pass --history a writable path',
};
const IO: Omit<StorageProblem, 'code'> = {
  problem: 'the disk reported an I/O error',
  fix: 'check the disk (free space, dmesg, SMART); the server retries on its own',
};
const DAMAGED: Omit<StorageProblem, 'code'> = {
  problem: 'the file is damaged',
  fix: 'stop the server, move the file away (keep it for recovery) and start again',
};
const LOCKED: Omit<StorageProblem, 'code'> = {
  problem: 'another process holds the file locked',
  fix: 'stop the other process that uses it (another latency-dash?), or give each server its own --history file',
};
const PERMISSION: Omit<StorageProblem, 'code'> = {
  problem: 'permission denied',
  fix: "give the server's user write access to the file and its folder, or pass --history a writable path",
};

/** Extended SQLite codes (SQLITE_IOERR_SHMSIZE) and errno codes, by what they mean here. */
function classify(code: string): Omit<StorageProblem, 'code'> | undefined {
  if (code.startsWith('PG_')) return classifyPostgres(code.slice(3));
  // Growing the shared-memory index (-shm) fails with an I/O error when the disk is full.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_IOERR_SHMSIZE') return FULL;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return READ_ONLY;
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return IO;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return DAMAGED;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return LOCKED;
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH' || code === 'EACCES' || code === 'EPERM') return PERMISSION;
  if (code.startsWith('SQLITE_CANTOPEN')) return { problem: 'the file cannot be opened', fix: 'check that its folder exists and is writable' };
  if (code.startsWith('SQLITE_')) return { problem: 'SQLite failed', fix: 'see the error in the log; the server retries on its own' };
  return undefined;
}

/** The problem behind a storage error (SQLite or file system), or undefined for any other error (a bug). */
export function storageProblem(err: unknown): StorageProblem | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  const known = classify(code);
  return known && { code, ...known };
}

/** "the disk is full (SQLITE_FULL)", or the error's own message when it is not a storage error. */
export function describeProblem(err: unknown): string {
  const p = storageProblem(err);
  return p ? `${p.problem} (${p.code})` : err instanceof Error ? err.message : String(err);
}

const PG_UNREACHABLE: Omit<StorageProblem, 'code'> = {
  problem: 'PostgreSQL cannot be reached',
  fix: 'check that PostgreSQL runs and takes connections at the --history URL; the server retries on its own',
};

/** PostgreSQL's SQLSTATE classes (postgres.ts wraps them as PG_<code>), and errno codes of a connection that failed. */
function classifyPostgres(code: string): Omit<StorageProblem, 'code'> {
  if (code === '53100') return { problem: "PostgreSQL's disk is full", fix: 'free space on the database server; the server retries on its own' };
  if (code.startsWith('28')) return { problem: 'PostgreSQL refused the login', fix: 'check the user and password in the --history URL and pg_hba.conf' };
  if (code === '3D000') return { problem: 'the PostgreSQL database does not exist', fix: 'create it (createdb), or name another in the --history URL' };
  if (code === '42501') return { problem: 'PostgreSQL denied permission', fix: "grant the --history URL's user CREATE and write rights on the database" };
  if (code === '25006') return { problem: 'PostgreSQL is read-only (a standby?)', fix: 'point --history at the primary' };
  if (code.startsWith('53'))
    return { problem: 'PostgreSQL is out of resources (connections, memory)', fix: 'check the database server; the server retries on its own' };
  if (code.startsWith('08') || code.startsWith('57') || code === 'CONNECTION' || /^E[A-Z]+$/.test(code)) return PG_UNREACHABLE;
  return { problem: 'PostgreSQL refused a statement', fix: 'see the error in the log; the server retries on its own' };
}
