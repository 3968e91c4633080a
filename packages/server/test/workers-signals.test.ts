import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { getFresh, waitFor, type Health } from './cluster-nodes.js';
import { freePort, WAIT_MS } from './helpers.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** The primary's workers: its child processes running the server's main (tsx's esbuild service is a child too). */
function workersOf(pid: number): number[] {
  const out: number[] = [];
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    for (const kid of kids === '' ? [] : kids.split(' ').map(Number)) {
      try {
        if (readFileSync(`/proc/${kid}/cmdline`, 'utf8').includes(MAIN)) out.push(kid);
      } catch {
        // Exited since the list was read.
      }
    }
  }
  return out;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Primary {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<[number | null, NodeJS.Signals | null]>;
  /** Every worker pid seen so far. */
  readonly seen: Set<number>;
  output(): string;
}

let run = 0;

async function startPrimary(redis: PrivateRedis, ownGroup = false): Promise<Primary> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      MAIN,
      ...['--port', String(port), '--host', '127.0.0.1', '--no-demo', '--history', 'off', '--log-level', 'warn'],
      ...['--redis', redis.url, '--workers', '2', '--cluster-prefix', `sig${process.pid}-${++run}`, '--cluster-lease-ms', '1500'],
    ],
    // ownGroup: a process group of its own, as a terminal gives the command it runs.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_PRETTY: 'false' }, detached: ownGroup },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, url: `http://127.0.0.1:${port}`, exited, seen: new Set(), output: () => out };
}

/** Polls the primary's workers into `seen` until `cond` holds. */
async function watchWorkers(p: Primary, what: string, cond: (now: number[]) => boolean): Promise<number[]> {
  let now: number[] = [];
  await waitFor(what, async () => {
    if (p.child.exitCode !== null || p.child.signalCode !== null) throw new Error(`the primary exited early:\n${p.output()}`);
    now = workersOf(p.child.pid!);
    for (const pid of now) p.seen.add(pid);
    return cond(now);
  });
  return now;
}

/** One SIGTERM (or `send`); the primary ends with 0 and no worker it had outlives it. */
async function stopsCleanly(p: Primary, send: () => void = () => p.child.kill('SIGTERM')): Promise<void> {
  send();
  const [code, signal] = await p.exited;
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, `the primary's exit after one SIGTERM; its output:\n${p.output()}`);
  // The primary resolves only once every worker has exited, so none may be alive now.
  for (const pid of p.seen) assert.equal(alive(pid), false, `worker ${pid} outlived the primary`);
}

describe('--workers 2: one SIGTERM to the primary, at any stage, forwards the stop and exits 0', { skip: redisAvailable() ? false : NO_REDIS }, () => {
  let redis: PrivateRedis;
  const started: Primary[] = [];

  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    // Only what a failed test left behind.
    for (const p of started) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(started.map((p) => p.exited));
    await redis?.stop();
  });

  /** Until /health has been answered by each of the two workers (connections are handed out in turn). */
  const bothWorkersServing = async (p: Primary): Promise<void> => {
    const seenIds = new Set<string>();
    await waitFor(
      'both workers serving',
      async () => {
        const { body } = await getFresh<Health>(`${p.url}/health`).catch(() => ({ body: undefined }));
        if (body?.cluster !== undefined && body.cluster.nodes.length === 2) seenIds.add(body.cluster.nodeId);
        return seenIds.size === 2;
      },
      4 * WAIT_MS,
    );
  };

  // Earlier than this (the primary's own modules loading) is not observable from outside: Node catches SIGTERM from its
  // start (SigCgt), and main.ts ends the process with 0 on a signal that comes before the server's modules have loaded.
  test('while both workers are forked and still starting', async () => {
    const p = await startPrimary(redis);
    started.push(p);
    await watchWorkers(p, 'two workers forked', (now) => now.length === 2);
    await stopsCleanly(p);
    assert.doesNotMatch(p.output(), /before it listened/, 'a worker stopped by the signal is not a worker that failed to start');
  });

  test('while a worker killed by SIGKILL is being replaced', async () => {
    const p = await startPrimary(redis);
    started.push(p);
    await bothWorkersServing(p);
    const [first, second] = await watchWorkers(p, 'two workers', (now) => now.length === 2);
    process.kill(first, 'SIGKILL');
    await watchWorkers(p, 'a replacement forked', (now) => now.some((pid) => pid !== first && pid !== second));
    await stopsCleanly(p);
    assert.match(p.output(), /worker \d exited \(SIGKILL\); starting another/);
  });

  test('Ctrl-C in a terminal: SIGINT to the whole process group, workers included, once they serve', async () => {
    const p = await startPrimary(redis, true);
    started.push(p);
    await watchWorkers(p, 'two workers forked', (now) => now.length === 2);
    await bothWorkersServing(p);
    await stopsCleanly(p, () => process.kill(-p.child.pid!, 'SIGINT'));
    assert.doesNotMatch(p.output(), /second signal/, 'a worker took the forwarded stop for a second signal');
  });
});
