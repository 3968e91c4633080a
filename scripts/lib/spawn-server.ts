/**
 * The real server as its own process, as `npm start` runs it: one helper for
 * the server tests, the browser tests and the benches.
 *
 * It never kills what it started on a timer. Start-up ends with one of two
 * events: the "listening" log line (resolves), or the child's exit (rejects
 * with everything the child printed). A server that hangs before listening
 * is left to the caller's own timeout (node --test's --test-timeout), which
 * reports where it hung; a timer here would only turn a slow start on a busy
 * machine into a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

export const SERVER_MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));
/** The bundle `npm start` runs (`npm run build` makes it). */
export const BUILT_CLI = fileURLToPath(new URL('../../packages/cli/dist/latency-dash.js', import.meta.url));

export interface SpawnServerOptions {
  /** Node flags before the script (e.g. ['--cpu-prof']). */
  nodeFlags?: string[];
  /** How much of the output to keep, in characters (the most recent part); default 1 MB. */
  maxOutputChars?: number;
  /**
   * Run the built bundle (`latency-dash serve`, as `npm start` does) instead
   * of the sources through tsx: what a soak should measure, since tsx's
   * loader and the sources it keeps add to the heap the collector walks.
   */
  built?: boolean;
}

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** http://127.0.0.1:PORT, as the server logged it. */
  readonly url: string;
  /** ws://127.0.0.1:PORT/ws */
  readonly wsUrl: string;
  /** stdout and stderr as they arrived (the last maxOutputChars of them). */
  output(): string;
  /** Characters dropped from the start of output() to keep it bounded (0: output() is complete). */
  droppedOutputChars(): number;
  /** Resolves once the process has exited and its output is all read, with the exit code (128 + signal number if killed). */
  readonly exited: Promise<number>;
  /** SIGTERM, then waits for the exit (however long it takes) and returns the exit code. */
  stop(): Promise<number>;
}

const QUIET_LEVELS = new Set(['warn', 'error', 'fatal', 'silent']);

/**
 * Starts `main.ts --port 0 --host 127.0.0.1 --log-level info` plus `args`
 * (later arguments win, so `--port N` or `--log-level trace` may be passed).
 * The output is read for the process's whole life, so a full pipe never
 * blocks the server's (synchronous) logger.
 */
/** The lines of a server's output (so far) that contain `text`. */
export function outputLines(server: ServerProcess, text: string): string[] {
  return server
    .output()
    .split('\n')
    .filter((l) => l.includes(text));
}

export async function spawnServer(args: string[] = [], options: SpawnServerOptions = {}): Promise<ServerProcess> {
  const level = args.lastIndexOf('--log-level');
  if ((level >= 0 && QUIET_LEVELS.has(args[level + 1] ?? '')) || args.includes('--pretty')) {
    throw new Error(
      `spawnServer needs the JSON "listening" line, logged at info: drop ${args.includes('--pretty') ? '--pretty' : `--log-level ${args[level + 1]}`}`,
    );
  }
  const maxOutput = options.maxOutputChars ?? 1_000_000;
  // The environment must not hide or reformat the "listening" line either.
  const env: NodeJS.ProcessEnv = { ...process.env, LATENCY_DASH_STOP_ON_STDIN_END: '1' };
  delete env.LOG_LEVEL;
  delete env.LOG_PRETTY;
  if (options.built && !existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run npm run build first`);
  const entry = options.built ? [BUILT_CLI, 'serve'] : ['--conditions=source', '--import', 'tsx', SERVER_MAIN];
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), ...entry, '--port', '0', '--host', '127.0.0.1', '--log-level', 'info', ...args], {
    // stdin is never written: it closes when this process ends, however it ends, and the server stops then.
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });

  let out = '';
  let dropped = 0;
  const keep = (text: string) => {
    out += text;
    if (out.length > maxOutput) {
      const cut = out.length - Math.floor(maxOutput / 2);
      dropped += cut;
      out = out.slice(cut);
    }
  };
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', keep);

  // If this process ends first, its server goes with it (no orphans holding a port or a core): killed at
  // once on a normal exit; stopped gracefully when its stdin closes if this process dies of a signal.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject); // could not be spawned at all
    // 'close' comes after 'exit' once stdout and stderr are drained, so the output is complete.
    child.once('close', (code, signal) => {
      process.off('exit', killOnExit);
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });

  let partial = '';
  let listening: ((url: string) => void) | undefined;
  const url = new Promise<string>((resolve, reject) => {
    listening = resolve;
    exited.then(
      (code) => reject(new Error(`server exited (code ${code}) before listening; its output:\n${out}`)),
      (err: Error) => reject(new Error(`server could not be started: ${err.message}`)),
    );
  });
  child.stdout!.on('data', (text: string) => {
    keep(text);
    if (listening === undefined) return;
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      if (!line.includes('"msg":"listening"')) continue;
      const found = listening;
      listening = undefined;
      partial = '';
      found((JSON.parse(line) as { url: string }).url);
      return;
    }
  });

  const base = await url;
  return {
    child,
    pid: child.pid!,
    url: base,
    wsUrl: `${base.replace(/^http/, 'ws')}/ws`,
    output: () => out,
    droppedOutputChars: () => dropped,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
