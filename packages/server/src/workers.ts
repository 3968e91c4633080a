import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { StopSignals } from './lifecycle/stop-signals.js';
import type { ServerOptions } from './options/index.js';

/** Which worker this process is (set by the primary), or undefined when it is not a worker. */
export const WORKER_ENV = 'LATENCY_DASH_WORKER';

/** --workers: 0 (auto) means every core with --redis, one process without it. */
export function workerCount(given: Partial<ServerOptions>): number {
  const n = given.workers ?? 0;
  if (n > 0) return n;
  return given.redis ? availableParallelism() : 1;
}

/** In a worker: its own node id in the cluster (the given one, or the default, with the worker's number). */
export function workerNodeId(given: Partial<ServerOptions>): string | undefined {
  const index = process.env[WORKER_ENV];
  if (!cluster.isWorker || index === undefined) return undefined;
  return given.clusterNodeId ? `${given.clusterNodeId}-w${index}` : undefined;
}

interface PrimaryIo {
  readonly stderr: NodeJS.WritableStream;
  readonly prefix: string;
  /** The process's stop signals, caught since before the workers were forked. */
  readonly signals: StopSignals;
}

/**
 * How long the primary waits, after forwarding a stop, for its workers to
 * exit: past a worker's own 10 s limit on its shutdown (run-server.ts), so
 * only a worker that cannot act at all (stopped, or stuck in native code)
 * is killed.
 */
export const PRIMARY_GRACE_MS = 15_000;

/**
 * The primary of `--workers N`: N server processes on one port (node:cluster
 * hands connections out in turn), each a node of the Redis cluster, so they
 * share targets, events and viewers as separate machines would. A worker
 * that dies is replaced; one that dies before it ever listened ends the
 * server with its exit code (the same start-up problem would kill the next
 * one too).
 *
 * SIGINT/SIGTERM, whenever they come (before any worker is forked, while
 * workers start, while one is being replaced), are forwarded as SIGTERM to
 * every worker alive, and no worker is forked after them; a second signal is
 * forwarded again (a worker's second signal ends it at once). Resolves with
 * 0 when every worker stopped cleanly (a worker that the forwarded signal
 * ended before it could handle it stopped as asked), with the worst exit
 * code otherwise, and with 1 after killing workers still alive
 * PRIMARY_GRACE_MS after the stop.
 */
export function runPrimary(count: number, io: PrimaryIo): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    let worst = 0;
    let grace: NodeJS.Timeout | undefined;
    const live = new Set<Worker>();
    const listened = new WeakSet<Worker>();
    const finish = () => {
      clearTimeout(grace);
      resolve(worst);
    };
    const fork = (index: number) => {
      const worker = cluster.fork({ [WORKER_ENV]: String(index) });
      live.add(worker);
      worker.on('listening', () => listened.add(worker));
      worker.on('exit', (code, signal) => {
        live.delete(worker);
        if (stopping) {
          const asked = signal === 'SIGTERM' || signal === 'SIGINT';
          if ((code !== null && code !== 0) || (signal !== null && !asked)) worst = Math.max(worst, code ?? 1);
          if (live.size === 0) finish();
          return;
        }
        if (!listened.has(worker)) {
          io.stderr.write(`${io.prefix}: worker ${index} exited (${code ?? signal}) before it listened; stopping\n`);
          worst = Math.max(worst, code === null || code === 0 ? 1 : code);
          stop(1);
        } else {
          io.stderr.write(`${io.prefix}: worker ${index} exited (${code ?? signal}); starting another\n`);
          fork(index);
        }
      });
    };
    const stop = (count: number) => {
      if (stopping && count > 1) {
        for (const w of live) w.process.kill('SIGTERM');
        return;
      }
      if (stopping) return;
      stopping = true;
      for (const w of live) w.process.kill('SIGTERM');
      if (live.size === 0) {
        finish();
        return;
      }
      grace = setTimeout(() => {
        io.stderr.write(`${io.prefix}: ${live.size} worker(s) still running ${PRIMARY_GRACE_MS} ms after the stop; killing them\n`);
        worst = Math.max(worst, 1);
        for (const w of live) w.process.kill('SIGKILL');
      }, PRIMARY_GRACE_MS);
    };
    // Signals that came while this process started are handed over here: then nothing is forked at all.
    io.signals.listen((_signal, count) => stop(count));
    for (let i = 0; i < count && !stopping; i++) fork(i);
  });
}
