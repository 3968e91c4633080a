import cluster from 'node:cluster';
import { buildServer, type LatencyServer } from './app.js';
import { catchStopSignals } from './lifecycle/stop-signals.js';
import { flushLogs, type Log } from './log.js';
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
 * cannot be had or shutdown failed. A signal during start-up stops it as
 * soon as it is built (exit 0). A second signal, or a shutdown that takes
 * over 10 s from the first signal, exits at once with 1: by then waiting
 * helps nobody.
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
  // From here on a stop signal is this server's to handle, at every stage of its start.
  const signals = catchStopSignals();
  const workers = workerCount(partial);
  if (workers > 1 && cluster.isPrimary) return runPrimary(workers, { stderr: io.stderr, prefix, signals });
  const nodeId = workerNodeId(partial);
  if (nodeId !== undefined) partial = { ...partial, clusterNodeId: nodeId };

  let stopAsked: string | undefined;
  let stopRunning: ((signal: string) => void) | undefined;
  // The server's logger once there is a server; until then one-line messages on stderr.
  const built: { log?: Log } = {};
  let count = 0;
  signals.listen((signal) => {
    // A terminal's Ctrl-C reaches a --workers primary and its workers alike (one process group); the primary forwards
    // it as SIGTERM, which a worker would take for a second signal and exit at once with 1: workers leave SIGINT to it.
    if (cluster.isWorker && signal === 'SIGINT') return;
    if (++count > 1) {
      if (built.log) built.log.warn({ signal }, 'second signal: exiting now');
      else io.stderr.write(`${prefix}: second ${signal}: exiting now\n`);
      flushLogs();
      process.exit(1);
    }
    stopAsked = signal;
    // Armed at the first signal whatever the stage: a start or a shutdown that hangs must not keep the process.
    const force = setTimeout(() => {
      if (built.log) built.log.error('shutdown took over 10 s; exiting');
      else io.stderr.write(`${prefix}: shutdown took over 10 s; exiting\n`);
      flushLogs();
      process.exit(1);
    }, 10_000);
    force.unref();
    stopRunning?.(signal);
  });

  let server;
  try {
    server = await buildServer(partial);
  } catch (err) {
    io.stderr.write(`${prefix}: ${(err as Error).message}\n`);
    return 2;
  }
  built.log = server.app.log;
  // Asked to stop while it was being built: close what was built rather than start listening.
  if (stopAsked !== undefined) return closeServer(server, stopAsked);
  try {
    await server.listen();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const hint = e.code === 'EADDRINUSE' ? ' (is another server running? pick another with --port or PORT)' : '';
    io.stderr.write(`${prefix}: cannot listen: ${e.message}${hint}\n`);
    return 1;
  }

  const running = server;
  process.on('uncaughtException', (err) => {
    running.app.log.fatal({ err }, 'uncaught exception; exiting');
    flushLogs();
    process.exit(1);
  });
  return new Promise<number>((resolve) => {
    stopRunning = (signal) => void closeServer(running, signal).then(resolve);
    if (stopAsked !== undefined) stopRunning(stopAsked);
  });
}

/** A graceful shutdown: 0 once closed, 1 when closing failed. */
async function closeServer(server: LatencyServer, signal: string): Promise<number> {
  server.app.log.info({ signal }, 'shutting down');
  try {
    await server.close();
    return 0;
  } catch (err) {
    server.app.log.error({ err }, 'error during shutdown');
    return 1;
  }
}
