import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { HistoryResult } from '@latency-dash/protocol';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.js';
import { NO_POSTGRES, pgAvailable, startPostgres, type PrivatePostgres } from './postgres-server.js';

const skip = pgAvailable() ? false : NO_POSTGRES;
let pg: PrivatePostgres;
let dir: string;

before(async () => {
  if (skip) return;
  pg = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'ld-wal-pg-'));
});

after(async () => {
  await pg?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function post(url: string, events: unknown[]): Promise<number> {
  const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  assert.equal(res.status, 200);
  return ((await res.json()) as { accepted: number }).accepted;
}

/** Events per key of a target's combined series in history (a query flushes what the server holds first). */
async function historyEvents(url: string, target: string, fromMs: number): Promise<Record<string, number>> {
  const res = await fetch(`${url}/api/v1/history?target=${target}&from=${fromMs - 5000}&to=${Date.now() + 5000}&step=3600`);
  assert.equal(res.status, 200);
  const h = (await res.json()) as HistoryResult;
  return Object.fromEntries(h.series.map((s) => [s.key, s.points.reduce((n, p) => n + p.events, 0)]));
}

test('--wal with --history postgres://: after kill -9 the logged seconds not yet in PostgreSQL reach it, once', { skip }, async () => {
  const url = await pg.createDatabase('ld_wal');
  const args = ['--no-demo', '--rate-limit-per-minute', '100000000', '--history', url, '--wal', join(dir, 'wal'), '--wal-fsync', 'always'];
  const t0 = Date.now();
  const first = await spawnServer(args);
  const acked: Record<string, number> = { a: 0, b: 0 };
  for (let i = 0; i < 20; i++) {
    const key = i % 2 === 0 ? 'a' : 'b';
    acked[key] += await post(
      first.url,
      Array.from({ length: 50 }, (_, j) => ({ targetId: 'walpg', key, valueMs: 1 + ((i * 50 + j) % 97) })),
    );
  }
  // Killed right after the last acknowledgement: the second in progress (at least) is only in memory and in the log.
  first.child.kill('SIGKILL');
  assert.equal(await first.exited, 137);

  let second: ServerProcess | undefined = await spawnServer(args);
  try {
    assert.deepEqual(await historyEvents(second.url, 'walpg', t0), acked, 'every acknowledged event in history after the restart');
    await second.stop();
    second = undefined;
    // A clean start after it replays nothing into history again: the checkpoint in PostgreSQL says how far it is.
    second = await spawnServer(args);
    assert.deepEqual(await historyEvents(second.url, 'walpg', t0), acked, 'nothing counted twice by a later start');
  } finally {
    await second?.stop();
  }
});
