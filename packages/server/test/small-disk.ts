/**
 * A real, small file system for full-disk tests: a private tmpfs mounted
 * under os.tmpdir(), filled with a file until the kernel says ENOSPC, freed
 * by deleting it. Mounting needs root (or CAP_SYS_ADMIN): where it is not
 * possible the test is skipped with the reason, except under CI=true, where
 * a skipped durability test would pass unseen, so it fails instead.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export interface SmallDisk {
  /** Where it is mounted. */
  readonly dir: string;
  /** Fills it to the last block with a file (fill.bin). */
  fill(): void;
  /** Deletes that file: the space is back. */
  free(): void;
  /** Bytes a file could still take. */
  available(): number;
  /** Makes it read-only (fails while a file on it is open for writing, as the kernel refuses that). */
  remount(mode: 'ro' | 'rw'): void;
}

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Mounts a tmpfs of `sizeMiB` for the test `t`, unmounted when it ends
 * (lazily if a process still holds a file on it). Undefined when the test
 * was skipped because mounting is not possible here.
 */
export function mountSmallDisk(t: TestContext, sizeMiB = 2): SmallDisk | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'ld-small-disk-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0700`, 'tmpfs', dir]);
  } catch (err) {
    rmdirSync(dir);
    const why = `cannot mount a ${sizeMiB} MiB tmpfs for a real full disk (${((err as { stderr?: Buffer }).stderr?.toString() || (err as Error).message).trim()}); run as root or with CAP_SYS_ADMIN`;
    if (process.env.CI === 'true') throw new Error(`${why}. Under CI=true this test must run, not skip.`);
    t.skip(why);
    return undefined;
  }
  let mounted = true;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    try {
      run('umount', [dir]);
    } catch {
      run('umount', ['-l', dir]); // a process of the test still holds a file there
    }
    rmdirSync(dir);
  };
  // Should the test process end without its after hooks, leave no mount behind.
  process.once('exit', unmount);
  t.after(() => {
    process.off('exit', unmount);
    unmount();
  });
  const filler = join(dir, 'fill.bin');
  return {
    dir,
    fill() {
      const fd = openSync(filler, 'a');
      try {
        // Big writes, then single pages: tmpfs allocates by page.
        for (const size of [256 * 1024, 4096]) {
          const chunk = Buffer.alloc(size, 1);
          for (;;) {
            try {
              writeSync(fd, chunk);
            } catch (err) {
              if ((err as NodeJS.ErrnoException).code === 'ENOSPC') break;
              throw err;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
    available() {
      const s = statfsSync(dir);
      return s.bavail * s.bsize;
    },
    remount(mode) {
      run('mount', ['-o', `remount,${mode}`, dir]);
    },
  };
}
