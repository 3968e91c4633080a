import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CloseCode } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { TestClient, postJson, startServer, until } from './helpers.js';
import { spawnServer } from '../../../scripts/lib/spawn-server.js';

const SPAWN_SERVER = fileURLToPath(new URL('../../../scripts/lib/spawn-server.ts', import.meta.url));

test('idle, unwatched targets are removed and clients are told; watched ones stay', async () => {
  const clock = new ManualClock(Date.now());
  const run = await startServer({ clock, inactivityTimeoutMs: 90_000 });
  try {
    await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 'idle', key: 'k', valueMs: 1 },
        { targetId: 'watched', key: 'k', valueMs: 1 },
        { targetId: 'busy', key: 'k', valueMs: 1 },
      ],
    });
    const watcher = await TestClient.connect(run.wsUrl);
    watcher.subscribe('watched');
    await watcher.next((m) => m.msg === 'batch');
    clock.advance(60_000);
    await postJson(`${run.url}/api/v1/events`, { events: [{ targetId: 'busy', key: 'k', valueMs: 2 }] });
    assert.deepEqual(run.server.app.sweeper.sweep(), [], 'nothing is idle for 90 s yet');
    clock.advance(31_000);
    assert.deepEqual(run.server.app.sweeper.sweep(), ['idle']);
    const upd = (await watcher.next((m) => m.msg === 'targets' && m.targets!.removed.length > 0)).targets!;
    assert.deepEqual(upd.removed, ['idle']);
    assert.deepEqual([...upd.targets].sort(), ['busy', 'watched']);
    watcher.close();
    await until('the server to drop the watcher', () => run.server.app.hub.viewerCount() === 0);
    clock.advance(100_000);
    assert.deepEqual(run.server.app.sweeper.sweep().sort(), ['busy', 'watched']);
  } finally {
    await run.close();
  }
});

test('graceful shutdown closes sockets with 1001 and refuses new input', async () => {
  const run = await startServer();
  const c = await TestClient.connect(run.wsUrl);
  c.subscribe('t');
  await c.next((m) => m.msg === 'batch');
  const closing = run.close();
  assert.equal(await c.waitClose(), CloseCode.goingAway);
  await closing;
  await assert.rejects(fetch(`${run.url}/health`));
});

test('the server process starts, serves, and stops on SIGTERM with exit 0', async () => {
  const server = await spawnServer(['--no-demo', '--history', ':memory:']);
  const res = await fetch(`${server.url}/health`);
  assert.equal(res.status, 200);
  assert.equal(await server.stop(), 0);
  assert.match(server.output(), /"msg":"stopped"/);
});

test('a harness killed by a signal takes its spawned server with it (stdin closes, the server stops)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-orphan-'));
  const script = join(dir, 'harness.mts');
  writeFileSync(
    script,
    `import { spawnServer } from ${JSON.stringify(pathToFileURL(SPAWN_SERVER).href)};\n` +
      `const s = await spawnServer(['--no-demo', '--history', ':memory:']);\n` +
      `console.log('server ' + s.pid);\nsetInterval(() => {}, 60_000);\n`,
  );
  const harness = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [line] = (await once(createInterface({ input: harness.stdout! }), 'line')) as [string];
    const pid = Number(/^server (\d+)$/.exec(line)?.[1]);
    assert.ok(pid > 0, `harness said: ${line}`);
    harness.kill('SIGKILL');
    await once(harness, 'exit');
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await until('the orphaned server to stop', () => !alive(), 60_000);
  } finally {
    harness.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
