import cluster from 'node:cluster';
import { buildServer } from './app.js';
import { flushLogs } from './log.js';
import { OptionsError, optionsFromCli, startupProblems, usage } from './options/index.js';
import { runPrimary, workerCount, workerNodeId } from './workers.js';

export interface RunServerIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** How a one-line error starts: `latency-dash` from the server's main, `latency-dash serve` from the CLI. */
  readonly prefix?: string;
}

/**
 * The server process from its arguments: settings from flags, environment and
 * config file, then listen, then a graceful shutdown on SIGINT/SIGTERM.
 * Resolves with the process' exit code: 0 after --help or a clean shutdown,
 * 2 for settings or start-up problems (nothing was started), 1 when the port
 * cannot be had or shutdown failed. A second signal, or a shutdown that takes
 * over 10 s, exits at once with 1: by then waiting helps nobody.
 */
export async function runServer(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: RunServerIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const prefix = io.prefix ?? 'latency-dash';
  let partial;
  try {
    partial = optionsFromCli([...argv], env);
  } catch (err) {
    if (err instanceof OptionsError) {
      io.stderr.write(`${prefix}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (partial === 'help') {
    io.stdout.write(usage());
    return 0;
  }
  const problems = startupProblems(partial);
  if (problems.length > 0) {
    io.stderr.write(`${prefix}: ${problems.join('; ')}\n`);
    return 2;
  }
  const workers = workerCount(partial);
  if (workers > 1 && cluster.isPrimary) return runPrimary(workers, { stderr: io.stderr, prefix });
  const nodeId = workerNodeId(partial);
  if (nodeId !== undefined) partial = { ...partial, clusterNodeId: nodeId };
  let server;
  try {
    server = await buildServer(partial);
  } catch (err) {
    io.stderr.write(`${prefix}: ${(err as Error).message}\n`);
    return 2;
  }
  try {
    await server.listen();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const hint = e.code === 'EADDRINUSE' ? ' (is another server running? pick another with --port or PORT)' : '';
    io.stderr.write(`${prefix}: cannot listen: ${e.message}${hint}\n`);
    return 1;
  }

  const running = server;
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        running.app.log.warn({ signal }, 'second signal: exiting now');
        flushLogs();
        process.exit(1);
      }
      stopping = true;
      running.app.log.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        running.app.log.error('shutdown took over 10 s; exiting');
        flushLogs();
        process.exit(1);
      }, 10_000);
      force.unref();
      running.close().then(
        () => resolve(0),
        (err: unknown) => {
          running.app.log.error({ err }, 'error during shutdown');
          resolve(1);
        },
      );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
    // For harnesses (tests, benches): a parent killed by a signal cannot stop
    // its server, but its end of our stdin closes with it, and so do we.
    // (A --workers worker shares its primary's stdin: the primary watches it and stops them.)
    if (process.env.LATENCY_DASH_STOP_ON_STDIN_END === '1' && !cluster.isWorker) {
      process.stdin.on('end', () => stop('stdin closed'));
      process.stdin.on('error', () => stop('stdin closed'));
      process.stdin.resume();
    }
    process.on('uncaughtException', (err) => {
      running.app.log.fatal({ err }, 'uncaught exception; exiting');
      flushLogs();
      process.exit(1);
    });
  });
}
