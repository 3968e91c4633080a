/**
 * The real server in its own process, as `npm start` runs it, so its CPU
 * and memory can be read apart from the load generator's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));

export interface BenchServer {
  child: ChildProcess;
  pid: number;
  url: string;
  wsUrl: string;
  /** The last few KB the server printed (for error messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `main.ts --port 0 --no-demo` plus `args`. The "listening" line is
 * logged at info, so the level stays at info (the server logs no line per
 * request); warnings such as slow-consumer closes still show in output().
 */
export async function startServer(args: string[], nodeFlags: string[] = []): Promise<BenchServer> {
  const child = spawn(process.execPath, [...nodeFlags, '--conditions=source', '--import', 'tsx', MAIN, '--port', '0', '--host', '127.0.0.1', '--no-demo', '--log-level', 'info', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // Keep reading: a full pipe would block the server's (synchronous) logger.
  const keep = (d: Buffer) => {
    out += d.toString();
    if (out.length > 64_000) out = out.slice(-32_000);
  };
  child.stderr!.on('data', keep);
  let timer: NodeJS.Timeout | undefined;
  const url = await new Promise<string>((resolve, reject) => {
    let pending = '';
    const onData = (d: Buffer) => {
      keep(d);
      pending += d.toString();
      const line = pending.split('\n').find((l) => l.includes('"msg":"listening"'));
      if (line) {
        child.stdout!.off('data', onData);
        child.stdout!.on('data', keep);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not log "listening" within 30 s:\n${out}`));
    }, 30_000);
    timer.unref();
  }).finally(() => clearTimeout(timer)); // once listening, the server must outlive 30 s
  return {
    child,
    pid: child.pid!,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/ws`,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
