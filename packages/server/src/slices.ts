import { setImmediate as yieldToLoop } from 'node:timers/promises';

/**
 * How long one piece of a long job may hold the event loop before it lets
 * timers, sockets and other requests run. The SPEC budget for any stall is
 * 50 ms; a slice stays well under it so a few slices queued back to back on a
 * busy 2-core machine still fit.
 */
export const SLICE_BUDGET_MS = 8;

/**
 * The budget of background work nobody waits for (the history flush, minute
 * folding, pruning): it shares each turn of the loop with requests and
 * fan-out, so it takes smaller pieces.
 */
export const BACKGROUND_BUDGET_MS = 3;

/**
 * Cuts a long synchronous job into slices: call `maybeYield()` between units
 * of work, and it gives the event loop a turn whenever the current slice has
 * run for its budget. Cheap enough to call per item (one clock read).
 */
export class Slicer {
  private sliceStart = performance.now();
  /** Turns given to the event loop so far. */
  yields = 0;

  constructor(readonly budgetMs = SLICE_BUDGET_MS) {}

  /** True when the slice has used its budget; the caller should `await this.yield()`. */
  due(): boolean {
    return performance.now() - this.sliceStart >= this.budgetMs;
  }

  async yield(): Promise<void> {
    await yieldToLoop();
    this.yields++;
    this.sliceStart = performance.now();
  }

  async maybeYield(): Promise<void> {
    if (this.due()) await this.yield();
  }
}

/**
 * Maps a large list in slices, letting the event loop run between them, so
 * one big answer (a snapshot of 10,000 series, an export) never holds every
 * other request and WebSocket viewer for its whole duration.
 */
export async function mapInSlices<T, R>(items: Iterable<T>, fn: (item: T) => R, budgetMs = SLICE_BUDGET_MS): Promise<R[]> {
  const out: R[] = [];
  const slicer = new Slicer(budgetMs);
  let i = 0;
  for (const item of items) {
    out.push(fn(item));
    // Reading the clock every 16 items keeps its cost out of small maps.
    if ((++i & 15) === 0 && slicer.due()) await slicer.yield();
  }
  return out;
}

/**
 * Runs a job written as a generator, which yields between units of work, in
 * slices: synchronously while the first slice's budget lasts (so a small job
 * is done before this returns), then one slice per turn of the event loop.
 * `done` is called once, when the job ends; the job is dropped, unfinished,
 * as soon as `cancelled()` says so before a later slice. A job that throws in
 * a later slice cannot reach a caller: it is ended and its error given to
 * `failed` (a process warning by default), so it never ends the process.
 */
export function runInSlices(
  job: Iterator<unknown>,
  done: () => void,
  cancelled: () => boolean,
  budgetMs: number = SLICE_BUDGET_MS,
  failed: (err: unknown) => void = (err) => process.emitWarning(err instanceof Error ? err : new Error(String(err))),
): void {
  const slice = (): boolean => {
    const start = performance.now();
    for (;;) {
      if (job.next().done === true) {
        done();
        return true;
      }
      if (performance.now() - start >= budgetMs) return false;
    }
  };
  const later = (): void => {
    if (cancelled()) return;
    let finished: boolean;
    try {
      finished = slice();
    } catch (err) {
      failed(err);
      return;
    }
    if (!finished) setImmediate(later);
  };
  if (!slice()) setImmediate(later);
}
