import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
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
}

/**
 * The primary of `--workers N`: N server processes on one port (node:cluster
 * hands connections out in turn), each a node of the Redis cluster, so they
 * share targets, events and viewers as separate machines would. A worker
 * that dies is replaced; one that dies before it ever listened ends the
 * server with its exit code (the same start-up problem would kill the next
 * one too). SIGINT/SIGTERM stop every worker gracefully; resolves with 0
 * when all ended cleanly.
 */
export function runPrimary(count: number, io: PrimaryIo): Promise<number> {
  return new Promise<number>((resolve) => {
    let stopping = false;
    let worst = 0;
    const live = new Set<Worker>();
    const listened = new WeakSet<Worker>();
    const fork = (index: number) => {
      const worker = cluster.fork({ [WORKER_ENV]: String(index) });
      live.add(worker);
      worker.on('listening', () => listened.add(worker));
      worker.on('exit', (code, signal) => {
        live.delete(worker);
        const failed = code !== 0 || (signal !== null && !stopping);
        if (failed) worst = Math.max(worst, code ?? 1);
        if (!stopping && !listened.has(worker)) {
          io.stderr.write(`${io.prefix}: worker ${index} exited (${code ?? signal}) before it listened; stopping\n`);
          stop();
        } else if (!stopping) {
          io.stderr.write(`${io.prefix}: worker ${index} exited (${code ?? signal}); starting another\n`);
          fork(index);
        }
        if (stopping && live.size === 0) resolve(worst);
      });
    };
    const stop = () => {
      if (stopping) return;
      stopping = true;
      for (const w of live) w.process.kill('SIGTERM');
      if (live.size === 0) resolve(worst);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (process.env.LATENCY_DASH_STOP_ON_STDIN_END === '1') {
      process.stdin.on('end', stop);
      process.stdin.on('error', stop);
      process.stdin.resume();
    }
    for (let i = 0; i < count; i++) fork(i);
  });
}
