import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { freePort } from './helpers.js';

/** Why the Redis tests skip when they do (locally only: under CI=true a missing redis-server fails them). */
export const NO_REDIS = 'redis-server is not installed (apt-get install redis-server; .ci/run installs it)';

/** True when a private redis-server can be started here; under CI=true its absence throws instead of skipping. */
export function redisAvailable(): boolean {
  const found = spawnSync('redis-server', ['--version']).status === 0;
  if (!found && process.env.CI === 'true') throw new Error(NO_REDIS);
  return found;
}

export interface PrivateRedis {
  readonly port: number;
  readonly url: string;
  readonly pid: number | undefined;
  /** Stops it (SIGTERM) and resolves when the process has exited. */
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, keeping nothing on disk,
 * resolved once it says it accepts connections. `port` restarts one on the
 * same port (a Redis restart). `bind` adds addresses besides 127.0.0.1 (a
 * veth's, for a node in another network namespace); protected mode, which
 * refuses clients from other addresses, is then off.
 */
export async function startRedis(port?: number, bind: readonly string[] = []): Promise<PrivateRedis> {
  const p = port ?? (await freePort());
  const open = bind.length > 0 ? ['--protected-mode', 'no'] : [];
  const args = ['--port', String(p), '--bind', '127.0.0.1', ...bind, ...open, '--save', '', '--appendonly', 'no', '--loglevel', 'notice'];
  const child: ChildProcess = spawn('redis-server', args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)));
  });
  const exited = once(child, 'exit');
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
