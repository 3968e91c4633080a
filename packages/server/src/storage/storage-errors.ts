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
